#pragma once
// How a page of a PDF is treated in Skip or Redo mode (kept because it has text, or OCRed and
// grafted) and where its rendering at a given resolution lies on it, decided from qpdf's view of
// the page alone, without rendering. PdfPageSource plans each page it renders with it, and the
// vault's export plans the pages of a stored PDF original with it (their OCR came from the same
// rendering, so the same placement applies).

#include "input/PageImage.h"
#include "input/PdfContentScan.h"
#include "input/PdfTextMode.h"

namespace vo {

// `mode` is Skip or Redo. Content qpdf cannot tokenise counts as no text (the page is OCRed and
// gets a layer beside its content, which is never rewritten). `scan`, when given, receives what
// the content scan found. Throws qpdf's exceptions when the page's boxes cannot be read.
PdfPageInfo planPdfPage(QPDFPageObjectHelper page, double dpiX, double dpiY, PdfTextMode mode,
                        PageTextScan* scan = nullptr);

}  // namespace vo
