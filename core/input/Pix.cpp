#include "input/Pix.h"

#include <QtEndian>

#include <cstring>

namespace vo {

namespace {

// Composites a pixel of an RGB32 or ARGB32_Premultiplied image over white: OCR wants a page, and
// a transparent PNG's "black text on nothing" must not become black on black.
inline QRgb overWhite(QRgb p)
{
    const uint k = 255 - qAlpha(p);
    return qRgb(qRed(p) + k, qGreen(p) + k, qBlue(p) + k);
}

QImage toRgb32OrPremultiplied(const QImage& image)
{
    if (image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied)
        return image;  // shallow: no pixels are copied
    return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                         : QImage::Format_RGB32);
}

// The hot loops below run on every rendered PDF page (~8.7 Mpx at 300 dpi), so the opaque case,
// by far the common one, is compiled separately without the compositing.
template <bool Opaque>
inline QRgb onPaper(QRgb p)
{
    return Opaque ? p : overWhite(p);
}

template <bool Opaque>
bool allGreyImpl(const QImage& rgb)
{
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        quint32 diff = 0;  // any bit set: some pixel has r != g or g != b
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = onPaper<Opaque>(row[x]);
            diff |= (p ^ (p >> 8)) & 0xffffu;
        }
        if (diff)
            return false;
    }
    return true;
}

bool allGrey(const QImage& rgb)
{
    return rgb.format() == QImage::Format_RGB32 ? allGreyImpl<true>(rgb) : allGreyImpl<false>(rgb);
}

// Leptonica keeps 8 bpp pixels big-endian inside 32-bit words: pixel 0 is the top byte.
template <bool Opaque>
void packGreyRows(const QImage& rgb, PIX* pix)
{
    const int w = rgb.width();
    const int fullWords = w / 4;
    l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* src = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        l_uint32* dst = data + size_t(y) * wpl;
        for (int word = 0; word < fullWords; ++word) {
            const QRgb* s = src + 4 * word;
            dst[word] = (l_uint32(qBlue(onPaper<Opaque>(s[0]))) << 24) | (l_uint32(qBlue(onPaper<Opaque>(s[1]))) << 16)
                | (l_uint32(qBlue(onPaper<Opaque>(s[2]))) << 8) | l_uint32(qBlue(onPaper<Opaque>(s[3])));
        }
        if (fullWords < wpl) {  // the last, partial word; its pad bytes stay 0
            l_uint32 v = 0;
            for (int x = fullWords * 4; x < w; ++x)
                v |= l_uint32(qBlue(onPaper<Opaque>(src[x]))) << (24 - 8 * (x % 4));
            dst[fullWords] = v;
        }
    }
}

PixPtr grey8FromRgb(const QImage& rgb)
{
    PixPtr pix(pixCreateNoInit(rgb.width(), rgb.height(), 8));
    if (!pix)
        return pix;
    if (rgb.format() == QImage::Format_RGB32)
        packGreyRows<true>(rgb, pix.get());
    else
        packGreyRows<false>(rgb, pix.get());
    return pix;
}

PixPtr grey8FromGrayscale8(const QImage& grey)
{
    const int w = grey.width();
    PixPtr pix(pixCreate(w, grey.height(), 8));  // zeroed, so the padding is defined
    if (!pix)
        return pix;
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(data + size_t(y) * wpl, grey.constScanLine(y), size_t(w));
    pixEndianByteSwap(pix.get());
    return pix;
}

// Leptonica's 32 bpp word is 0xRRGGBBAA; QRgb is 0xAARRGGBB, so one shift does it (alpha 0, spp 3).
template <bool Opaque>
void copyRgbRows(const QImage& rgb, PIX* pix)
{
    l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* src = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        l_uint32* dst = data + size_t(y) * wpl;
        for (int x = 0; x < rgb.width(); ++x)
            dst[x] = l_uint32(onPaper<Opaque>(src[x])) << 8;
    }
}

PixPtr rgb32FromRgb(const QImage& rgb)
{
    PixPtr pix(pixCreateNoInit(rgb.width(), rgb.height(), 32));
    if (!pix)
        return pix;
    if (rgb.format() == QImage::Format_RGB32)
        copyRgbRows<true>(rgb, pix.get());
    else
        copyRgbRows<false>(rgb, pix.get());
    pixSetSpp(pix.get(), 3);
    return pix;
}

// A converted copy when the PIX is not 1, 8 (no colour map) or 32 bpp, else null: the source is
// used as it is (no pixClone, whose refcount update would be a write racing other threads).
PixPtr convertedForDisplay(PIX* pix)
{
    const int d = pixGetDepth(pix);
    if (pixGetColormap(pix))
        return PixPtr(pixRemoveColormap(pix, REMOVE_CMAP_BASED_ON_SRC));
    if (d == 2 || d == 4 || d == 16)
        return PixPtr(pixConvertTo8(pix, 0));
    if (d == 24)
        return PixPtr(pixConvertTo32(pix));
    return {};
}

void copyRows(PIX* pix, QImage& out)
{
    const int w = pixGetWidth(pix);
    const int wpl = pixGetWpl(pix);
    const l_uint32* data = pixGetData(pix);
    for (int y = 0; y < out.height(); ++y) {
        const l_uint32* line = data + size_t(y) * wpl;
        uchar* dst = out.scanLine(y);
        switch (pixGetDepth(pix)) {
        case 1:  // leptonica: 1 = black
            for (int x = 0; x < w; ++x)
                dst[x] = GET_DATA_BIT(line, x) ? 0 : 255;
            break;
        case 8:
            for (int x = 0; x < w; ++x)
                dst[x] = uchar(GET_DATA_BYTE(line, x));
            break;
        default: {
            auto* rgb = reinterpret_cast<QRgb*>(dst);
            for (int x = 0; x < w; ++x)
                rgb[x] = 0xff000000u | (line[x] >> 8);
        }
        }
    }
}

}  // namespace

PixPtr pixFromQImage(const QImage& image, int dpiX, int dpiY)
{
    if (image.isNull())
        return {};
    PixPtr pix;
    if (image.format() == QImage::Format_Grayscale8) {
        pix = grey8FromGrayscale8(image);
    } else {
        const QImage rgb = toRgb32OrPremultiplied(image);
        pix = allGrey(rgb) ? grey8FromRgb(rgb) : rgb32FromRgb(rgb);
    }
    if (pix)
        pixSetResolution(pix.get(), dpiX, dpiY);
    return pix;
}

QImage qimageFromPix(const PIX* pix)
{
    if (!pix)
        return {};
    // Leptonica's read accessors take non-const pointers; nothing here writes to the source.
    PIX* source = const_cast<PIX*>(pix);
    const PixPtr converted = convertedForDisplay(source);
    PIX* shown = converted ? converted.get() : source;
    const int d = pixGetDepth(shown);
    if ((d != 1 && d != 8 && d != 32) || pixGetColormap(shown))
        return {};  // a conversion failed
    QImage out(pixGetWidth(shown), pixGetHeight(shown),
               d == 32 ? QImage::Format_RGB32 : QImage::Format_Grayscale8);
    if (out.isNull())
        return {};
    copyRows(shown, out);
    l_int32 xres = 0;
    l_int32 yres = 0;
    pixGetResolution(source, &xres, &yres);
    if (xres > 0 && yres > 0) {
        out.setDotsPerMeterX(qRound(xres / 0.0254));
        out.setDotsPerMeterY(qRound(yres / 0.0254));
    }
    return out;
}

}  // namespace vo
