#pragma once
// A searchable PDF of image pages with the export options applied, for callers that hold page
// images and OCR results (the vault's export, the GUI's export dialog): streamed by
// SearchablePdfWriter (plain or PDF/A), or built by PdfAssembler when it must be encrypted.
//
//   auto w = PdfExportWriter::create(destination, options);   // options.validate() is checked
//   for (…) w->addPage(encodeForPdf(pix, PageImage{}, false).value(), ocrPage);
//   w->finish();                                               // the file appears only now

#include "ocr/OcrPage.h"
#include "pdf/PdfExportOptions.h"
#include "pdf/PdfImage.h"
#include "util/Result.h"

#include <memory>

namespace vo {

class PdfAssembler;
class SearchablePdfWriter;

class PdfExportWriter {
public:
    static Result<std::unique_ptr<PdfExportWriter>> create(const QString& destination, const PdfExportOptions& options);
    ~PdfExportWriter();  // without finish(): nothing appears on disk

    Result<void> addPage(const PdfImage& image, const OcrPage& page);
    Result<void> finish();

private:
    PdfExportWriter() = default;
    std::unique_ptr<SearchablePdfWriter> m_streaming;
    std::unique_ptr<PdfAssembler> m_assembler;
};

}  // namespace vo
