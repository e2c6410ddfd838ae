#include "pipeline/OcrOutputs.h"

#include "input/InputFormat.h"
#include "ocr/AltoWriter.h"
#include "ocr/HocrWriter.h"
#include "pdf/PdfAssembler.h"
#include "pdf/SearchablePdfWriter.h"

#include <QCoreApplication>
#include <QFile>

namespace vo {
namespace {

bool isPdfFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && sniffInputFormat(f.read(1024)) == InputFormat::Pdf;
}

Result<std::optional<AtomicFile>> openSidecar(const QString& path, const QByteArray& head)
{
    if (path.isEmpty())
        return std::optional<AtomicFile>();
    auto f = AtomicFile::create(path, 0600);
    if (!f)
        return f.error();
    if (!head.isEmpty())
        if (auto w = f->write(head); !w)
            return w.error();
    return std::optional<AtomicFile>(std::move(f).value());
}

}  // namespace

bool needsPdfAssembler(const OutputTargets& targets)
{
    if (targets.pdfOptions.encrypted() || targets.pdfInputInMemory)
        return true;
    const bool pdfPagesKept = targets.pdfTextMode != PdfTextMode::Force || targets.pdfOptions.keepMetadata;
    return pdfPagesKept && std::any_of(targets.inputs.begin(), targets.inputs.end(), isPdfFile);
}

Result<std::unique_ptr<OcrOutputs>> OcrOutputs::create(const OutputTargets& targets)
{
    std::unique_ptr<OcrOutputs> out(new OcrOutputs);
    if (!targets.pdf.isEmpty()) {
        if (needsPdfAssembler(targets)) {
            auto pdf = PdfAssembler::create(targets.pdf, targets.pdfOptions, targets.inputs, targets.inputPassword,
                                            targets.pdfInputInMemory);
            if (!pdf)
                return pdf.error();
            out->m_assembler = std::move(pdf).value();
        } else {
            auto pdf = SearchablePdfWriter::create(targets.pdf, targets.pdfOptions);
            if (!pdf)
                return pdf.error();
            out->m_pdf = std::move(pdf).value();
        }
    }
    auto text = openSidecar(targets.text, {});
    if (!text)
        return text.error();
    out->m_text = std::move(text).value();
    auto hocr = openSidecar(targets.hocr, HocrWriter::begin());
    if (!hocr)
        return hocr.error();
    out->m_hocr = std::move(hocr).value();
    auto alto = openSidecar(targets.alto, AltoWriter::begin());
    if (!alto)
        return alto.error();
    out->m_alto = std::move(alto).value();
    return out;
}

OcrOutputs::~OcrOutputs() = default;

Result<void> OcrOutputs::consumePdf(PipelinePage& page)
{
    const std::optional<PdfPageInfo>& info = page.source.pdf;
    const bool ownPage = info && info->treatment != PdfPageInfo::Treatment::Rasterise;
    if (ownPage) {
        if (!m_assembler)
            return makeError(ErrorCode::Internal, QCoreApplication::translate(
                                                      "OcrOutputs", "a PDF page cannot be kept by the streaming writer"));
        return m_assembler->addPdfPage(page.inputIndex, page.pageInInput, *info, page.result.page);
    }
    if (page.pdfImage && page.pdfImageIsSource) {
        // The page as loaded, turned upright by /Rotate, text mapped onto it: never re-encoded.
        const OcrPage& model = page.result.page;
        return m_assembler ? m_assembler->addSourceImagePage(*page.pdfImage, model, page.source.dpiX, page.source.dpiY)
                           : m_pdf->addSourcePage(*page.pdfImage, model, page.source.dpiX, page.source.dpiY);
    }
    Result<PdfImage> encoded = page.pdfImage
        ? Result<PdfImage>(std::move(*page.pdfImage))
        : encodeForPdf(page.result.cleaned.get(), page.source, page.result.cleanedIsSource);
    if (!encoded)
        return encoded.error();
    return m_assembler ? m_assembler->addImagePage(*encoded, page.result.page)
                       : m_pdf->addPage(*encoded, page.result.page);
}

Result<void> OcrOutputs::consume(PipelinePage& page)
{
    if (m_pdf || m_assembler) {
        if (auto r = consumePdf(page); !r)
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
    if (m_alto) {
        if (auto r = m_alto->write(AltoWriter::page(page.result.page, m_pages + 1)); !r)
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
    if (m_alto) {
        if (auto r = m_alto->write(AltoWriter::end()); !r)
            return r;
    }
    if (m_pdf) {
        if (auto r = m_pdf->finish(); !r)
            return r;
    }
    if (m_assembler) {
        if (auto r = m_assembler->finish(); !r)
            return r;
    }
    for (std::optional<AtomicFile>* f : {&m_text, &m_hocr, &m_alto}) {
        if (*f) {
            if (auto r = (*f)->commit(); !r)
                return r;
        }
    }
    return {};
}

}  // namespace vo
