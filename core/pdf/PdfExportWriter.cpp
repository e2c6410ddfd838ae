#include "pdf/PdfExportWriter.h"

#include "pdf/PdfAssembler.h"
#include "pdf/SearchablePdfWriter.h"

namespace vo {

PdfExportWriter::~PdfExportWriter() = default;

Result<std::unique_ptr<PdfExportWriter>> PdfExportWriter::create(const QString& destination,
                                                                 const PdfExportOptions& options)
{
    if (auto valid = options.validate(); !valid)
        return valid.error();
    std::unique_ptr<PdfExportWriter> w(new PdfExportWriter);
    if (options.encrypted()) {
        auto a = PdfAssembler::create(destination, options, {}, nullptr);
        if (!a)
            return a.error();
        w->m_assembler = std::move(a).value();
    } else {
        auto s = SearchablePdfWriter::create(destination, options);
        if (!s)
            return s.error();
        w->m_streaming = std::move(s).value();
    }
    return w;
}

Result<void> PdfExportWriter::addPage(const PdfImage& image, const OcrPage& page)
{
    return m_assembler ? m_assembler->addImagePage(image, page) : m_streaming->addPage(image, page);
}

Result<void> PdfExportWriter::finish() { return m_assembler ? m_assembler->finish() : m_streaming->finish(); }

}  // namespace vo
