#include "vault/VaultOcrCodec.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace vo::ocr_codec {
namespace {

constexpr quint32 kPageMagic = 0x564f5047;   // "VOPG"
constexpr quint32 kImageMagic = 0x564f494d;  // "VOIM"
constexpr quint16 kVersion = 1;
constexpr quint32 kMaxItems = 1'000'000;

Error malformed()
{
    return makeError(ErrorCode::Integrity,
                     QCoreApplication::translate("VaultOcrCodec", "a stored OCR result is malformed"));
}

QDataStream& operator<<(QDataStream& s, const OcrWord& w)
{
    return s << w.text << w.box << w.baseline << w.confidence;
}

QDataStream& operator>>(QDataStream& s, OcrWord& w)
{
    return s >> w.text >> w.box >> w.baseline >> w.confidence;
}

template <typename T, typename ReadOne>
bool readVector(QDataStream& s, std::vector<T>& out, ReadOne readOne)
{
    quint32 n = 0;
    s >> n;
    if (s.status() != QDataStream::Ok || n > kMaxItems)
        return false;
    out.resize(n);
    for (T& item : out) {
        if (!readOne(item) || s.status() != QDataStream::Ok)
            return false;
    }
    return true;
}

bool readLine(QDataStream& s, OcrLine& l)
{
    s >> l.box >> l.baseline;
    return readVector(s, l.words, [&](OcrWord& w) { s >> w; return true; });
}

bool readBlock(QDataStream& s, OcrBlock& b)
{
    s >> b.box;
    return readVector(s, b.lines, [&](OcrLine& l) { return readLine(s, l); });
}

}  // namespace

QByteArray encodePage(const OcrPage& page)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kPageMagic << kVersion << page.imageSize << qint32(page.dpiX) << qint32(page.dpiY)
      << qint32(page.rotationApplied) << page.deskewDegrees << page.languages;
    s << quint32(page.blocks.size());
    for (const OcrBlock& b : page.blocks) {
        s << b.box << quint32(b.lines.size());
        for (const OcrLine& l : b.lines) {
            s << l.box << l.baseline << quint32(l.words.size());
            for (const OcrWord& w : l.words)
                s << w;
        }
    }
    return out;
}

Result<OcrPage> decodePage(const QByteArray& bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 dpiX = 0, dpiY = 0, rotation = 0;
    OcrPage page;
    s >> magic >> version >> page.imageSize >> dpiX >> dpiY >> rotation >> page.deskewDegrees >> page.languages;
    if (s.status() != QDataStream::Ok || magic != kPageMagic || version != kVersion)
        return malformed();
    page.dpiX = dpiX;
    page.dpiY = dpiY;
    page.rotationApplied = rotation;
    if (!readVector(s, page.blocks, [&](OcrBlock& b) { return readBlock(s, b); }) || !s.atEnd())
        return malformed();
    return page;
}

QByteArray encodeImage(const PdfImage& image)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kImageMagic << kVersion << quint8(image.filter) << image.data << qint32(image.width)
      << qint32(image.height) << qint32(image.bitsPerComponent) << qint32(image.components) << image.blackIs1
      << image.colorMapRgb;
    return out;
}

Result<PdfImage> decodeImage(const QByteArray& bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    quint8 filter = 0;
    qint32 w = 0, h = 0, bpc = 0, comps = 0;
    PdfImage img;
    s >> magic >> version >> filter >> img.data >> w >> h >> bpc >> comps >> img.blackIs1 >> img.colorMapRgb;
    if (s.status() != QDataStream::Ok || magic != kImageMagic || version != kVersion || !s.atEnd()
        || filter > quint8(PdfImage::Filter::CCITTG4) || w <= 0 || h <= 0)
        return malformed();
    img.filter = PdfImage::Filter(filter);
    img.width = w;
    img.height = h;
    img.bitsPerComponent = bpc;
    img.components = comps;
    return img;
}

}  // namespace vo::ocr_codec
