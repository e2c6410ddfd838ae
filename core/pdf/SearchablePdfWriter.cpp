#include "pdf/SearchablePdfWriter.h"

#include "pdf/GlyphlessFont.h"
#include "pdf/PdfMetadata.h"
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
    if (!isStorableInPdf(image))
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
    const int xobject = out.writeStream(pdfImageDictionary(image), image.data);
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
