#pragma once
// Streams a searchable PDF page by page: each page shows its image at the image's own resolution
// with an invisible (render mode 3) text layer in a glyphless font, one word per OCR word, on its
// baseline and horizontally scaled to the word's width. Objects are written as pages arrive, so
// memory stays bounded whatever the page count. The file appears only at finish() (AtomicFile).

#include "ocr/OcrPage.h"
#include "pdf/PdfExportOptions.h"
#include "pdf/PdfImage.h"
#include "pdf/PdfTextLayer.h"
#include "util/AtomicFile.h"
#include "util/Result.h"

#include <memory>
#include <vector>

namespace vo {

class SearchablePdfWriter {
public:
    static Result<std::unique_ptr<SearchablePdfWriter>> create(const QString& destination);
    // With options.pdfa the file is PDF/A-2b. Encryption is not done here (PdfAssembler does it):
    // an encrypted request is an Internal error.
    static Result<std::unique_ptr<SearchablePdfWriter>> create(const QString& destination,
                                                               const PdfExportOptions& options);
    ~SearchablePdfWriter();

    // The page measures page.imageSize × 72 / dpi points (the image's size if imageSize is
    // empty); the image is stretched over it, so it may have another pixel size than the model.
    Result<void> addPage(const PdfImage& image, const OcrPage& page);
    // `image` is the page as it was loaded, before OCR turned and deskewed it (the model's
    // rotationApplied/deskewDegrees say how): the page shows it at its own resolution, /Rotate
    // shows it upright, and the text layer is mapped onto its words.
    Result<void> addSourcePage(const PdfImage& image, const OcrPage& page, int sourceDpiX, int sourceDpiY);
    // Writes the page tree, xref and trailer, then commits the file.
    Result<void> finish();

private:
    Result<void> writePage(const PdfImage& image, QSizeF size, int rotate, const QByteArray& text,
                           const std::vector<GlyphBox>& fonts);
    struct Impl;
    explicit SearchablePdfWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

}  // namespace vo
