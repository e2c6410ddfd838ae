#pragma once
// Fixtures the input tests build in memory (small, nothing committed but what cannot be made here).

#include "input/Pix.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace vo::test {

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes);
// Leptonica encoders, into memory.
QByteArray pngBytes(PIX* pix);
QByteArray jpegBytes(PIX* pix, bool progressive);
QByteArray multipageTiffBytes(const std::vector<PIX*>& pages);
// A hand-made uncompressed 8-bit grey TIFF (little-endian); resolution tags only when xres > 0,
// with ResolutionUnit 2 (inch) or 3 (centimetre). Leptonica's writer always adds 300 dpi.
QByteArray handmadeTiff(int width, int height, double xres = 0, double yres = 0, int unit = 2);
// A hand-written one-page PDF (valid xref) whose MediaBox is width × height points and whose
// page draws `text` with a base-14 font. No QGuiApplication needed.
QByteArray minimalPdf(double widthPt, double heightPt, const QByteArray& text = "Hello");
// A PIX with a grey gradient and a black bar, w × h, 8 bpp.
PixPtr makeGreyPix(int w, int h);
// 32 bpp with colour, spp 3.
PixPtr makeColourPix(int w, int h);
// 1 bpp with some black.
PixPtr makeBinaryPix(int w, int h);
bool pixSame(PIX* a, PIX* b);
// Fraction of set (black) pixels of a 1 bpp PIX.
double blackFraction(PIX* pix1bpp);
// Peak resident set size of this process so far, in MiB.
double peakRssMiB();

// The message must be one line and carry neither a path nor the file's name.
bool messageIsClean(const Error& e, const QString& path);

}  // namespace vo::test
