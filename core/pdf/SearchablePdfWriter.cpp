#include "pdf/SearchablePdfWriter.h"

#include "pdf/GlyphlessFont.h"
#include "pdf/PdfObjectWriter.h"
#include "pdf/PdfTextLayer.h"

#include <QCoreApplication>

#include <sodium.h>

#include <optional>
#include <vector>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("SearchablePdfWriter", s); }

QByteArray ref(int object) { return QByteArray::number(object) + " 0 R"; }

bool isValid(const PdfImage& img)
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

QByteArray imageDictionary(const PdfImage& img)
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

}  // namespace

struct SearchablePdfWriter::Impl {
    Impl(AtomicFile file, GlyphlessFont f) : out(std::move(file)), font(std::move(f)) {}

    PdfObjectWriter out;
    GlyphlessFont font;
    int catalog = 0;
    int pageTree = 0;
    int info = 0;
    std::vector<int> pages;  // object numbers only: a page's bytes are on disk once added
    bool done = false;
};

SearchablePdfWriter::SearchablePdfWriter(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

// Without finish() the AtomicFile is discarded unnamed: nothing appears on disk.
SearchablePdfWriter::~SearchablePdfWriter() = default;

Result<std::unique_ptr<SearchablePdfWriter>> SearchablePdfWriter::create(const QString& destination)
{
    Result<GlyphlessFont> font = GlyphlessFont::load();
    if (!font)
        return font.error();
    Result<AtomicFile> file = AtomicFile::create(destination);
    if (!file)
        return file.error();
    auto impl = std::make_unique<Impl>(std::move(file.value()), std::move(font.value()));
    PdfObjectWriter& out = impl->out;
    impl->pageTree = out.reserveObject();
    impl->catalog = out.writeObject("<< /Type /Catalog /Pages " + ref(impl->pageTree) + " >>");
    // Only the producer: no title, file name, dates or anything else that could identify the
    // document or where it came from.
    impl->info = out.writeObject(QByteArrayLiteral("<< /Producer (VaultOCR " VAULTOCR_VERSION ") >>"));
    if (Result<void> r = out.flush(); !r)
        return r.error();
    return std::unique_ptr<SearchablePdfWriter>(new SearchablePdfWriter(std::move(impl)));
}

Result<void> SearchablePdfWriter::addPage(const PdfImage& image, const OcrPage& page)
{
    if (d->done)
        return makeError(ErrorCode::Internal, tr("The PDF is already finished"));
    if (!d->out.status())
        return d->out.status();
    if (!isValid(image))
        return makeError(ErrorCode::Internal, tr("The page image cannot be stored in a PDF"));
    if (page.dpiX <= 0 || page.dpiY <= 0)
        return makeError(ErrorCode::Internal, tr("The page has no valid resolution"));
    std::optional<OcrPage> sized;  // a model without its image size: boxes are in the image's pixels
    const OcrPage* model = &page;
    if (page.imageSize.isEmpty()) {
        sized = page;
        sized->imageSize = QSize(image.width, image.height);
        model = &*sized;
    }
    const QSizeF pt = PageGeometry::of(*model).sizeInPoints();
    const QByteArray w = pdfNumber(pt.width()), h = pdfNumber(pt.height());

    PdfObjectWriter& out = d->out;
    const int pageObject = out.reserveObject();
    // The image fills the page at its own resolution; the viewer scales, we never resample.
    const PageText text = pdfTextLayer(*model);
    const QByteArray content = "q " + w + " 0 0 " + h + " 0 0 cm /Im0 Do Q\n" + text.content;
    const int contents = out.writeStream(QByteArrayLiteral("/Filter /FlateDecode"), pdfFlate(content));
    const int xobject = out.writeStream(imageDictionary(image), image.data);
    QByteArray fonts;
    for (const GlyphBox& box : text.fonts)
        fonts += fontResourceName(box) + ' ' + ref(d->font.variant(out, box)) + ' ';
    out.writeObject("<< /Type /Page /Parent " + ref(d->pageTree) + " /MediaBox [0 0 " + w + ' ' + h
                        + "] /Resources << /Font << " + fonts + ">> /XObject << /Im0 " + ref(xobject)
                        + " >> >> /Contents " + ref(contents) + " >>",
                    pageObject);
    d->pages.push_back(pageObject);
    return out.flush();
}

Result<void> SearchablePdfWriter::finish()
{
    if (d->done)
        return makeError(ErrorCode::Internal, tr("The PDF is already finished"));
    if (d->pages.empty())
        return makeError(ErrorCode::Internal, tr("A PDF needs at least one page"));
    if (!d->out.status())
        return d->out.status();
    d->done = true;
    QByteArray kids;
    kids.reserve(qsizetype(d->pages.size()) * 10);
    for (int p : d->pages)
        kids += ref(p) + ' ';
    d->out.writeObject("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(qsizetype(d->pages.size()))
                           + " >>",
                       d->pageTree);
    // A random file identifier: derived from nothing about the document.
    QByteArray id(16, '\0');
    randombytes_buf(id.data(), size_t(id.size()));
    return d->out.finish(d->catalog, d->info, id);
}

}  // namespace vo
