#include "pdf/PdfObjectWriter.h"

#include <QCoreApplication>

#include <cmath>

namespace vo {
namespace {

// Large enough that a page costs a handful of write() calls, small enough to bound memory.
constexpr qsizetype kFlushThreshold = 256 * 1024;

}  // namespace

QByteArray pdfNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("0");
    QByteArray s = QByteArray::number(value, 'f', decimals);
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

QByteArray pdfMatrix(const QTransform& m)
{
    return pdfNumber(m.m11()) + ' ' + pdfNumber(m.m12()) + ' ' + pdfNumber(m.m21()) + ' ' + pdfNumber(m.m22()) + ' '
           + pdfNumber(m.dx()) + ' ' + pdfNumber(m.dy());
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
    m_entries.emplace_back();
    return int(m_entries.size());
}

void PdfObjectWriter::beginObject(int number)
{
    m_entries[size_t(number - 1)] = Entry{m_offset, 0, 0};
    append(QByteArray::number(number) + " 0 obj\n");
}

int PdfObjectWriter::writeObject(const QByteArray& body, int number, bool compressible)
{
    if (number == 0)
        number = reserveObject();
    if (compressible) {
        m_entries[size_t(number - 1)].offset = 0;  // written (its place is set with its stream)
        m_pending.emplace_back(number, body);
        if (int(m_pending.size()) >= kObjectsPerStream)
            writeObjectStream();
        return number;
    }
    beginObject(number);
    append(body);
    append(QByteArrayLiteral("\nendobj\n"));
    return number;
}

// PDF 32000-1 7.5.7: "N1 off1 N2 off2 …" then the objects, offsets counted from /First.
void PdfObjectWriter::writeObjectStream()
{
    if (m_pending.empty())
        return;
    const int stream = reserveObject();
    QByteArray header, objects;
    for (size_t i = 0; i < m_pending.size(); ++i) {
        const auto& [number, body] = m_pending[i];
        header += QByteArray::number(number) + ' ' + QByteArray::number(objects.size()) + ' ';
        objects += body + '\n';
        m_entries[size_t(number - 1)] = Entry{0, stream, int(i)};
    }
    header += '\n';
    writeStream("/Type /ObjStm /N " + QByteArray::number(qsizetype(m_pending.size())) + " /First "
                    + QByteArray::number(header.size()) + " /Filter /FlateDecode",
                pdfFlate(header + objects), stream);
    m_pending.clear();
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
    writeObjectStream();
    for (const Entry& e : m_entries) {
        if (e.offset < 0)
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate("PdfObjectWriter", "PDF object reserved but never written"));
    }
    // The cross-reference stream is the last object; rows of 1 + 5 + 2 bytes (type, offset or
    // object stream, generation or index): five offset bytes allow files beyond 4 GiB.
    const int xref = reserveObject();
    m_entries[size_t(xref - 1)] = Entry{m_offset, 0, 0};
    const auto row = [](quint8 type, quint64 a, quint16 b) {
        const char r[8] = {char(type), char(a >> 32), char(a >> 24), char(a >> 16), char(a >> 8), char(a),
                           char(b >> 8), char(b)};
        return QByteArray(r, 8);
    };
    QByteArray rows = row(0, 0, 0xFFFF);
    rows.reserve(qsizetype(m_entries.size() + 1) * 8);
    for (const Entry& e : m_entries)
        rows += e.objectStream ? row(2, quint64(e.objectStream), quint16(e.index)) : row(1, quint64(e.offset), 0);
    const QByteArray id = pdfHexString(fileId);
    const QByteArray size = QByteArray::number(qsizetype(m_entries.size()) + 1);
    writeStream("/Type /XRef /Size " + size + " /W [1 5 2] /Root " + QByteArray::number(rootObject) + " 0 R /Info "
                    + QByteArray::number(infoObject) + " 0 R /ID [" + id + ' ' + id + "] /Filter /FlateDecode",
                pdfFlate(rows), xref);
    append("startxref\n" + QByteArray::number(m_entries[size_t(xref - 1)].offset) + "\n%%EOF\n");
    if (!flush().ok())
        return m_status;
    return m_file.commit();
}

}  // namespace vo
