#pragma once
// Building VaultOCR's own PDF objects inside a qpdf document: the glyphless font variants, the
// invisible text layer as a Form XObject, and image pages like SearchablePdfWriter's. Used by
// PdfAssembler when pages come from PDF inputs or the output is encrypted. Calls may throw
// qpdf's exceptions; PdfAssembler catches them.

#include "ocr/OcrPage.h"
#include "pdf/GlyphlessFont.h"
#include "pdf/PdfGraftGeometry.h"
#include "pdf/PdfImage.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <QTransform>

#include <map>
#include <set>
#include <vector>

namespace vo {

class QpdfGlyphlessFonts {
public:
    QpdfGlyphlessFonts(QPDF& pdf, GlyphlessFont font);
    // A /Font resource dictionary naming each variant by fontResourceName().
    QPDFObjectHandle resources(const std::vector<GlyphBox>& boxes);
    // Sets the ToUnicode map to the codes used (see collectHighBytes) before writing.
    void finish(const std::set<int>& highBytes);

private:
    QPDFObjectHandle variant(GlyphBox box);

    QPDF& m_pdf;
    GlyphlessFont m_font;
    QPDFObjectHandle m_fontFile, m_gidMap, m_toUnicode;  // shared, made on first use
    std::map<GlyphBox, QPDFObjectHandle> m_variants;
};

// "12 0 R" for an indirect object.
QByteArray qpdfRef(QPDFObjectHandle object);
// A new stream holding `data` as it is (already encoded as `dict` says).
QPDFObjectHandle qpdfStream(QPDF& pdf, const QByteArray& dict, const QByteArray& data);

// The page's invisible text as a Form XObject whose /Matrix maps the cleaned image's points to
// the target page's user space. Null when the page has no words.
QPDFObjectHandle textLayerForm(QPDF& pdf, QpdfGlyphlessFonts& fonts, const OcrPage& page, const QTransform& matrix);

// Draws `form` before the page's own content (its graphics state is the page's initial one, and
// invisible text needs no place in the painting order). Only the page dictionary changes: a
// content stream is added in front, and the page gets its own copy of its resource dictionary
// (and of its /XObject dictionary) when they were shared or inherited.
void underlayForm(QPDF& pdf, QPDFPageObjectHelper& page, QPDFObjectHandle form);

// A page showing `image` at page.imageSize × 72 / dpi points with the text layer over it; or,
// with `source`, the source image placed and turned as SourcePagePlacement says.
QPDFObjectHandle imagePage(QPDF& pdf, QpdfGlyphlessFonts& fonts, const PdfImage& image, const OcrPage& page,
                           const SourcePagePlacement* source = nullptr);

}  // namespace vo
