#pragma once
// Reading a PDF page's content streams as tokens (qpdf) to answer two questions without
// rendering: does the page show text, and is some of it invisible (text render mode 3, the way
// tesseract, OCRmyPDF and VaultOCR write an OCR layer)? And for `--mode redo`: the page with its
// invisible text removed, visible text, images and vectors left as they were.
//
// Text in Form XObjects drawn by the page counts (an OCR layer usually sits in one), followed
// to a small depth; annotation appearances do not (they are not page text for a reader either).
// All functions may throw qpdf's exceptions; callers catch them at their boundary.

#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace vo {

struct PageTextScan {
    bool visibleText = false;    // text shown in a render mode that paints (0-2, 4-6)
    bool invisibleText = false;  // text shown in render mode 3 (neither fill nor stroke)
    bool hasText() const { return visibleText || invisibleText; }
};

PageTextScan scanPageText(QPDFPageObjectHelper page);

// Replaces the page's content with one new stream without its render-mode-3 text (and points
// the page's own copy of its resources at stripped copies of Form XObjects that had such text).
// Shared objects are never modified: other pages using them keep them as they were. Returns
// false when the page had no invisible text (nothing changed).
bool stripInvisibleText(QPDF& pdf, QPDFPageObjectHelper page);

}  // namespace vo
