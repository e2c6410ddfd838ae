#pragma once
// PDF pages rendered by poppler at a fixed resolution. Poppler and qpdf types stay inside this
// class. In Skip and Redo mode each page is also read with qpdf to find out whether it already
// has text, which decides how it is treated (PdfPageInfo). Both read the input's read-only
// mapping (or, for the fuzz target, bytes in memory) through this class: nothing is copied.

#include "input/MappedFile.h"
#include "input/PageSource.h"

#include <mutex>
#include <vector>

class QBuffer;
class QPDF;
class QPDFPageObjectHelper;

namespace Poppler {
class Document;
class Page;
}

namespace vo {

class PdfPageSource final : public PageSource {
public:
    static Result<std::unique_ptr<PageSource>> create(MappedFile file, const InputOptions& options);
    ~PdfPageSource() override;

    InputFormat format() const override { return InputFormat::Pdf; }
    int pageCount() const override { return m_pageCount; }
    Result<PageImage> page(int index, const CancelToken& cancel) const override;

private:
    PdfPageSource(MappedFile file, std::unique_ptr<QBuffer> device, std::unique_ptr<Poppler::Document> doc,
                  std::unique_ptr<QPDF> qpdf, const InputOptions& options);

    Result<QImage> render(Poppler::Page& page, int index, const CancelToken& cancel) const;
    Result<PageImage> rendered(Poppler::Page& page, int index, const CancelToken& cancel) const;
    Result<PdfPageInfo> plan(int index) const;
    Result<std::vector<PageTextWord>> visibleTextWithoutLayer(int index) const;

    // Declared first, destroyed last: poppler reads through the device, qpdf from the bytes.
    MappedFile m_file;
    std::unique_ptr<QBuffer> m_device;  // a read-only view of m_file, not a copy
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
