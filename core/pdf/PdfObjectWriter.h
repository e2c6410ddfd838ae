#pragma once
// The PDF file syntax layer: numbered objects appended to an AtomicFile as they are produced,
// with only each object's byte offset remembered, then a classic xref table and trailer. Knows
// nothing about pages or fonts. Output is buffered and flushed in large chunks; the first write
// error is sticky, so a caller can check once per page.

#include "util/AtomicFile.h"
#include "util/Result.h"

#include <QByteArray>

#include <vector>

namespace vo {

// A number in PDF syntax: fixed point, at most 4 decimals, trailing zeros dropped, never an
// exponent (PDF has none) and never "-0".
QByteArray pdfNumber(double value);
// A byte string as a PDF hex string, e.g. <00410042>.
QByteArray pdfHexString(const QByteArray& bytes);
// A PDF text string's bytes: PDFDocEncoding-compatible ASCII as it is, anything else UTF-16BE
// with a byte order mark.
QByteArray pdfTextString(const QString& text);
// Data for a /FlateDecode stream (a zlib stream).
QByteArray pdfFlate(const QByteArray& data);

class PdfObjectWriter {
public:
    explicit PdfObjectWriter(AtomicFile file);

    // Reserves an object number to be written later (forward references, e.g. the page tree).
    int reserveObject();
    // Writes "N 0 obj <body> endobj" for a reserved or new number (0 = allocate).
    int writeObject(const QByteArray& body, int number = 0);
    // Writes a stream object; `dict` is the dictionary's content without << >> and /Length.
    int writeStream(const QByteArray& dict, const QByteArray& data, int number = 0);

    // Writes xref and trailer, flushes and commits the file.
    Result<void> finish(int rootObject, int infoObject, const QByteArray& fileId);
    // Flushes buffered bytes; returns the first error seen so far.
    Result<void> flush();
    const Result<void>& status() const { return m_status; }
    qint64 bytesWritten() const { return m_offset; }

private:
    void append(const QByteArray& bytes);
    void beginObject(int number);

    AtomicFile m_file;
    QByteArray m_buffer;
    std::vector<qint64> m_offsets;  // index = object number - 1; -1 = reserved, not yet written
    qint64 m_offset = 0;
    Result<void> m_status;
};

}  // namespace vo
