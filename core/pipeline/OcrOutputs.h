#pragma once
// The page sink behind `vaultocr ocr` and the vault's export: a searchable PDF, a plain-text
// sidecar (pages separated by form feeds), hOCR and ALTO, each written as the pages arrive and
// made visible only by commit(). Destroying it without commit() leaves no file at all
// (AtomicFile), which is how Ctrl-C and errors leave no partial output.
//
// The PDF is streamed by SearchablePdfWriter when every page is an image page and nothing is
// encrypted; PdfAssembler (qpdf) builds it when pages are kept or grafted from PDF inputs, or
// when the output is encrypted.

#include "input/PdfTextMode.h"
#include "pdf/PdfExportOptions.h"
#include "pipeline/OcrPipeline.h"
#include "util/AtomicFile.h"

#include <memory>
#include <optional>

namespace vo {

class PdfAssembler;
class SearchablePdfWriter;
class SecureBuffer;

struct OutputTargets {
    QString pdf;    // empty = none
    QString text;
    QString hocr;
    QString alto;
    PdfExportOptions pdfOptions;
    // The job's inputs, in the order given to OcrPipeline::run, with the mode and password the
    // pipeline uses: PDF inputs in Skip or Redo mode keep their pages. Empty (the vault's export
    // of an image-born document): every page is an image page.
    QStringList inputs;
    PdfTextMode pdfTextMode = PdfTextMode::Force;
    std::shared_ptr<const SecureBuffer> inputPassword;
    // The vault's export of a PDF-born document: its decrypted original, input 0 of the pages
    // that carry a PdfPageInfo (kept or grafted, as in Skip mode). Not owned, read in place: it
    // must outlive the OcrOutputs. Null: none.
    const QByteArray* pdfInputInMemory = nullptr;
    bool any() const { return !pdf.isEmpty() || !text.isEmpty() || !hocr.isEmpty() || !alto.isEmpty(); }
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
    Result<void> consumePdf(PipelinePage& page);

    std::unique_ptr<SearchablePdfWriter> m_pdf;
    std::unique_ptr<PdfAssembler> m_assembler;
    std::optional<AtomicFile> m_text;
    std::optional<AtomicFile> m_hocr;
    std::optional<AtomicFile> m_alto;
    int m_pages = 0;
};

// Whether the PDF needs PdfAssembler (qpdf) rather than the streaming writer.
bool needsPdfAssembler(const OutputTargets& targets);

}  // namespace vo
