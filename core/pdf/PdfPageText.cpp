#include "pdf/PdfPageText.h"

#include "pdf/PdfGraftGeometry.h"

#include <algorithm>

namespace vo {
namespace {

// A word whose box lies at least this much (of its area) on visible text is that text.
constexpr double kCoveredFraction = 0.5;

double area(const QRectF& r) { return std::max(0.0, r.width()) * std::max(0.0, r.height()); }

// Groups words (already in reading order, with line and block numbers) into the model.
std::vector<OcrBlock> blocksOf(const std::vector<PageTextWord>& words, const QTransform& toModel)
{
    std::vector<OcrBlock> blocks;
    int lastBlock = -1, lastLine = -1;
    for (const PageTextWord& w : words) {
        if (blocks.empty() || w.block != lastBlock) {
            blocks.emplace_back();
            lastLine = -1;
        }
        OcrBlock& block = blocks.back();
        if (block.lines.empty() || w.line != lastLine)
            block.lines.emplace_back();
        OcrLine& line = block.lines.back();
        OcrWord word;
        word.text = w.text;
        word.box = toModel.mapRect(w.box).toAlignedRect();
        word.confidence = 100;
        line.words.push_back(word);
        line.box |= word.box;
        block.box |= word.box;
        lastBlock = w.block;
        lastLine = w.line;
    }
    return blocks;
}

bool covered(const QRect& word, const std::vector<QRectF>& visible)
{
    const QRectF w(word);
    const double a = area(w);
    if (a <= 0)
        return false;
    return std::any_of(visible.begin(), visible.end(),
                       [&](const QRectF& v) { return area(w.intersected(v)) >= kCoveredFraction * a; });
}

}  // namespace

RecognizedPage keptPageModel(const PageImage& image)
{
    RecognizedPage r;
    const PdfPageInfo& info = *image.pdf;
    r.page.imageSize = info.renderedSize;
    r.page.dpiX = image.dpiX;
    r.page.dpiY = image.dpiY;
    r.page.blocks = blocksOf(info.words, QTransform());
    if (image.pix)
        r.cleaned.reset(pixClone(image.pix.get()));
    r.cleanedIsSource = true;
    return r;
}

void mergeVisibleText(OcrPage& page, PdfPageInfo& info)
{
    const QTransform toModel = cleanedToRendered(page, info.renderedSize).inverted();
    std::vector<QRectF> visible;
    visible.reserve(info.words.size());
    for (const PageTextWord& w : info.words)
        visible.push_back(toModel.mapRect(w.box));
    std::vector<OcrBlock> kept;
    for (OcrBlock& block : page.blocks) {
        OcrBlock b;
        for (OcrLine& line : block.lines) {
            OcrLine l;
            l.baseline = line.baseline;
            for (OcrWord& word : line.words) {
                if (covered(word.box, visible))
                    continue;
                l.box |= word.box;
                l.words.push_back(std::move(word));
            }
            if (!l.words.empty()) {
                b.box |= l.box;
                b.lines.push_back(std::move(l));
            }
        }
        if (!b.lines.empty())
            kept.push_back(std::move(b));
    }
    info.ocrBlockCount = int(kept.size());
    for (OcrBlock& b : blocksOf(info.words, toModel))
        kept.push_back(std::move(b));
    page.blocks = std::move(kept);
}

}  // namespace vo
