#pragma once
// RAII for leptonica images. Every PIX the core touches lives in a PixPtr from the moment a
// leptonica call returns it.

#include <leptonica/allheaders.h>

#include <QImage>

#include <memory>

namespace vo {

struct PixDeleter {
    void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// Copies scanlines directly (no encode/decode, no file). 8 bpp for grey input, 32 bpp RGB for
// colour; dpi is written into the PIX because QImage from poppler says 100 DPI whatever was asked.
PixPtr pixFromQImage(const QImage& image, int dpiX, int dpiY);
// For display in the GUI: 1, 8 and 32 bpp PIX to a QImage (Grayscale8 or RGB32).
QImage qimageFromPix(const PIX* pix);

}  // namespace vo
