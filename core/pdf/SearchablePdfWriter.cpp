#include "pdf/SearchablePdfWriter.h"

#include "pdf/GlyphlessFont.h"
#include "pdf/PdfGraftGeometry.h"
#include "pdf/PdfMetadata.h"
#include "pdf/PdfObjectWriter.h"
#include "pdf/PdfTextLayer.h"

#include <QCoreApplication>

#include <sodium.h>

#include <optional>
#include <set>
#include <vector>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("SearchablePdfWriter", s); }

QByteArray ref(int object) { return QByteArray::number(object) + " 0 R"; }

}  // namespace

struct SearchablePdfWriter::Impl {
    Impl(AtomicFile file, GlyphlessFont f) : out(std::move(file)), font(std::move(f)) {}

    PdfObjectWriter out;
    GlyphlessFont font;
    int catalog = 0;
    int pageTree = 0;
    int info = 0;
    std::vector<int> pages;  // object numbers only: a page's bytes are on disk once added
    std::set<int> highBytes;  // of the text shown, for the ToUnicode map
    bool done = false;
};

SearchablePdfWriter::SearchablePdfWriter(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

// Without finish() the AtomicFile is discarded unnamed: nothing appears on disk.
SearchablePdfWriter::~SearchablePdfWriter() = default;

Result<std::unique_ptr<SearchablePdfWriter>> SearchablePdfWriter::create(const QString& destination)
{
    return create(destination, PdfExportOptions{});
}

Result<std::unique_ptr<SearchablePdfWriter>> SearchablePdfWriter::create(const QString& destination,
                                                                         const PdfExportOptions& options)
{
    if (auto valid = options.validate(); !valid)
        return valid.error();
    if (options.encrypted())
        return makeError(ErrorCode::Internal, tr("The streaming PDF writer does not encrypt; use PdfAssembler"));
    Result<GlyphlessFont> font = GlyphlessFont::load();
    if (!font)
        return font.error();
    Result<AtomicFile> file = AtomicFile::create(destination);
    if (!file)
        return file.error();
    auto impl = std::make_unique<Impl>(std::move(file.value()), std::move(font.value()));
    PdfObjectWriter& out = impl->out;
    impl->pageTree = out.reserveObject();
    QByteArray catalog = "<< /Type /Catalog /Pages " + ref(impl->pageTree);
    if (options.pdfa) {
        // PDF/A: XMP (never compressed) agreeing with the information dictionary, and an sRGB
        // output intent for the DeviceRGB/DeviceGray page images.
        const QByteArray xmp = xmpPacket({{QStringLiteral("Producer"), vaultocrProducer()}}, true);
        const int metadata = out.writeStream(QByteArrayLiteral("/Type /Metadata /Subtype /XML"), xmp);
        const int icc = out.writeStream(QByteArrayLiteral("/N 3 /Filter /FlateDecode"), pdfFlate(srgbIccProfile()));
        catalog += " /Metadata " + ref(metadata) + " /OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1"
                   " /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /DestOutputProfile "
                   + ref(icc) + " >>]";
    }
    impl->catalog = out.writeObject(catalog + " >>");
    // Only the producer: no title, file name, dates or anything else that could identify the
    // document or where it came from.
    impl->info = out.writeObject(QByteArrayLiteral("<< /Producer (VaultOCR " VAULTOCR_VERSION ") >>"), 0, false);
    if (Result<void> r = out.flush(); !r)
        return r.error();
    return std::unique_ptr<SearchablePdfWriter>(new SearchablePdfWriter(std::move(impl)));
}

Result<void> SearchablePdfWriter::addPage(const PdfImage& image, const OcrPage& page)
{
    if (page.dpiX <= 0 || page.dpiY <= 0)
        return makeError(ErrorCode::Internal, tr("The page has no valid resolution"));
    std::optional<OcrPage> sized;  // a model without its image size: boxes are in the image's pixels
    const OcrPage* model = &page;
    if (page.imageSize.isEmpty()) {
        sized = page;
        sized->imageSize = QSize(image.width, image.height);
        model = &*sized;
    }
    const PageText text = pdfTextLayer(*model);
    collectHighBytes(*model, d->highBytes);
    return writePage(image, PageGeometry::of(*model).sizeInPoints(), 0, text.content, text.fonts);
}

Result<void> SearchablePdfWriter::addSourcePage(const PdfImage& image, const OcrPage& page, int sourceDpiX,
                                                int sourceDpiY)
{
    if (page.dpiX <= 0 || page.dpiY <= 0 || sourceDpiX <= 0 || sourceDpiY <= 0 || page.imageSize.isEmpty())
        return makeError(ErrorCode::Internal, tr("The page has no valid resolution"));
    const SourcePagePlacement placed = sourcePagePlacement(page, QSize(image.width, image.height), sourceDpiX, sourceDpiY);
    const PageText text = pdfTextLayer(page);
    collectHighBytes(page, d->highBytes);
    QByteArray content;
    if (!text.content.isEmpty())
        content = "q " + pdfMatrix(placed.layerMatrix) + " cm\n" + text.content + "Q\n";
    return writePage(image, placed.size, placed.rotate, content, text.fonts);
}

Result<void> SearchablePdfWriter::writePage(const PdfImage& image, QSizeF pt, int rotate, const QByteArray& text,
                                            const std::vector<GlyphBox>& fonts)
{
    if (d->done)
        return makeError(ErrorCode::Internal, tr("The PDF is already finished"));
    if (!d->out.status())
        return d->out.status();
    if (!isStorableInPdf(image))
        return makeError(ErrorCode::Internal, tr("The page image cannot be stored in a PDF"));
    const QByteArray w = pdfNumber(pt.width()), h = pdfNumber(pt.height());
    PdfObjectWriter& out = d->out;
    const int pageObject = out.reserveObject();
    // The image fills the page at its own resolution; the viewer scales, we never resample.
    const QByteArray content = "q " + w + " 0 0 " + h + " 0 0 cm /Im0 Do Q\n" + text;
    const int contents = out.writeStream(QByteArrayLiteral("/Filter /FlateDecode"), pdfFlate(content));
    const PdfImageStream stored = pdfImageStream(image);
    const int xobject = out.writeStream(stored.dict, stored.data);
    QByteArray fontRefs;
    for (const GlyphBox& box : fonts)
        fontRefs += fontResourceName(box) + ' ' + ref(d->font.variant(out, box)) + ' ';
    out.writeObject("<< /Type /Page /Parent " + ref(d->pageTree) + " /MediaBox [0 0 " + w + ' ' + h + ']'
                        + (rotate ? " /Rotate " + QByteArray::number(rotate) : QByteArray())
                        + " /Resources << /Font << " + fontRefs + ">> /XObject << /Im0 " + ref(xobject)
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
    d->font.finish(d->out, d->highBytes);
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
