#pragma once
// The PDF file syntax layer: numbered objects appended to an AtomicFile as they are produced,
// with only each object's location remembered, then a cross-reference stream (PDF 1.5) in place
// of the trailer. Small non-stream objects (fonts, pages) are packed into compressed object
// streams of up to kObjectsPerStream objects: a text layer's many small font dictionaries cost a
// tenth of their plain size. Knows nothing about pages or fonts. Output is buffered and flushed
// in large chunks; the first write error is sticky, so a caller can check once per page.

#include "util/AtomicFile.h"
#include "util/Result.h"

#include <QByteArray>
#include <QTransform>

#include <utility>
#include <vector>

namespace vo {

// A number in PDF syntax: fixed point, at most 4 decimals, trailing zeros dropped, never an
// exponent (PDF has none) and never "-0".
// Up to `decimals` places, trailing zeros dropped.
QByteArray pdfNumber(double value, int decimals = 4);
// A transformation matrix "a b c d e f" (QTransform's m11 m12 m21 m22 dx dy: same convention).
QByteArray pdfMatrix(const QTransform& m);
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
    // Writes "N 0 obj <body> endobj" for a reserved or new number (0 = allocate). A compressible
    // object goes into the current object stream; pass false to write it plainly (e.g. the
    // document information, which readers and tests may look for in the file as it is).
    int writeObject(const QByteArray& body, int number = 0, bool compressible = true);
    // Writes a stream object; `dict` is the dictionary's content without << >> and /Length.
    int writeStream(const QByteArray& dict, const QByteArray& data, int number = 0);

    // Writes the cross-reference stream (with the trailer entries), flushes and commits the file.
    Result<void> finish(int rootObject, int infoObject, const QByteArray& fileId);
    // Flushes buffered bytes; returns the first error seen so far.
    Result<void> flush();
    const Result<void>& status() const { return m_status; }
    qint64 bytesWritten() const { return m_offset; }

    static constexpr int kObjectsPerStream = 100;

private:
    // Where an object is: at a byte offset (plain) or at an index in an object stream.
    struct Entry {
        qint64 offset = -1;  // -1 = reserved, not yet written
        int objectStream = 0;
        int index = 0;
    };
    void append(const QByteArray& bytes);
    void beginObject(int number);
    void writeObjectStream();

    AtomicFile m_file;
    QByteArray m_buffer;
    std::vector<Entry> m_entries;  // index = object number - 1
    std::vector<std::pair<int, QByteArray>> m_pending;  // objects for the next object stream
    qint64 m_offset = 0;
    Result<void> m_status;
};

}  // namespace vo
