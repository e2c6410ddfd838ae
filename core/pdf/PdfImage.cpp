#include "pdf/PdfImage.h"

#include "pdf/CcittG4.h"
#include "pdf/PdfObjectWriter.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace vo {
namespace {

Error imageError(const char* what)
{
    return makeError(ErrorCode::Internal, QCoreApplication::translate("PdfImage", what));
}

struct CidDeleter {
    void operator()(L_COMP_DATA* c) const { l_CIDataDestroy(&c); }
};
using CidPtr = std::unique_ptr<L_COMP_DATA, CidDeleter>;

// The source JPEG, unchanged, if it shows exactly the cleaned image's pixels. CMYK JPEGs are
// left out: Adobe's inverted CMYK would need a /Decode guess.
std::optional<PdfImage> jpegPassthrough(const PIX* cleaned, const QByteArray& jpeg)
{
    l_int32 w = 0, h = 0, spp = 0, ycck = 0, cmyk = 0;
    if (readHeaderMemJpeg(reinterpret_cast<const l_uint8*>(jpeg.constData()), size_t(jpeg.size()), &w, &h, &spp,
                          &ycck, &cmyk) != 0)
        return std::nullopt;
    if ((spp != 1 && spp != 3) || cmyk || ycck)
        return std::nullopt;
    if (cleaned && (pixGetWidth(cleaned) != w || pixGetHeight(cleaned) != h))
        return std::nullopt;  // rotated or deskewed: the source no longer matches the text layer
    PdfImage img;
    img.filter = PdfImage::Filter::DCT;
    img.data = jpeg;
    img.width = w;
    img.height = h;
    img.bitsPerComponent = 8;
    img.components = spp;
    return img;
}

// Brings any PIX to one of: 1 bpp, 8 bpp grey, 8 bpp with a colour colormap, 32 bpp RGB.
PixPtr normalised(PIX* pix)
{
    PIXCMAP* cmap = pixGetColormap(pix);
    const int d = pixGetDepth(pix);
    if (cmap) {
        l_int32 color = 0, blackWhite = 0;
        pixcmapHasColor(cmap, &color);
        pixcmapIsBlackAndWhite(cmap, &blackWhite);
        if (d == 1 && blackWhite)
            return PixPtr(pixRemoveColormap(pix, REMOVE_CMAP_TO_BINARY));
        if (!color)
            return PixPtr(pixRemoveColormap(pix, REMOVE_CMAP_TO_GRAYSCALE));
        return PixPtr(d == 8 ? pixClone(pix) : pixConvertTo8(pix, 1));
    }
    switch (d) {
    case 1:
    case 8:
        return PixPtr(pixClone(pix));
    case 2:
    case 4:
    case 16:
        return PixPtr(pixConvertTo8(pix, 0));
    case 24:
    case 32:
        return PixPtr(d == 32 ? pixClone(pix) : pixConvertTo32(pix));
    default:
        return nullptr;
    }
}

QByteArray paletteOf(PIXCMAP* cmap)
{
    QByteArray rgb;
    const int n = pixcmapGetCount(cmap);
    for (int i = 0; i < n; ++i) {
        l_int32 r = 0, g = 0, b = 0;
        pixcmapGetColor(cmap, i, &r, &g, &b);
        rgb += char(r);
        rgb += char(g);
        rgb += char(b);
    }
    return rgb;
}

Result<PdfImage> flateImage(PIX* pix)
{
    L_COMP_DATA* raw = nullptr;
    // In memory (zlib over the raster), unlike leptonica's G4 and JPEG paths.
    if (pixGenerateCIData(pix, L_FLATE_ENCODE, 0, 0, &raw) != 0 || !raw)
        return imageError("Flate encoding of the page image failed");
    const CidPtr cid(raw);
    if (cid->type != L_FLATE_ENCODE || !cid->datacomp || cid->predictor)
        return imageError("Flate encoding of the page image failed");
    PdfImage img;
    img.filter = PdfImage::Filter::Flate;
    img.data = QByteArray(reinterpret_cast<const char*>(cid->datacomp), qsizetype(cid->nbytescomp));
    img.width = cid->w;
    img.height = cid->h;
    img.bitsPerComponent = cid->bps;
    img.components = cid->spp;
    if (PIXCMAP* cmap = pixGetColormap(pix))
        img.colorMapRgb = paletteOf(cmap);
    // A 1 bpp raster keeps leptonica's 1 = black; the writer maps it with /Decode [1 0].
    img.blackIs1 = cid->bps == 1 && img.colorMapRgb.isEmpty();
    return img;
}

Result<PdfImage> g4Image(PIX* pix)
{
    Result<G4Data> g4 = encodeG4(pix);
    if (!g4)
        return flateImage(pix);  // unusual TIFF layout: still lossless, just bigger
    PdfImage img;
    img.filter = PdfImage::Filter::CCITTG4;
    img.data = std::move(g4->data);
    img.width = g4->width;
    img.height = g4->height;
    img.bitsPerComponent = 1;
    img.components = 1;
    img.blackIs1 = g4->blackIs1;
    return img;
}

}  // namespace

Result<PdfImage> encodeForPdf(const PIX* cleaned, const PageImage& source, bool reuseSource)
{
    if (reuseSource && !source.jpegPassthrough.isEmpty()) {
        if (auto jpeg = jpegPassthrough(cleaned, source.jpegPassthrough))
            return std::move(*jpeg);
    }
    if (!cleaned)
        return imageError("No page image to put into the PDF");
    // leptonica's API is not const-correct; nothing below modifies the pixels.
    PIX* pix = const_cast<PIX*>(cleaned);
    const PixPtr norm = normalised(pix);
    if (!norm)
        return imageError("Unsupported page image depth for PDF output");
    if (pixGetDepth(norm.get()) == 1 && !pixGetColormap(norm.get()))
        return g4Image(norm.get());
    return flateImage(norm.get());
}

bool isStorableInPdf(const PdfImage& img)
{
    const int bpc = img.bitsPerComponent;
    const bool indexed = !img.colorMapRgb.isEmpty();
    if (img.width <= 0 || img.height <= 0 || img.data.isEmpty())
        return false;
    if (bpc != 1 && bpc != 2 && bpc != 4 && bpc != 8 && bpc != 16)
        return false;
    if (indexed)
        return img.components == 1 && bpc <= 8 && img.colorMapRgb.size() % 3 == 0
               && img.colorMapRgb.size() / 3 <= (1 << bpc);
    if (img.filter == PdfImage::Filter::CCITTG4)
        return bpc == 1 && img.components == 1;
    return img.components == 1 || img.components == 3 || img.components == 4;
}

namespace {

QByteArray colourSpace(const PdfImage& img)
{
    if (!img.colorMapRgb.isEmpty())
        return "[/Indexed /DeviceRGB " + QByteArray::number(img.colorMapRgb.size() / 3 - 1) + ' '
               + pdfHexString(img.colorMapRgb) + ']';
    switch (img.components) {
    case 3: return QByteArrayLiteral("/DeviceRGB");
    case 4: return QByteArrayLiteral("/DeviceCMYK");
    default: return QByteArrayLiteral("/DeviceGray");
    }
}

}  // namespace

QByteArray pdfImageDictionary(const PdfImage& img)
{
    QByteArray d = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(img.width) + " /Height "
                   + QByteArray::number(img.height) + " /ColorSpace " + colourSpace(img) + " /BitsPerComponent "
                   + QByteArray::number(img.bitsPerComponent);
    switch (img.filter) {
    case PdfImage::Filter::DCT:
        d += " /Filter /DCTDecode";
        break;
    case PdfImage::Filter::CCITTG4:
        d += " /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns " + QByteArray::number(img.width)
             + " /Rows " + QByteArray::number(img.height) + (img.blackIs1 ? " /BlackIs1 true" : "") + " >>";
        break;
    case PdfImage::Filter::Flate:
        d += " /Filter /FlateDecode";
        if (img.blackIs1 && img.bitsPerComponent == 1 && img.colorMapRgb.isEmpty())
            d += " /Decode [1 0]";
        break;
    }
    return d;
}

PdfImageStream pdfImageStream(const PdfImage& image)
{
    PdfImageStream out{pdfImageDictionary(image), image.data};
    if (image.filter == PdfImage::Filter::DCT) {
        QByteArray wrapped = pdfFlate(image.data);
        if (wrapped.size() <= image.data.size() - image.data.size() / 100) {
            out.dict.replace("/Filter /DCTDecode", "/Filter [/FlateDecode /DCTDecode]");
            out.data = std::move(wrapped);
        }
    }
    return out;
}

}  // namespace vo
