#pragma once
// Bringing whatever leptonica decoded into the shape OCR and the PDF writer expect.

#include "input/PageImage.h"

namespace vo {

// 1, 8 or 32 bpp (spp 3); no colour map; alpha composited over white. Null when it cannot.
PixPtr normalizeDepth(PixPtr pix);

// Below this (or above tesseract's own 2400 limit) a file's resolution is treated as missing.
constexpr int kMinPlausibleDpi = 70;
constexpr int kMaxPlausibleDpi = 2400;
constexpr int kAssumedDpi = 300;

// Takes the resolution the file declared (already on the PIX), falls back to 300 dpi when it is
// missing or implausible, and writes the result to both the PIX and the PageImage.
void applyResolution(PageImage& page);

}  // namespace vo
