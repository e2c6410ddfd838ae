#pragma once
// The page sink behind `vaultocr ocr`: a searchable PDF, a plain-text sidecar (pages separated by
// form feeds) and hOCR, each written as the pages arrive and made visible only by commit().
// Destroying it without commit() leaves no file at all (AtomicFile), which is how Ctrl-C and
// errors leave no partial output.

#include "pipeline/OcrPipeline.h"
#include "util/AtomicFile.h"

#include <memory>
#include <optional>

namespace vo {

class SearchablePdfWriter;

struct OutputTargets {
    QString pdf;    // empty = none
    QString text;
    QString hocr;
    bool any() const { return !pdf.isEmpty() || !text.isEmpty() || !hocr.isEmpty(); }
};

class OcrOutputs : public PageSink {
public:
    // Opens every output before OCR starts, so an unwritable destination fails fast.
    static Result<std::unique_ptr<OcrOutputs>> create(const OutputTargets& targets);
    ~OcrOutputs() override;

    Result<void> consume(PipelinePage& page) override;
    Result<void> commit();

private:
    OcrOutputs() = default;

    std::unique_ptr<SearchablePdfWriter> m_pdf;
    std::optional<AtomicFile> m_text;
    std::optional<AtomicFile> m_hocr;
    int m_pages = 0;
};

}  // namespace vo
