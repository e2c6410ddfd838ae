#include "pdf/PdfTextLayer.h"

#include "pdf/PdfObjectWriter.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace vo {
namespace {

// A word's placement in points: origin on the baseline at the word's left edge, unit direction
// along the baseline, advance length, and the signed extent above (ascent) and below (descent)
// the baseline, measured perpendicular to it.
struct WordRun {
    QByteArray hex;  // UTF-16BE code units, hex
    int units = 0;
    QPointF origin;
    double cosA = 1, sinA = 0;
    double length = 0;
    double ascent = 0;
    double descent = 0;
    QPointF end() const { return origin + QPointF(length * cosA, length * sinA); }
};
using LineRuns = std::vector<WordRun>;

// Beyond this the "baseline" is more likely garbage than a tilt (the page was deskewed).
constexpr double kMaxTiltRadians = 0.5;  // ~29°
// Variant heights are rounded to 1/20 of the font size: a box is at most 2.5 % of the size too
// tall or short (well inside what search highlights and IoU measures notice), and a document
// needs at most ~60 variants, typically 10-20. Each variant costs three small objects (~0.5 KB):
// at 1/100 a page of receipts needed 60 of them, 35 KB — more than the rest of its text layer.
constexpr int kHeightSteps = 20;

QByteArray utf16Hex(const QString& text, int* units)
{
    QByteArray out;
    *units = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            continue;  // control characters would only confuse copy-paste
        out += QByteArray::number(uint(u), 16).rightJustified(4, '0').toUpper();
        ++*units;
    }
    return out;
}

std::optional<WordRun> placeWord(const OcrWord& word, const PageGeometry& geo)
{
    WordRun run;
    run.hex = utf16Hex(word.text, &run.units);
    if (run.units == 0 || word.box.isEmpty())
        return std::nullopt;
    // QRect's right()/bottom() are inclusive pixel indices; the box covers up to right()+1.
    const QPointF topLeft = geo.toPoints(QPointF(word.box.left(), word.box.top()));
    const QPointF bottomRight = geo.toPoints(QPointF(word.box.left() + word.box.width(),
                                                     word.box.top() + word.box.height()));
    const double left = topLeft.x(), right = bottomRight.x();
    const double top = topLeft.y(), bottom = bottomRight.y();

    QPointF start(left, bottom), stop(right, bottom);
    if (!word.baseline.isNull()) {
        const QPointF p1 = geo.toPoints(word.baseline.p1()), p2 = geo.toPoints(word.baseline.p2());
        const double dx = p2.x() - p1.x(), dy = p2.y() - p1.y();
        if (dx > 0 && std::abs(std::atan2(dy, dx)) <= kMaxTiltRadians) {
            // Clip the baseline to the box's horizontal extent, whatever span the OCR gave it.
            const double m = dy / dx;
            start = QPointF(left, p1.y() + m * (left - p1.x()));
            stop = QPointF(right, p1.y() + m * (right - p1.x()));
        }
    }
    const double angle = std::atan2(stop.y() - start.y(), stop.x() - start.x());
    run.origin = start;
    run.cosA = std::cos(angle);
    run.sinA = std::sin(angle);
    run.length = std::hypot(stop.x() - start.x(), stop.y() - start.y());
    // The box is axis-aligned around the tilted word: its top touches the higher baseline end
    // plus the ascent, its bottom the lower end minus the descent.
    run.ascent = (top - std::max(start.y(), stop.y())) / run.cosA;
    run.descent = (std::min(start.y(), stop.y()) - bottom) / run.cosA;
    if (run.ascent + run.descent <= 0 || run.length <= 0)
        return std::nullopt;
    return run;
}

// The word's font variant for a block font size of `size` points.
GlyphBox glyphBoxFor(const WordRun& r, double size)
{
    const int steps = int(std::lround((r.ascent + r.descent) / size * kHeightSteps));
    return GlyphBox{std::clamp(steps * (1000 / kHeightSteps), 1, 2990)};
}

// Text matrix with the origin at the run's start, rotated by the run's angle.
QByteArray textMatrix(const WordRun& run)
{
    return pdfNumber(run.cosA) + ' ' + pdfNumber(run.sinA) + ' ' + pdfNumber(-run.sinA) + ' '
           + pdfNumber(run.cosA) + ' ' + pdfNumber(run.origin.x()) + ' ' + pdfNumber(run.origin.y()) + " Tm ";
}

// Horizontal scaling (percent) that makes `units` glyphs at `fontSize` advance `length`.
double stretch(double length, int units, double fontSize)
{
    return 100.0 * length * 1000.0 / (units * GlyphlessFont::kAdvance * fontSize);
}

void emitLine(QByteArray& out, const LineRuns& runs, double size, std::set<GlyphBox>& fonts)
{
    for (size_t i = 0; i < runs.size(); ++i) {
        const WordRun& r = runs[i];
        const GlyphBox box = glyphBoxFor(r, size);
        fonts.insert(box);
        out += fontResourceName(box) + ' ' + pdfNumber(size) + " Tf " + pdfNumber(-r.descent) + " Ts "
               + pdfNumber(stretch(r.length, r.units, size)) + " Tz " + textMatrix(r) + '<' + r.hex + "> Tj\n";
        if (i + 1 == runs.size())
            continue;
        // The space starts where the word ends (the scaled advance put the pen there) and
        // stretches to the next word's start, measured along this word's baseline.
        const QPointF gap = runs[i + 1].origin - r.end();
        const double gapAlong = std::max(gap.x() * r.cosA + gap.y() * r.sinA, 0.01 * size);
        out += pdfNumber(stretch(gapAlong, 1, size)) + " Tz <0020> Tj\n";
    }
}

// The value below which `fraction` of the values lie.
double quantile(std::vector<double> v, double fraction)
{
    if (v.empty())
        return 0;
    const auto at = v.begin() + std::ptrdiff_t(fraction * double(v.size() - 1) + 0.5);
    std::nth_element(v.begin(), at, v.end());
    return *at;
}

// One size for the whole block, close to the type's ascender-to-descender height, from the
// upper quartiles of the words' ascents and descents: ordinary words set it, not outliers (an
// OCR'd rule "|", brackets, accented capitals, a drop cap). That matters because readers judge
// spacing relative to the size: they glue two words whose gap is under ~0.1-0.15 of it and pull
// words within 1 size of a block's edge into the block, so a size well above the type's own
// runs words and columns together. Text without descenders (capitals, digits) still gets a
// descent of 0.3 ascent so lines of a paragraph stay within the readers' 1.5-size line pitch.
double blockFontSize(const std::vector<LineRuns>& lines)
{
    std::vector<double> ascents, descents;
    for (const LineRuns& line : lines)
        for (const WordRun& r : line) {
            ascents.push_back(std::max(r.ascent, 0.0));
            descents.push_back(std::max(r.descent, 0.0));
        }
    const double ascent = quantile(ascents, 0.75);
    const double size = ascent + std::max(quantile(descents, 0.75), 0.3 * ascent);
    return size > 0 ? size : quantile(ascents, 1.0) + quantile(descents, 1.0);
}

}  // namespace

PageGeometry PageGeometry::of(const OcrPage& page)
{
    PageGeometry g;
    if (page.imageSize.isEmpty() || page.dpiX <= 0 || page.dpiY <= 0)
        return g;
    g.m_sx = 72.0 / page.dpiX;
    g.m_sy = 72.0 / page.dpiY;
    g.m_size = QSizeF(page.imageSize.width() * g.m_sx, page.imageSize.height() * g.m_sy);
    return g;
}

QByteArray fontResourceName(GlyphBox box)
{
    return "/G" + QByteArray::number(box.height);
}

PageText pdfTextLayer(const OcrPage& page)
{
    PageText text;
    const PageGeometry geo = PageGeometry::of(page);
    if (!geo.isValid())
        return text;
    std::set<GlyphBox> fonts;
    std::vector<LineRuns> lines;
    for (const OcrBlock& block : page.blocks) {
        lines.clear();
        for (const OcrLine& line : block.lines) {
            LineRuns runs;
            for (const OcrWord& word : line.words)
                if (auto run = placeWord(word, geo))
                    runs.push_back(std::move(*run));
            if (!runs.empty())
                lines.push_back(std::move(runs));
        }
        const double size = blockFontSize(lines);
        if (lines.empty() || size <= 0)
            continue;
        if (text.content.isEmpty())
            text.content = "BT\n3 Tr\n";
        for (const LineRuns& runs : lines)
            emitLine(text.content, runs, size, fonts);
    }
    if (!text.content.isEmpty())
        text.content += "ET\n";
    text.fonts.assign(fonts.begin(), fonts.end());
    return text;
}

void collectHighBytes(const OcrPage& page, std::set<int>& highBytes)
{
    highBytes.insert(0);
    for (const OcrBlock& block : page.blocks)
        for (const OcrLine& line : block.lines)
            for (const OcrWord& word : line.words)
                for (const QChar c : word.text)
                    highBytes.insert(c.unicode() >> 8);
}

}  // namespace vo
