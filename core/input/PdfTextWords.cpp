#include "input/PdfTextWords.h"

#include <poppler-qt6.h>

#include <algorithm>

namespace vo {
namespace {

// A line further below the previous one than this many of its own heights starts a new block:
// a paragraph gap, not the leading between lines of one paragraph.
constexpr double kBlockGap = 1.0;

}  // namespace

std::vector<PageTextWord> pdfTextWords(const Poppler::Page& page, double dpiX, double dpiY)
{
    // Points of the displayed page (rotated and cropped like the rendering) → pixels.
    const double sx = dpiX / 72.0, sy = dpiY / 72.0;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    std::vector<PageTextWord> words;
    words.reserve(boxes.size());
    const Poppler::TextBox* previous = nullptr;
    QRectF lineBox;
    int line = 0, block = 0;
    for (const auto& box : boxes) {
        const QString text = box->text().trimmed();
        if (text.isEmpty())
            continue;
        const QRectF r = box->boundingBox();
        const QRectF px(r.left() * sx, r.top() * sy, r.width() * sx, r.height() * sy);
        // poppler links the words of one line (nextWord); anything else starts a new line.
        if (previous && previous->nextWord() != box.get()) {
            ++line;
            const double gap = px.top() - lineBox.bottom();
            if (gap > kBlockGap * std::max(lineBox.height(), 1.0) || px.bottom() < lineBox.top())
                ++block;
            lineBox = QRectF();
        }
        lineBox = lineBox.isNull() ? px : lineBox.united(px);
        words.push_back({text, px, line, block});
        previous = box.get();
    }
    return words;
}

}  // namespace vo
