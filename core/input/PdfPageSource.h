#pragma once
// PDF pages rendered by poppler at a fixed resolution. Poppler types stay inside this class.

#include "input/PageSource.h"

#include <mutex>

namespace Poppler {
class Document;
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
    PdfPageSource(std::unique_ptr<Poppler::Document> doc, const InputOptions& options);

    Result<QImage> render(int index, const CancelToken& cancel) const;

    std::unique_ptr<Poppler::Document> m_doc;
    // Poppler::Document is not thread-safe: one lock held across page(), sizing and the whole render.
    mutable std::mutex m_mutex;
    int m_dpi;
    InputLimits m_limits;
    int m_pageCount;
};

}  // namespace vo
