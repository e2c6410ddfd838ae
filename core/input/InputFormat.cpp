#include "input/InputFormat.h"

#include <QByteArrayView>

namespace vo {

namespace {

// PDF readers accept the header anywhere in the first 1024 bytes (junk before it is common in
// files from mail gateways), so we do too; the version digit keeps plain text mentioning it out.
bool hasPdfHeader(const QByteArray& head)
{
    const QByteArrayView window = QByteArrayView(head).first(qMin<qsizetype>(head.size(), 1024));
    for (qsizetype at = window.indexOf("%PDF-"); at >= 0; at = window.indexOf("%PDF-", at + 1)) {
        if (at + 5 < window.size() && window.at(at + 5) >= '0' && window.at(at + 5) <= '9')
            return true;
    }
    return false;
}

}  // namespace

InputFormat sniffInputFormat(const QByteArray& head)
{
    const QByteArrayView h(head);
    if (h.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return InputFormat::Png;
    if (h.startsWith(QByteArrayView("\xff\xd8\xff", 3)))
        return InputFormat::Jpeg;
    // Classic TIFF (42) and BigTIFF (43), little- and big-endian; libtiff reads all four.
    for (const char* magic : {"II\x2a\x00", "MM\x00\x2a", "II\x2b\x00", "MM\x00\x2b"}) {
        if (h.startsWith(QByteArrayView(magic, 4)))
            return InputFormat::Tiff;
    }
    if (hasPdfHeader(head))
        return InputFormat::Pdf;
    return InputFormat::Unknown;
}

QString inputFormatName(InputFormat f)
{
    switch (f) {
    case InputFormat::Png: return QStringLiteral("PNG");
    case InputFormat::Jpeg: return QStringLiteral("JPEG");
    case InputFormat::Tiff: return QStringLiteral("TIFF");
    case InputFormat::Pdf: return QStringLiteral("PDF");
    case InputFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

}  // namespace vo
