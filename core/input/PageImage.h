#pragma once

#include "input/Pix.h"

#include <QByteArray>

namespace vo {

// One decoded page, ready for OCR, plus what the PDF writer needs to reuse the source's bytes.
struct PageImage {
    PixPtr pix;                  // 1, 8 or 32 bpp; resolution set on the PIX too
    int dpiX = 300;
    int dpiY = 300;
    bool dpiAssumed = false;     // the file had no plausible resolution; 300 was assumed
    QByteArray jpegPassthrough;  // the original JPEG stream when the page is a JPEG file, else empty
};

}  // namespace vo
