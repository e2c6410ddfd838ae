#include "pipeline/OcrOutputs.h"

#include "ocr/HocrWriter.h"
#include "pdf/SearchablePdfWriter.h"

namespace vo {

Result<std::unique_ptr<OcrOutputs>> OcrOutputs::create(const OutputTargets& targets)
{
    std::unique_ptr<OcrOutputs> out(new OcrOutputs);
    if (!targets.pdf.isEmpty()) {
        auto pdf = SearchablePdfWriter::create(targets.pdf);
        if (!pdf)
            return pdf.error();
        out->m_pdf = std::move(pdf).value();
    }
    if (!targets.text.isEmpty()) {
        auto f = AtomicFile::create(targets.text, 0600);
        if (!f)
            return f.error();
        out->m_text.emplace(std::move(f).value());
    }
    if (!targets.hocr.isEmpty()) {
        auto f = AtomicFile::create(targets.hocr, 0600);
        if (!f)
            return f.error();
        out->m_hocr.emplace(std::move(f).value());
        if (auto w = out->m_hocr->write(HocrWriter::begin()); !w)
            return w.error();
    }
    return out;
}

OcrOutputs::~OcrOutputs() = default;

Result<void> OcrOutputs::consume(PipelinePage& page)
{
    if (m_pdf) {
        Result<PdfImage> encoded = page.pdfImage
            ? Result<PdfImage>(std::move(*page.pdfImage))
            : encodeForPdf(page.result.cleaned.get(), page.source, page.result.cleanedIsSource);
        if (!encoded)
            return encoded.error();
        if (auto r = m_pdf->addPage(*encoded, page.result.page); !r)
            return r;
    }
    if (m_text) {
        QByteArray text = page.result.page.plainText().toUtf8();
        if (m_pages > 0)
            text.prepend('\f');
        if (auto r = m_text->write(text); !r)
            return r;
    }
    if (m_hocr) {
        if (auto r = m_hocr->write(HocrWriter::page(page.result.page, m_pages + 1)); !r)
            return r;
    }
    ++m_pages;
    return {};
}

Result<void> OcrOutputs::commit()
{
    // Finish everything that can fail before making anything visible.
    if (m_hocr) {
        if (auto r = m_hocr->write(HocrWriter::end()); !r)
            return r;
    }
    if (m_pdf) {
        if (auto r = m_pdf->finish(); !r)
            return r;
    }
    if (m_text) {
        if (auto r = m_text->commit(); !r)
            return r;
    }
    if (m_hocr) {
        if (auto r = m_hocr->commit(); !r)
            return r;
    }
    return {};
}

}  // namespace vo
