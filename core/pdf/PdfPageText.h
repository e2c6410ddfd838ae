#pragma once
// The OCR model for PDF pages that already carry text (PdfPageInfo): a kept page's own text
// becomes its OcrPage without any recognition; a page whose old invisible layer is redone gets
// the new OCR words minus those lying on its visible text, followed by that visible text.

#include "input/PageImage.h"
#include "ocr/OcrEngine.h"

namespace vo {

// Kept page: the words poppler read, in the rendering's pixels (the image, when rendered, is the
// "cleaned" image as it is). Confidence 100: this text is the document's, not a guess.
RecognizedPage keptPageModel(const PageImage& image);

// Redo: drops OCR words that are mostly covered by a visible word (the page already shows that
// text; a second, invisible copy would double it in search and copy), then appends the visible
// words as blocks, so sidecars still carry the whole page. Sets info.ocrBlockCount.
void mergeVisibleText(OcrPage& page, PdfPageInfo& info);

}  // namespace vo
