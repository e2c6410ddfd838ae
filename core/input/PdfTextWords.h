#pragma once
// The text a PDF page already has, as poppler reads it (words in reading order, grouped into
// lines and blocks), with boxes in pixels of the page rendered at dpiX × dpiY.

#include "input/PageImage.h"

#include <vector>

namespace Poppler {
class Page;
}

namespace vo {

std::vector<PageTextWord> pdfTextWords(const Poppler::Page& page, double dpiX, double dpiY);

}  // namespace vo
