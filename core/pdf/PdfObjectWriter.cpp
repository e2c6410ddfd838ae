#include "pdf/PdfObjectWriter.h"

#include <QCoreApplication>

#include <cmath>

namespace vo {
namespace {

// Large enough that a page costs a handful of write() calls, small enough to bound memory.
constexpr qsizetype kFlushThreshold = 256 * 1024;

}  // namespace

QByteArray pdfNumber(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("0");
    QByteArray s = QByteArray::number(value, 'f', 4);
    if (s.contains('.')) {
        while (s.endsWith('0'))
            s.chop(1);
        if (s.endsWith('.'))
            s.chop(1);
    }
    if (s == "-0")
        s = "0";
    return s;
}

QByteArray pdfHexString(const QByteArray& bytes) { return '<' + bytes.toHex().toUpper() + '>'; }

QByteArray pdfTextString(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7F;
    if (ascii)
        return text.toLatin1();
    QByteArray out("\xFE\xFF", 2);
    for (const QChar c : text) {
        out += char(c.unicode() >> 8);
        out += char(c.unicode() & 0xFF);
    }
    return out;
}

QByteArray pdfFlate(const QByteArray& data)
{
    // qCompress emits a 4-byte big-endian length, then exactly the zlib stream FlateDecode reads.
    return qCompress(data, 6).mid(4);
}

PdfObjectWriter::PdfObjectWriter(AtomicFile file) : m_file(std::move(file))
{
    // The binary comment line tells transfer tools the file is binary (PDF 32000-1, 7.5.2).
    append(QByteArrayLiteral("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"));
}

int PdfObjectWriter::reserveObject()
{
    m_offsets.push_back(-1);
    return int(m_offsets.size());
}

void PdfObjectWriter::beginObject(int number)
{
    m_offsets[size_t(number - 1)] = m_offset;
    append(QByteArray::number(number) + " 0 obj\n");
}

int PdfObjectWriter::writeObject(const QByteArray& body, int number)
{
    if (number == 0)
        number = reserveObject();
    beginObject(number);
    append(body);
    append(QByteArrayLiteral("\nendobj\n"));
    return number;
}

int PdfObjectWriter::writeStream(const QByteArray& dict, const QByteArray& data, int number)
{
    if (number == 0)
        number = reserveObject();
    beginObject(number);
    append("<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n");
    append(data);
    append(QByteArrayLiteral("\nendstream\nendobj\n"));
    return number;
}

void PdfObjectWriter::append(const QByteArray& bytes)
{
    m_offset += bytes.size();
    if (!m_status.ok())
        return;
    // Big payloads (images) go straight to the file instead of being copied into the buffer.
    if (bytes.size() >= kFlushThreshold) {
        if (flush().ok())
            m_status = m_file.write(bytes);
        return;
    }
    m_buffer.append(bytes);
    if (m_buffer.size() >= kFlushThreshold)
        (void)flush();
}

Result<void> PdfObjectWriter::flush()
{
    if (m_status.ok() && !m_buffer.isEmpty())
        m_status = m_file.write(m_buffer);
    m_buffer.clear();
    if (m_buffer.capacity() > 2 * kFlushThreshold)
        m_buffer.squeeze();
    return m_status;
}

Result<void> PdfObjectWriter::finish(int rootObject, int infoObject, const QByteArray& fileId)
{
    for (qint64 offset : m_offsets) {
        if (offset < 0)
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate("PdfObjectWriter", "PDF object reserved but never written"));
    }
    const qint64 xrefOffset = m_offset;
    QByteArray xref = "xref\n0 " + QByteArray::number(qsizetype(m_offsets.size()) + 1) + "\n0000000000 65535 f \n";
    append(xref);
    // Each entry is exactly 20 bytes; write them in chunks so a huge document stays cheap.
    QByteArray chunk;
    for (qint64 offset : m_offsets) {
        chunk += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        if (chunk.size() > 64 * 1024) {
            append(chunk);
            chunk.clear();
        }
    }
    append(chunk);
    const QByteArray id = pdfHexString(fileId);
    append("trailer\n<< /Size " + QByteArray::number(qsizetype(m_offsets.size()) + 1) + " /Root "
           + QByteArray::number(rootObject) + " 0 R /Info " + QByteArray::number(infoObject) + " 0 R /ID [" + id
           + ' ' + id + "] >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n");
    if (!flush().ok())
        return m_status;
    return m_file.commit();
}

}  // namespace vo
