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
// Variant heights are rounded on a geometric scale, in steps of 15 %: a box is at most 7.5 % too
// tall or short whatever its height (a dash or a rule as much as a capital; a linear 1/10 of the
// size made a dash's box twice its height), and body text between x-height and full height needs
// about 5 variants. 10 % steps left body text pages ~0.3 % larger than tesseract's own layer. Each variant costs three small
// objects, and each change of variant between words a Tf in the content stream: at 1/100 of the
// size a page of receipts needed 60 variants, 35 KB — more than the rest of its text layer.
constexpr double kHeightRatio = 1.15;

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

// The line's baseline sets the angle for all its words: tesseract fits it over the whole line,
// while a short word's own baseline is a noisy guess that would tilt neighbours differently.
std::optional<WordRun> placeWord(const OcrWord& word, const QLineF& lineBaseline, const PageGeometry& geo)
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
    for (const QLineF& baseline : {lineBaseline, word.baseline}) {
        if (baseline.isNull())
            continue;
        const QPointF p1 = geo.toPoints(baseline.p1()), p2 = geo.toPoints(baseline.p2());
        const double dx = p2.x() - p1.x(), dy = p2.y() - p1.y();
        if (dx > 0 && std::abs(std::atan2(dy, dx)) <= kMaxTiltRadians) {
            // Clip the baseline to the box's horizontal extent, whatever span the OCR gave it.
            const double m = dy / dx;
            start = QPointF(left, p1.y() + m * (left - p1.x()));
            stop = QPointF(right, p1.y() + m * (right - p1.x()));
            break;
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
    const double height = std::max((r.ascent + r.descent) / size, 1e-3);
    const double rounded = std::pow(kHeightRatio, std::round(std::log(height) / std::log(kHeightRatio)));
    return GlyphBox{std::clamp(int(std::lround(rounded * 1000)), 1, 2990)};
}

// Horizontal scaling (percent) that makes `units` glyphs at `fontSize` advance `length`.
double stretch(double length, int units, double fontSize)
{
    return 100.0 * length * 1000.0 / (units * GlyphlessFont::kAdvance * fontSize);
}

// Font, rise and scaling are text state that lasts for the whole content stream: each is written
// only when it changes, which on a page of body text leaves little but the positions and words.
// One decimal is plenty for each (size and rise within 0.05 pt, a word's width within 0.05 %) and
// the fewer distinct numbers the better the stream compresses.
class TextState {
public:
    void set(QByteArray& out, const QByteArray& font, double size, double rise, double scale)
    {
        const QByteArray f = font + ' ' + pdfNumber(size, 1);
        if (f != m_font)
            out += f + " Tf ";
        m_font = f;
        setOperand(out, m_rise, pdfNumber(rise, 1), " Ts ");
        setScale(out, scale);
    }
    void setScale(QByteArray& out, double scale) { setOperand(out, m_scale, pdfNumber(scale, 1), " Tz "); }

    // Moves to the run's origin. A run at the same angle as the current text matrix (the next
    // word of a line, or of any line at the page's tilt) is reached with a short Td offset in text
    // space; only a change of angle costs a full matrix. Three decimals for the rotation (0.05 pt
    // across a 100 pt word), two for distances. The offsets are taken from where the reader's
    // running sum of rounded offsets actually is, so rounding never accumulates along a page.
    void moveTo(QByteArray& out, const WordRun& run)
    {
        const QByteArray cosA = pdfNumber(run.cosA, 3), sinA = pdfNumber(run.sinA, 3);
        if (m_haveMatrix && cosA == m_cosText && sinA == m_sinText) {
            // The inverse of the rounded matrix, which is not quite a rotation any more.
            const double dx = run.origin.x() - m_x, dy = run.origin.y() - m_y;
            const double det = m_cos * m_cos + m_sin * m_sin;
            const double tx = round2((dx * m_cos + dy * m_sin) / det), ty = round2((-dx * m_sin + dy * m_cos) / det);
            out += pdfNumber(tx, 2) + ' ' + pdfNumber(ty, 2) + " Td ";
            m_x += tx * m_cos - ty * m_sin;
            m_y += tx * m_sin + ty * m_cos;
            return;
        }
        m_haveMatrix = true;
        m_cosText = cosA;
        m_sinText = sinA;
        m_cos = cosA.toDouble();
        m_sin = sinA.toDouble();
        m_x = round2(run.origin.x());
        m_y = round2(run.origin.y());
        out += cosA + ' ' + sinA + ' ' + pdfNumber(-m_sin, 3) + ' ' + cosA + ' ' + pdfNumber(m_x, 2) + ' '
               + pdfNumber(m_y, 2) + " Tm ";
    }

private:
    static void setOperand(QByteArray& out, QByteArray& current, const QByteArray& value, const char* op)
    {
        if (value != current)
            out += value + op;
        current = value;
    }
    static double round2(double v) { return std::round(v * 100) / 100; }

    QByteArray m_font, m_rise, m_scale;
    bool m_haveMatrix = false;
    QByteArray m_cosText, m_sinText;
    double m_cos = 1, m_sin = 0, m_x = 0, m_y = 0;
};

void emitLine(QByteArray& out, const LineRuns& runs, double size, std::set<GlyphBox>& fonts, TextState& state)
{
    for (size_t i = 0; i < runs.size(); ++i) {
        const WordRun& r = runs[i];
        const GlyphBox box = glyphBoxFor(r, size);
        fonts.insert(box);
        // The rise to 1/20 of the size: finer would record each box bottom's pixel noise, word by
        // word, in the content stream.
        const double riseStep = size / 20;
        state.set(out, fontResourceName(box), size, -std::round(r.descent / riseStep) * riseStep,
                  stretch(r.length, r.units, size));
        state.moveTo(out, r);
        // Words are separated by a space in the word's own string, at the word's scaling, as
        // tesseract's renderer does: the next word is placed by its own Td, so the space only has
        // to be there for copy-paste and search, not to span the gap. Stretching each space to
        // its gap cost two scaling changes per word, a sixth of the compressed text layer.
        out += '<' + r.hex + (i + 1 == runs.size() ? "> Tj\n" : "0020> Tj\n");
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
    TextState state;
    std::vector<LineRuns> lines;
    for (const OcrBlock& block : page.blocks) {
        lines.clear();
        for (const OcrLine& line : block.lines) {
            LineRuns runs;
            for (const OcrWord& word : line.words)
                if (auto run = placeWord(word, line.baseline, geo))
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
            emitLine(text.content, runs, size, fonts, state);
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
