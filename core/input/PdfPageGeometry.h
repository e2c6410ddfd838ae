#pragma once
// Where a rendered PDF page's pixels are in the page's own coordinates. Poppler renders the
// visible area (the CropBox, clipped to the MediaBox) turned by the page's /Rotate, at the given
// resolution, with the origin at the top left; PDF user space has its origin wherever the boxes
// say (often not 0,0) and y going up. The transform below undoes all of that, so a word found at
// pixel (x, y) of the rendering can be placed exactly on the page.

#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QTransform>

class QPDFPageObjectHelper;

namespace vo {

struct PdfPageBox {
    QRectF visible;  // CropBox ∩ MediaBox in user space (x0, y0 bottom left; width, height > 0)
    int rotate = 0;  // 0, 90, 180 or 270: clockwise turn for display

    // The displayed size in points (width and height swapped by a quarter turn).
    QSizeF displayedSize() const;
    // Rendered pixel (x right, y down, at dpiX × dpiY) → user space.
    QTransform pixelToUser(double dpiX, double dpiY) const;
    // The rendered image's size, as poppler makes it.
    QSize renderedSize(double dpiX, double dpiY) const;
};

// Reads the effective boxes and rotation (inheritance already resolved); malformed values fall
// back the way poppler does (MediaBox → US Letter, CropBox → MediaBox, /Rotate → 0). May throw.
PdfPageBox pdfPageBox(QPDFPageObjectHelper& page);

}  // namespace vo
