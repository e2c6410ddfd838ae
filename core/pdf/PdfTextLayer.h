#pragma once
// The invisible text of one page as content-stream operators. Each OCR word becomes one run of
// glyphless-font text in render mode 3: the text matrix sits on the word's baseline (or the box
// bottom when the OCR gave none) and is rotated with it, the advance is scaled (Tz) to the
// word's width, a text rise (Ts) lowers the glyph box by the word's descent, and the font
// variant (see GlyphlessFont) makes the box exactly as tall as the word. So the reader's word box
// is the OCR word box. All words of a block share one font size, because readers build lines
// and blocks only from equal sizes; the rise (at most a descender, well under half the size)
// does not split lines. Between two words of a line an explicit space fills the gap, so readers
// that do not infer spaces still copy "word word". Reading order is the model's order: blocks,
// lines, words.

#include "ocr/OcrPage.h"
#include "pdf/GlyphlessFont.h"

#include <QByteArray>
#include <QPointF>
#include <QSizeF>

#include <set>
#include <vector>

namespace vo {

// Pixel → point mapping of one page: x right, y up, origin bottom left.
class PageGeometry {
public:
    // Returns an invalid geometry for an empty image size or a non-positive resolution.
    static PageGeometry of(const OcrPage& page);
    bool isValid() const { return m_size.width() > 0 && m_size.height() > 0; }
    QSizeF sizeInPoints() const { return m_size; }
    QPointF toPoints(const QPointF& pixel) const
    {
        return {pixel.x() * m_sx, m_size.height() - pixel.y() * m_sy};
    }

private:
    QSizeF m_size;
    double m_sx = 0;
    double m_sy = 0;
};

struct PageText {
    QByteArray content;           // BT … ET, empty without words
    std::vector<GlyphBox> fonts;  // the variants used, sorted, each named by fontResourceName()
};

PageText pdfTextLayer(const OcrPage& page);
// Adds the high bytes of the UTF-16 code units the text layer of `page` shows (0x00 always:
// the spaces between words), for a ToUnicode map that covers just those.
void collectHighBytes(const OcrPage& page, std::set<int>& highBytes);
// The page resource name of a font variant, e.g. "/G730".
QByteArray fontResourceName(GlyphBox box);

}  // namespace vo
