#include "vault/PageImageDecoder.h"

#include "input/Pix.h"

#include <QtEndian>

#include <cstring>

namespace vo::ui {
namespace {

void putU16(QByteArray& b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

void putU32(QByteArray& b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

// One IFD entry with a single SHORT or LONG value.
void entry(QByteArray& b, quint16 tag, quint16 type, quint32 value)
{
    putU16(b, tag);
    putU16(b, type);
    putU32(b, 1);
    if (type == 3) {  // SHORT: left-justified in the 4-byte field
        putU16(b, quint16(value));
        putU16(b, 0);
    } else {
        putU32(b, value);
    }
}

}  // namespace

QByteArray PageImageDecoder::tiffForG4(const PdfImage& image)
{
    constexpr quint16 kShort = 3;
    constexpr quint16 kLong = 4;
    constexpr int kEntries = 8;
    const quint32 dataOffset = 8 + 2 + kEntries * 12 + 4;
    QByteArray t;
    t.reserve(int(dataOffset) + image.data.size());
    t.append("II", 2);
    putU16(t, 42);
    putU32(t, 8);
    putU16(t, kEntries);
    entry(t, 256, kLong, quint32(image.width));
    entry(t, 257, kLong, quint32(image.height));
    entry(t, 258, kShort, 1);                         // bits per sample
    entry(t, 259, kShort, 4);                         // CCITT Group 4
    entry(t, 262, kShort, image.blackIs1 ? 1 : 0);    // MinIsBlack / MinIsWhite, as it was read
    entry(t, 273, kLong, dataOffset);                 // strip offset
    entry(t, 278, kLong, quint32(image.height));      // rows per strip: one strip
    entry(t, 279, kLong, quint32(image.data.size())); // strip byte count
    putU32(t, 0);                                     // no next IFD
    t.append(image.data);
    return t;
}

Result<QImage> PageImageDecoder::decode(const PdfImage& image)
{
    if (image.width <= 0 || image.height <= 0 || image.data.isEmpty())
        return makeError(ErrorCode::Integrity, tr("the stored page image is empty"));
    switch (image.filter) {
    case PdfImage::Filter::DCT: {
        QImage out = QImage::fromData(image.data, "JPEG");
        if (out.isNull())
            return makeError(ErrorCode::Integrity, tr("the stored page image could not be decoded"));
        return out;
    }
    case PdfImage::Filter::Flate:
        return decodeFlate(image);
    case PdfImage::Filter::CCITTG4:
        return decodeG4(image);
    }
    return makeError(ErrorCode::Integrity, tr("the stored page image has an unknown format"));
}

Result<QImage> PageImageDecoder::decodeFlate(const PdfImage& image)
{
    const int bpc = image.bitsPerComponent;
    const int comps = image.components;
    const bool indexed = !image.colorMapRgb.isEmpty();
    const qint64 rowBytes = (qint64(image.width) * bpc * comps + 7) / 8;
    const qint64 expected = rowBytes * image.height;
    if (!((bpc == 8 && (comps == 1 || comps == 3)) || (bpc == 1 && comps == 1)) || expected > (qint64(1) << 31) - 16)
        return makeError(ErrorCode::Integrity, tr("the stored page image has an unsupported layout"));
    // qUncompress wants the expected size in front of the zlib stream.
    QByteArray framed(4, Qt::Uninitialized);
    qToBigEndian(quint32(expected), framed.data());
    framed.append(image.data);
    const QByteArray raw = qUncompress(framed);
    if (raw.size() != expected)
        return makeError(ErrorCode::Integrity, tr("the stored page image could not be decoded"));

    QImage::Format format = QImage::Format_Grayscale8;
    if (bpc == 1)
        format = QImage::Format_Mono;
    else if (comps == 3)
        format = QImage::Format_RGB888;
    else if (indexed)
        format = QImage::Format_Indexed8;
    QImage out(image.width, image.height, format);
    if (out.isNull())
        return makeError(ErrorCode::Internal, tr("not enough memory to show the page"));
    for (int y = 0; y < image.height; ++y)
        std::memcpy(out.scanLine(y), raw.constData() + y * rowBytes, size_t(rowBytes));
    if (bpc == 1) {
        // Leptonica's convention: 1 = black unless a palette says otherwise.
        out.setColorTable(image.blackIs1 ? QList<QRgb>{qRgb(255, 255, 255), qRgb(0, 0, 0)}
                                         : QList<QRgb>{qRgb(0, 0, 0), qRgb(255, 255, 255)});
    } else if (indexed) {
        QList<QRgb> table;
        for (int i = 0; i + 2 < image.colorMapRgb.size(); i += 3)
            table << qRgb(quint8(image.colorMapRgb[i]), quint8(image.colorMapRgb[i + 1]), quint8(image.colorMapRgb[i + 2]));
        table.resize(256, qRgb(0, 0, 0));
        out.setColorTable(table);
    }
    return out;
}

Result<QImage> PageImageDecoder::decodeG4(const PdfImage& image)
{
    const QByteArray tiff = tiffForG4(image);
    PixPtr pix(pixReadMemTiff(reinterpret_cast<const l_uint8*>(tiff.constData()), size_t(tiff.size()), 0));
    if (!pix)
        return makeError(ErrorCode::Integrity, tr("the stored page image could not be decoded"));
    QImage out = qimageFromPix(pix.get());
    if (out.isNull())
        return makeError(ErrorCode::Integrity, tr("the stored page image could not be decoded"));
    return out;
}

}  // namespace vo::ui
