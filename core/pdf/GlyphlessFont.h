#pragma once
// The invisible text layer's font: Type0 / CIDFontType2 fonts over tesseract's one-glyph
// pdf.ttf. Every 2-byte code (Identity-H) is a CID, every CID maps to glyph 1 and advances by
// the same fixed width (/DW), and a ToUnicode CMap maps each code back to the same UTF-16 code
// unit, so the text is written as UTF-16BE and extracts as Unicode.
//
// Why variants: readers (poppler's pdftotext, evince, okular) compute a word's box as
// base … base + ascent·size with the ascent from the font descriptor, and they group words into
// lines and blocks only when the font sizes agree (within 5 % between lines, 20 % along a line).
// So every word of a block gets the same size, and its own height (with or without ascenders
// and descenders) is expressed by a font whose descriptor /Ascent is that height as a fraction
// of the size. The variants share one font program, CIDToGIDMap and ToUnicode stream and are
// written only when first used; there are at most a few hundred per document.

#include "util/Result.h"

#include <QByteArray>

#include <map>
#include <set>
#include <utility>

namespace vo {

class PdfObjectWriter;

// A variant: the glyph box height in thousandths of the font size (1..2999; readers ignore
// metrics of 3 em and more). The descriptor says /Ascent height /Descent -1.
struct GlyphBox {
    int height = 1000;
    auto operator<=>(const GlyphBox&) const = default;
};

class GlyphlessFont {
public:
    // Advance of every glyph in text space units (1000 = 1 em); see the font's /DW.
    static constexpr int kAdvance = 500;

    // Reads pdf.ttf from $TESSDATA_PREFIX (or $TESSDATA_PREFIX/tessdata) when the variable is
    // set, else from the system tessdata directories.
    static Result<GlyphlessFont> load();

    // Type0 font object of the variant, writing it (and the shared streams) on first use.
    int variant(PdfObjectWriter& out, GlyphBox box);
    size_t variantCount() const { return m_variants.size(); }

    // The pieces, for writers that build objects themselves (the qpdf-based PdfAssembler).
    // `…Ref` arguments are indirect references ("12 0 R").
    const QByteArray& program() const { return m_program; }
    static QByteArray cidToGidMap();    // uncompressed stream data
    static QByteArray toUnicodeCMap();  // uncompressed stream data, every code
    // Only the codes whose high byte is in `highBytes` (the rest are never shown): a few
    // hundred bytes instead of ~1.7 KB compressed for the whole identity map.
    static QByteArray toUnicodeCMap(const std::set<int>& highBytes);
    // Writes the ToUnicode CMap reserved by the first variant, for the codes used (see
    // collectHighBytes). Call once before the writer finishes; nothing happens without variants.
    void finish(PdfObjectWriter& out, const std::set<int>& highBytes);
    static QByteArray type0Dictionary(const QByteArray& cidFontRef, const QByteArray& toUnicodeRef);
    static QByteArray cidFontDictionary(const QByteArray& descriptorRef, const QByteArray& gidMapRef);
    static QByteArray descriptorDictionary(GlyphBox box, const QByteArray& fontFileRef);

private:
    void writeShared(PdfObjectWriter& out);

    QByteArray m_program;
    int m_fontFile = 0;
    int m_gidMap = 0;
    int m_toUnicode = 0;
    std::map<GlyphBox, int> m_variants;
};

}  // namespace vo
