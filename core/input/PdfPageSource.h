#pragma once
// PDF pages rendered by poppler at a fixed resolution. Poppler and qpdf types stay inside this
// class. In Skip and Redo mode each page is also read with qpdf (file-backed) to find out
// whether it already has text, which decides how it is treated (PdfPageInfo).

#include "input/PageSource.h"

#include <mutex>
#include <vector>

class QPDF;
class QPDFPageObjectHelper;

namespace Poppler {
class Document;
class Page;
}

namespace vo {

class PdfPageSource final : public PageSource {
public:
    static Result<std::unique_ptr<PageSource>> create(const QString& path, const InputOptions& options);
    ~PdfPageSource() override;

    InputFormat format() const override { return InputFormat::Pdf; }
    int pageCount() const override { return m_pageCount; }
    Result<PageImage> page(int index, const CancelToken& cancel) const override;

private:
    PdfPageSource(std::unique_ptr<Poppler::Document> doc, std::unique_ptr<QPDF> qpdf, const InputOptions& options);

    Result<QImage> render(Poppler::Page& page, int index, const CancelToken& cancel) const;
    Result<PageImage> rendered(Poppler::Page& page, int index, const CancelToken& cancel) const;
    Result<PdfPageInfo> plan(int index) const;
    Result<std::vector<PageTextWord>> visibleTextWithoutLayer(int index) const;

    std::unique_ptr<Poppler::Document> m_doc;
    std::unique_ptr<QPDF> m_qpdf;  // only in Skip and Redo mode
    std::vector<QPDFPageObjectHelper> m_qpdfPages;
    // Neither poppler's Document nor QPDF is thread-safe: one lock held across page(), sizing,
    // the text scan and the whole render.
    mutable std::mutex m_mutex;
    int m_dpi;
    InputOptions m_options;
    int m_pageCount;
};

}  // namespace vo
