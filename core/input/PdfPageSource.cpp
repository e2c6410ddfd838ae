#include "input/PdfPageSource.h"

#include "crypto/SecureBuffer.h"
#include "input/InputMessages.h"
#include "input/PdfContentScan.h"
#include "input/PdfPageGeometry.h"
#include "input/PdfPagePlan.h"
#include "input/PdfTextWords.h"
#include "input/QpdfFile.h"

#include <poppler-qt6.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QBuffer>
#include <QtMath>

namespace vo {

namespace {

// Poppler's diagnostics quote names and strings from inside the document; they must never reach
// a log (rule 2), so they are dropped for the whole process.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction([](const QString&, const QVariant&) {}, QVariant()); });
}

// Poppler polls this while it renders; the payload carries the address of the job's token.
bool shouldAbortRender(const QVariant& payload)
{
    return reinterpret_cast<const CancelToken*>(payload.value<quintptr>())->isCancelled();
}

// Poppler copies the password into its own strings (GooString) for the document's lifetime; we
// hand it a view of our secure, NUL-terminated copy, so no Qt container ever holds it.
// A device, not loadFromData(): poppler's loadFromData detaches (copies) a raw-data QByteArray,
// which for a mapped 2 GiB file would be a 2 GiB heap copy; QBuffer reads the view in place.
std::unique_ptr<Poppler::Document> loadPoppler(QBuffer& device, const SecureBuffer* password)
{
    if (!password || password->isEmpty())
        return Poppler::Document::load(&device);
    const SecureBuffer z = nulTerminated(*password);
    const QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char*>(z.data()), qsizetype(password->size()));
    return Poppler::Document::load(&device, view, view);
}

}  // namespace

PdfPageSource::PdfPageSource(MappedFile file, std::unique_ptr<QBuffer> device, std::unique_ptr<Poppler::Document> doc,
                             std::unique_ptr<QPDF> qpdf, const InputOptions& options)
    : m_file(std::move(file)), m_device(std::move(device)), m_doc(std::move(doc)), m_qpdf(std::move(qpdf)), m_dpi(options.pdfDpi), m_options(options),
      m_pageCount(m_doc->numPages())
{
    if (m_qpdf)
        m_qpdfPages = QPDFPageDocumentHelper(*m_qpdf).getAllPages();
}

PdfPageSource::~PdfPageSource() = default;

Result<std::unique_ptr<PageSource>> PdfPageSource::create(MappedFile file, const InputOptions& options)
{
    silencePoppler();
    const SecureBuffer* password = options.pdfPassword.get();
    auto device = std::make_unique<QBuffer>();
    device->setData(QByteArray::fromRawData(reinterpret_cast<const char*>(file.data()), qsizetype(file.size())));
    if (!device->open(QIODevice::ReadOnly))
        return InputMessages::pdfDamaged();
    std::unique_ptr<Poppler::Document> doc = loadPoppler(*device, password);
    if (!doc)
        return InputMessages::pdfDamaged();
    if (doc->isLocked())
        return password && !password->isEmpty() ? InputMessages::pdfWrongPassword() : InputMessages::pdfLocked();
    const int pages = doc->numPages();
    if (pages <= 0)
        return InputMessages::pdfNoPages();
    if (pages > options.limits.maxPages)
        return InputMessages::tooManyPages(pages, options.limits.maxPages);
    std::unique_ptr<QPDF> qpdf;
    if (options.pdfTextMode != PdfTextMode::Force) {
        auto opened = openQpdf(file.data(), file.size(), password);
        if (!opened)
            return opened.error();
        qpdf = std::move(opened).value();
        try {
            // Two readers repairing a damaged file differently would pair the wrong pages.
            if (QPDFPageDocumentHelper(*qpdf).getAllPages().size() != size_t(pages))
                return InputMessages::pdfDamaged();
        } catch (const std::exception& e) {
            return qpdfInputError(e, password != nullptr);
        }
    }
    doc->setRenderBackend(Poppler::Document::SplashBackend);
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return std::unique_ptr<PageSource>(
        new PdfPageSource(std::move(file), std::move(device), std::move(doc), std::move(qpdf), options));
}

Result<QImage> PdfPageSource::render(Poppler::Page& page, int index, const CancelToken& cancel) const
{
    // The size the render would have, from the page box alone: refused before any pixel exists.
    const QSizeF points = page.pageSizeF();
    const qint64 width = qCeil(points.width() * m_dpi / 72.0);
    const qint64 height = qCeil(points.height() * m_dpi / 72.0);
    if (width <= 0 || height <= 0)
        return InputMessages::pdfPageDamaged(index);
    if (width * height > m_options.limits.maxPixelsPerPage)
        return InputMessages::tooManyPixels(index, width, height, m_options.limits.maxPixelsPerPage);
    if (cancel.isCancelled())
        return InputMessages::cancelled();
    QImage image = page.renderToImage(m_dpi, m_dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
                                      &shouldAbortRender, QVariant::fromValue(reinterpret_cast<quintptr>(&cancel)));
    if (cancel.isCancelled())
        return InputMessages::cancelled();
    if (image.isNull())
        return InputMessages::pdfRenderFailed(index);
    return image;
}

Result<PageImage> PdfPageSource::rendered(Poppler::Page& page, int index, const CancelToken& cancel) const
{
    Result<QImage> image = render(page, index, cancel);
    if (!image)
        return image.error();
    PageImage out;
    // Poppler's QImage claims 100 dpi whatever was asked; the PIX gets the real resolution.
    out.pix = pixFromQImage(image.value(), m_dpi, m_dpi);
    if (!out.pix)
        return InputMessages::pdfRenderFailed(index);
    out.dpiX = m_dpi;
    out.dpiY = m_dpi;
    return out;
}

Result<PdfPageInfo> PdfPageSource::plan(int index) const
{
    PdfPageInfo info;
    PageTextScan scan;
    try {
        info = planPdfPage(m_qpdfPages[size_t(index)], m_dpi, m_dpi, m_options.pdfTextMode, &scan);
    } catch (const std::exception&) {
        return InputMessages::pdfPageUnreadable(index);
    }
    if (info.stripInvisibleText && scan.visibleText) {
        auto words = visibleTextWithoutLayer(index);
        if (!words)
            return words.error();
        info.words = std::move(words).value();
    }
    return info;
}

// The page's visible text as poppler reads it once the invisible layer is gone: a one-page copy
// is made and stripped in memory (qpdf) and read back (poppler). The original stays untouched.
Result<std::vector<PageTextWord>> PdfPageSource::visibleTextWithoutLayer(int index) const
{
    QByteArray bytes;
    try {
        QPDF one;
        one.setSuppressWarnings(true);
        one.emptyPDF();
        QPDFPageDocumentHelper(one).addPage(m_qpdfPages[size_t(index)], false);
        QPDFPageObjectHelper copy = QPDFPageDocumentHelper(one).getAllPages().front();
        stripInvisibleText(one, copy);
        QPDFWriter w(one);
        w.setOutputMemory();
        w.write();
        const std::shared_ptr<Buffer> buffer = w.getBufferSharedPointer();
        bytes = QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception&) {
        return InputMessages::pdfPageUnreadable(index);
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    std::unique_ptr<Poppler::Page> page = doc ? doc->page(0) : nullptr;
    if (!page)
        return InputMessages::pdfPageUnreadable(index);
    return pdfTextWords(*page, m_dpi, m_dpi);
}

Result<PageImage> PdfPageSource::page(int index, const CancelToken& cancel) const
{
    if (index < 0 || index >= m_pageCount)
        return InputMessages::pageOutOfRange(index, m_pageCount);
    if (cancel.isCancelled())
        return InputMessages::cancelled();
    const std::scoped_lock lock(m_mutex);
    const std::unique_ptr<Poppler::Page> page = m_doc->page(index);
    if (!page)
        return InputMessages::pdfPageDamaged(index);
    if (!m_qpdf)
        return rendered(*page, index, cancel);  // Force: every page is rasterised

    Result<PdfPageInfo> info = plan(index);
    if (!info)
        return info.error();
    const bool keep = info->treatment == PdfPageInfo::Treatment::Keep;
    if (keep)
        info->words = pdfTextWords(*page, m_dpi, m_dpi);
    PageImage out;
    if (!keep || m_options.renderKeptPages) {
        Result<PageImage> image = rendered(*page, index, cancel);
        if (!image)
            return image.error();
        out = std::move(image).value();
        info->renderedSize = QSize(pixGetWidth(out.pix.get()), pixGetHeight(out.pix.get()));
    } else {
        out.dpiX = out.dpiY = m_dpi;
    }
    out.pdf = std::move(info).value();
    return out;
}

}  // namespace vo
