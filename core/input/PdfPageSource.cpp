#include "input/PdfPageSource.h"

#include "input/InputMessages.h"

#include <poppler-qt6.h>

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

}  // namespace

PdfPageSource::PdfPageSource(std::unique_ptr<Poppler::Document> doc, const InputOptions& options)
    : m_doc(std::move(doc)), m_dpi(options.pdfDpi), m_limits(options.limits), m_pageCount(m_doc->numPages())
{
}

PdfPageSource::~PdfPageSource() = default;

Result<std::unique_ptr<PageSource>> PdfPageSource::create(const QString& path, const InputOptions& options)
{
    silencePoppler();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc)
        return InputMessages::pdfDamaged();
    if (doc->isLocked())
        return InputMessages::pdfLocked();
    const int pages = doc->numPages();
    if (pages <= 0)
        return InputMessages::pdfNoPages();
    if (pages > options.limits.maxPages)
        return InputMessages::tooManyPages(pages, options.limits.maxPages);
    doc->setRenderBackend(Poppler::Document::SplashBackend);
    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    return std::unique_ptr<PageSource>(new PdfPageSource(std::move(doc), options));
}

Result<QImage> PdfPageSource::render(int index, const CancelToken& cancel) const
{
    const std::scoped_lock lock(m_mutex);
    const std::unique_ptr<Poppler::Page> page = m_doc->page(index);
    if (!page)
        return InputMessages::pdfPageDamaged(index);
    // The size the render would have, from the page box alone: refused before any pixel exists.
    const QSizeF points = page->pageSizeF();
    const qint64 width = qCeil(points.width() * m_dpi / 72.0);
    const qint64 height = qCeil(points.height() * m_dpi / 72.0);
    if (width <= 0 || height <= 0)
        return InputMessages::pdfPageDamaged(index);
    if (width * height > m_limits.maxPixelsPerPage)
        return InputMessages::tooManyPixels(index, width, height, m_limits.maxPixelsPerPage);
    if (cancel.isCancelled())
        return InputMessages::cancelled();
    QImage image = page->renderToImage(m_dpi, m_dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
                                       &shouldAbortRender, QVariant::fromValue(reinterpret_cast<quintptr>(&cancel)));
    if (cancel.isCancelled())
        return InputMessages::cancelled();
    if (image.isNull())
        return InputMessages::pdfRenderFailed(index);
    return image;
}

Result<PageImage> PdfPageSource::page(int index, const CancelToken& cancel) const
{
    if (index < 0 || index >= m_pageCount)
        return InputMessages::pageOutOfRange(index, m_pageCount);
    if (cancel.isCancelled())
        return InputMessages::cancelled();
    Result<QImage> image = render(index, cancel);
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

}  // namespace vo
