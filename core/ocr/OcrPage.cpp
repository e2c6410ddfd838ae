#include "ocr/OcrPage.h"

#include "util/PlaintextWipe.h"

#include <QStringList>

#include <algorithm>

namespace vo {
namespace {

constexpr double kPointsPerInch = 72.0;

// A zero or negative resolution would divide by zero; the model's default is 300.
double safeDpi(int dpi) { return dpi > 0 ? double(dpi) : 300.0; }

}  // namespace

QString OcrPage::plainText() const
{
    QStringList blockTexts;
    for (const OcrBlock& block : blocks) {
        QStringList lineTexts;
        for (const OcrLine& line : block.lines) {
            QStringList words;
            for (const OcrWord& w : line.words) {
                if (!w.text.isEmpty())
                    words << w.text;
            }
            if (!words.isEmpty())
                lineTexts << words.join(QLatin1Char(' '));
        }
        if (!lineTexts.isEmpty())
            blockTexts << lineTexts.join(QLatin1Char('\n'));
    }
    return blockTexts.join(QStringLiteral("\n\n"));
}

OcrPage OcrPage::deepCopy() const
{
    OcrPage copy = *this;
    for (OcrBlock& block : copy.blocks) {
        for (OcrLine& line : block.lines) {
            for (OcrWord& w : line.words)
                w.text = QString(w.text.constData(), w.text.size());
        }
    }
    return copy;
}

void OcrPage::wipeText() const
{
    for (const OcrBlock& block : blocks) {
        for (const OcrLine& line : block.lines) {
            for (const OcrWord& w : line.words)
                vo::wipeText(w.text);
        }
    }
}

int OcrPage::wordCount() const
{
    int n = 0;
    for (const OcrBlock& block : blocks) {
        for (const OcrLine& line : block.lines)
            n += int(std::count_if(line.words.begin(), line.words.end(),
                                   [](const OcrWord& w) { return !w.text.isEmpty(); }));
    }
    return n;
}

QSizeF OcrPage::sizeInPoints() const
{
    return {imageSize.width() * kPointsPerInch / safeDpi(dpiX),
            imageSize.height() * kPointsPerInch / safeDpi(dpiY)};
}

QRectF OcrPage::toPoints(const QRect& pixels) const
{
    const double sx = kPointsPerInch / safeDpi(dpiX);
    const double sy = kPointsPerInch / safeDpi(dpiY);
    // QRect's width()/height() count pixels, so left + width is the exclusive right edge.
    const double bottomFromTop = double(pixels.top()) + pixels.height();
    return {pixels.left() * sx, (imageSize.height() - bottomFromTop) * sy, pixels.width() * sx,
            pixels.height() * sy};
}

}  // namespace vo
