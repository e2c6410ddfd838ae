#pragma once
// Writes the open document — with the user's corrections — as a searchable PDF (optionally PDF/A
// or encrypted), plain text, hOCR or ALTO XML, when no vault holds it (a stored document is
// exported by the vault). Runs on a worker thread from a snapshot (values only). The output
// appears complete or not at all (AtomicFile / OcrOutputs); nothing else touches the disk.

#include "ocr/OcrPage.h"
#include "pdf/PdfExportOptions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <vector>

namespace vo {
struct OutputTargets;
}

namespace vo::ui {

class OpenDocument;

enum class ExportFormat { Pdf, Text, Hocr, Alto };

// Deep copies, not shallow ones: a lock during the export wipes the document's own buffers, and
// must not zero what the worker is writing. The snapshot wipes its copies when it goes away.
struct ExportSnapshot {
    std::vector<OcrPage> pages;
    std::vector<QImage> images;

    ExportSnapshot() = default;
    ExportSnapshot(const ExportSnapshot&) = delete;
    ExportSnapshot& operator=(const ExportSnapshot&) = delete;
    ExportSnapshot(ExportSnapshot&&) = default;
    ExportSnapshot& operator=(ExportSnapshot&&) = default;
    ~ExportSnapshot();

    static ExportSnapshot of(const OpenDocument& document);
};

class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static QString suffix(ExportFormat format);
    // Blocking: call from a worker thread.
    static Result<void> write(const ExportSnapshot& snapshot, const QString& destination, ExportFormat format,
                              const PdfExportOptions& pdfOptions = {});

private:
    // PDF and ALTO through the same sink as `vaultocr ocr` and the vault's export.
    static Result<void> writeThroughOutputs(const ExportSnapshot& snapshot, const OutputTargets& targets);
    static Result<void> writeText(const ExportSnapshot& snapshot, const QString& destination);
    static Result<void> writeHocr(const ExportSnapshot& snapshot, const QString& destination);
};

}  // namespace vo::ui
