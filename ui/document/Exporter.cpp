#include "document/Exporter.h"

#include "app/ThreadProbe.h"
#include "document/OpenDocument.h"
#include "input/PageImage.h"
#include "ocr/HocrWriter.h"
#include "pdf/PdfImage.h"
#include "pdf/SearchablePdfWriter.h"
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
        s.pages.push_back(page.ocr);
        s.images.push_back(page.image);
    }
    return s;
}

QString Exporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Text: return QStringLiteral("txt");
    case ExportFormat::Hocr: return QStringLiteral("hocr");
    }
    return {};
}

Result<void> Exporter::write(const ExportSnapshot& snapshot, const QString& destination, ExportFormat format)
{
    probe::record(QStringLiteral("export"));
    if (snapshot.pages.empty())
        return makeError(ErrorCode::Usage, tr("the document has no recognised pages to export"));
    switch (format) {
    case ExportFormat::Pdf: return writePdf(snapshot, destination);
    case ExportFormat::Text: return writeText(snapshot, destination);
    case ExportFormat::Hocr: return writeHocr(snapshot, destination);
    }
    return makeError(ErrorCode::Internal, tr("unknown export format"));
}

Result<void> Exporter::writePdf(const ExportSnapshot& snapshot, const QString& destination)
{
    auto writer = SearchablePdfWriter::create(destination);
    if (!writer)
        return writer.error();
    for (size_t i = 0; i < snapshot.pages.size(); ++i) {
        const OcrPage& page = snapshot.pages[i];
        // The boxes refer to this image; encode it as the PDF's page image (no source bytes to reuse).
        const PixPtr pix = pixFromQImage(snapshot.images[i], page.dpiX, page.dpiY);
        if (!pix)
            return makeError(ErrorCode::Internal, tr("could not prepare page %1 for the PDF").arg(i + 1));
        auto encoded = encodeForPdf(pix.get(), PageImage{}, false);
        if (!encoded)
            return encoded.error();
        if (auto r = (*writer)->addPage(*encoded, page); !r)
            return r;
    }
    return (*writer)->finish();
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
