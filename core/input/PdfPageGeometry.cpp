#include "input/PdfPageGeometry.h"

#include <qpdf/QPDFPageObjectHelper.hh>

#include <QtMath>

#include <optional>

namespace vo {
namespace {

constexpr double kPointsPerInch = 72.0;

std::optional<QRectF> rectOf(QPDFObjectHandle box)
{
    if (!box.isArray() || box.getArrayNItems() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        QPDFObjectHandle n = box.getArrayItem(i);
        if (!n.isNumber())
            return std::nullopt;
        v[i] = n.getNumericValue();
    }
    const QRectF r = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3])).normalized();
    if (!(r.width() > 0 && r.height() > 0))
        return std::nullopt;
    return r;
}

}  // namespace

QSizeF PdfPageBox::displayedSize() const
{
    return rotate % 180 == 0 ? visible.size() : visible.size().transposed();
}

QSize PdfPageBox::renderedSize(double dpiX, double dpiY) const
{
    const QSizeF pt = displayedSize();
    return {qCeil(pt.width() * dpiX / kPointsPerInch), qCeil(pt.height() * dpiY / kPointsPerInch)};
}

QTransform PdfPageBox::pixelToUser(double dpiX, double dpiY) const
{
    // Pixel → displayed points (x right, y down from the top left of the displayed page).
    const QTransform toPoints = QTransform::fromScale(kPointsPerInch / dpiX, kPointsPerInch / dpiY);
    const double x0 = visible.left(), y0 = visible.top(), x1 = visible.right(), y1 = visible.bottom();
    // Displayed (u right, v down) → user space. QRectF's top() is the smaller y: here the bottom
    // edge of the page in PDF terms, bottom() the top edge.
    // QTransform(m11, m12, m21, m22, dx, dy): x' = m11·u + m21·v + dx, y' = m12·u + m22·v + dy.
    QTransform toUser;
    switch (rotate) {
    case 90: toUser = QTransform(0, 1, 1, 0, x0, y0); break;        // top left shows (x0, y0)
    case 180: toUser = QTransform(-1, 0, 0, 1, x1, y0); break;      // top left shows (x1, y0)
    case 270: toUser = QTransform(0, -1, -1, 0, x1, y1); break;     // top left shows (x1, y1)
    default: toUser = QTransform(1, 0, 0, -1, x0, y1); break;       // top left shows (x0, y1)
    }
    return toPoints * toUser;
}

PdfPageBox pdfPageBox(QPDFPageObjectHelper& page)
{
    PdfPageBox box;
    const QRectF media = rectOf(page.getAttribute("/MediaBox", false)).value_or(QRectF(0, 0, 612, 792));
    const std::optional<QRectF> crop = rectOf(page.getAttribute("/CropBox", false));
    box.visible = crop ? crop->intersected(media) : media;
    if (box.visible.isEmpty())
        box.visible = media;
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (rotate.isInteger()) {
        const long long r = ((rotate.getIntValue() % 360) + 360) % 360;
        box.rotate = r % 90 == 0 ? int(r) : 0;
    }
    return box;
}

}  // namespace vo
