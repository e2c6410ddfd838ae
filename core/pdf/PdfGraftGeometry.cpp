#include "pdf/PdfGraftGeometry.h"

#include "input/PdfPageGeometry.h"

namespace vo {
namespace {

// The Preprocessor's quarter turn (pixRotateOrth, clockwise) as a pixel transform of an image
// of `source` size: turned pixel = source pixel · F.
QTransform quarterTurn(int clockwiseDegrees, QSize source)
{
    const double w = source.width(), h = source.height();
    switch (((clockwiseDegrees / 90) % 4 + 4) % 4) {
    case 1: return QTransform(0, 1, -1, 0, h, 0);   // (x, y) → (h − y, x)
    case 2: return QTransform(-1, 0, 0, -1, w, h);  // (x, y) → (w − x, h − y)
    case 3: return QTransform(0, -1, 1, 0, 0, w);   // (x, y) → (y, w − x)
    default: return {};
    }
}

}  // namespace

QTransform cleanedToRendered(const OcrPage& page, QSize renderedSize)
{
    // Deskew (pixRotate, clockwise positive, about the centre, same size): straight = c + R(θ)(p − c).
    const double cx = page.imageSize.width() / 2.0, cy = page.imageSize.height() / 2.0;
    const QTransform undoDeskew = QTransform::fromTranslate(-cx, -cy) * QTransform().rotate(-page.deskewDegrees)
                                  * QTransform::fromTranslate(cx, cy);
    return undoDeskew * quarterTurn(page.rotationApplied, renderedSize).inverted();
}

QTransform textLayerMatrix(const OcrPage& page, const PdfPageInfo& info)
{
    const double dpiX = page.dpiX > 0 ? page.dpiX : 300, dpiY = page.dpiY > 0 ? page.dpiY : 300;
    // Points of the cleaned image (y up) → its pixels (y down).
    const QTransform pointsToPixels(dpiX / 72.0, 0, 0, -dpiY / 72.0, 0, page.imageSize.height());
    return pointsToPixels * cleanedToRendered(page, info.renderedSize) * info.pixelToUser;
}

SourcePagePlacement sourcePagePlacement(const OcrPage& page, QSize sourcePixels, double sourceDpiX, double sourceDpiY)
{
    const double dpiX = sourceDpiX > 0 ? sourceDpiX : 300, dpiY = sourceDpiY > 0 ? sourceDpiY : 300;
    SourcePagePlacement p;
    p.size = QSizeF(sourcePixels.width() * 72.0 / dpiX, sourcePixels.height() * 72.0 / dpiY);
    p.rotate = ((page.rotationApplied / 90) % 4 + 4) % 4 * 90;
    PdfPageBox box;
    box.visible = QRectF(QPointF(0, 0), p.size);
    PdfPageInfo info;
    info.renderedSize = sourcePixels;
    info.pixelToUser = box.pixelToUser(dpiX, dpiY);
    p.layerMatrix = textLayerMatrix(page, info);
    return p;
}

}  // namespace vo
