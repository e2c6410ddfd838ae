#pragma once
// Turns a page image as the vault stores it (the PDF-ready PdfImage: JPEG, Flate raster or CCITT
// G4) back into a QImage for display — in memory only, on a worker thread. The G4 strip is
// wrapped in a minimal TIFF header in memory and decoded by leptonica (no temporary file).

#include "pdf/PdfImage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>

namespace vo::ui {

class PageImageDecoder {
    Q_DECLARE_TR_FUNCTIONS(PageImageDecoder)

public:
    static Result<QImage> decode(const PdfImage& image);

    // Exposed for tests.
    static QByteArray tiffForG4(const PdfImage& image);

private:
    static Result<QImage> decodeFlate(const PdfImage& image);
    static Result<QImage> decodeG4(const PdfImage& image);
};

}  // namespace vo::ui
