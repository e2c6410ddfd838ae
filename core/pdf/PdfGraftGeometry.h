#pragma once
// The chain that puts an OCR word back on the original PDF page. The OCR model's boxes are in
// pixels of the cleaned image: the rendered page, turned upright by quarter turns (OSD) and then
// straightened by a small rotation about its centre (deskew). The text layer is generated in
// that image's points (PageGeometry) and placed with one matrix, so words keep their shape and
// tilt whatever the page's rotation, box origin or crop.

#include "input/PageImage.h"
#include "ocr/OcrPage.h"

#include <QTransform>

namespace vo {

// Cleaned-image pixel → rendered-page pixel: undoes the deskew, then the quarter turn.
// `renderedSize` is the rendered page's pixel size (before any turn).
QTransform cleanedToRendered(const OcrPage& page, QSize renderedSize);

// Cleaned-image points (PageGeometry: origin bottom left, y up) → PDF user space of the page.
QTransform textLayerMatrix(const OcrPage& page, const PdfPageInfo& info);

// A page that shows the source image as it was loaded (no re-encoding after turning or
// deskewing): its size in points at the source's resolution, the /Rotate that shows it upright
// (the quarter turn OCR applied), and the matrix that puts the cleaned image's text on it.
struct SourcePagePlacement {
    QSizeF size;
    int rotate = 0;
    QTransform layerMatrix;
};
SourcePagePlacement sourcePagePlacement(const OcrPage& page, QSize sourcePixels, double sourceDpiX, double sourceDpiY);

}  // namespace vo
