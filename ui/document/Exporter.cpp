#include "document/Exporter.h"

#include "app/ThreadProbe.h"
#include "document/OpenDocument.h"
#include "input/PageImage.h"
#include "ocr/HocrWriter.h"
#include "pdf/PdfImage.h"
#include "pipeline/OcrOutputs.h"
#include "security/PixelWipe.h"
#include "util/AtomicFile.h"

#include <QCoreApplication>

namespace vo::ui {
ExportSnapshot ExportSnapshot::of(const OpenDocument& document)
{
    ExportSnapshot s;
    for (int i = 0; i < document.pageCount(); ++i) {
        const auto& page = document.page(i);
        if (!page.loaded)
            continue;
        s.pages.push_back(page.ocr.deepCopy());
        s.images.push_back(page.image.copy());
    }
    return s;
}

ExportSnapshot::~ExportSnapshot()
{
    for (const OcrPage& page : pages)
        page.wipeText();
    for (const QImage& image : images)
        wipePixels(image);
}

QString Exporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Text: return QStringLiteral("txt");
    case ExportFormat::Hocr: return QStringLiteral("hocr");
    case ExportFormat::Alto: return QStringLiteral("xml");
    }
    return {};
}

Result<void> Exporter::write(const ExportSnapshot& snapshot, const QString& destination, ExportFormat format,
                             const PdfExportOptions& pdfOptions)
{
    probe::record(QStringLiteral("export"));
    if (snapshot.pages.empty())
        return makeError(ErrorCode::Usage, tr("the document has no recognised pages to export"));
    if (auto v = pdfOptions.validate(); !v)
        return v;
    OutputTargets targets;
    switch (format) {
    case ExportFormat::Pdf:
        targets.pdf = destination;
        targets.pdfOptions = pdfOptions;
        return writeThroughOutputs(snapshot, targets);
    case ExportFormat::Alto:
        targets.alto = destination;
        return writeThroughOutputs(snapshot, targets);
    case ExportFormat::Text: return writeText(snapshot, destination);
    case ExportFormat::Hocr: return writeHocr(snapshot, destination);
    }
    return makeError(ErrorCode::Internal, tr("unknown export format"));
}

Result<void> Exporter::writeThroughOutputs(const ExportSnapshot& snapshot, const OutputTargets& targets)
{
    auto outputs = OcrOutputs::create(targets);
    if (!outputs)
        return outputs.error();
    for (size_t i = 0; i < snapshot.pages.size(); ++i) {
        PipelinePage p;
        p.index = p.pageInInput = int(i);
        p.result.page = snapshot.pages[i];
        if (!targets.pdf.isEmpty()) {
            // The boxes refer to this image; encode it as the PDF's page image (no source bytes to reuse).
            const PixPtr pix = pixFromQImage(snapshot.images[i], p.result.page.dpiX, p.result.page.dpiY);
            if (!pix)
                return makeError(ErrorCode::Internal, tr("could not prepare page %1 for the PDF").arg(i + 1));
            auto encoded = encodeForPdf(pix.get(), PageImage{}, false);
            if (!encoded)
                return encoded.error();
            p.pdfImage = std::move(encoded).value();
        }
        if (auto r = (*outputs)->consume(p); !r)
            return r;
    }
    return (*outputs)->commit();
}

Result<void> Exporter::writeText(const ExportSnapshot& snapshot, const QString& destination)
{
    auto file = AtomicFile::create(destination, 0600);
    if (!file)
        return file.error();
    for (size_t i = 0; i < snapshot.pages.size(); ++i) {
        QByteArray text = snapshot.pages[i].plainText().toUtf8();
        if (i > 0)
            text.prepend('\f');  // like `vaultocr ocr --sidecar`
        if (auto r = file->write(text); !r)
            return r;
    }
    if (auto r = file->write(QByteArray("\n")); !r)
        return r;
    return file->commit();
}

Result<void> Exporter::writeHocr(const ExportSnapshot& snapshot, const QString& destination)
{
    auto file = AtomicFile::create(destination, 0600);
    if (!file)
        return file.error();
    if (auto r = file->write(HocrWriter::begin()); !r)
        return r;
    for (size_t i = 0; i < snapshot.pages.size(); ++i) {
        if (auto r = file->write(HocrWriter::page(snapshot.pages[i], int(i) + 1)); !r)
            return r;
    }
    if (auto r = file->write(HocrWriter::end()); !r)
        return r;
    return file->commit();
}

}  // namespace vo::ui
