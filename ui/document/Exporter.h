#pragma once
// Writes the open document — with the user's corrections — as a searchable PDF, plain text or
// hOCR. Runs on a worker thread from a snapshot (values only). The output appears complete or not
// at all (AtomicFile / SearchablePdfWriter); nothing else touches the disk.

#include "ocr/OcrPage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <vector>

namespace vo::ui {

class OpenDocument;

enum class ExportFormat { Pdf, Text, Hocr };

struct ExportSnapshot {
    std::vector<OcrPage> pages;
    std::vector<QImage> images;  // implicitly shared: no pixel copy

    static ExportSnapshot of(const OpenDocument& document);
};

class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static QString suffix(ExportFormat format);
    // Blocking: call from a worker thread.
    static Result<void> write(const ExportSnapshot& snapshot, const QString& destination, ExportFormat format);

private:
    static Result<void> writePdf(const ExportSnapshot& snapshot, const QString& destination);
    static Result<void> writeText(const ExportSnapshot& snapshot, const QString& destination);
    static Result<void> writeHocr(const ExportSnapshot& snapshot, const QString& destination);
};

}  // namespace vo::ui
