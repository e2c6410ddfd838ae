#pragma once
// A page image in the form a PDF image XObject stores it. Produced without re-encoding where
// possible: a JPEG source passes through as DCTDecode, bilevel pages become CCITT G4, the rest
// Flate.

#include "input/PageImage.h"
#include "util/Result.h"

#include <QByteArray>

namespace vo {

struct PdfImage {
    enum class Filter { DCT, Flate, CCITTG4 };
    Filter filter = Filter::Flate;
    QByteArray data;          // the stream's bytes as they go into the PDF
    int width = 0;
    int height = 0;
    int bitsPerComponent = 8;
    int components = 1;       // 1 gray, 3 RGB, 4 CMYK
    bool blackIs1 = false;    // 1 bits are black: CCITT /BlackIs1 true, 1-bit Flate /Decode [1 0]
    QByteArray colorMapRgb;   // Indexed colour space palette (r,g,b triples), else empty
};

// Encodes `cleaned`; when `reuseSource` and the source was a JPEG, passes the JPEG bytes through.
// Pass reuseSource only when `cleaned` shows the source's pixels unrotated; as a safety net a JPEG
// whose size differs from `cleaned` (or a CMYK JPEG) is not passed through. Everything happens in
// memory: no temporary file, unlike leptonica's own G4/JPEG PDF helpers.
Result<PdfImage> encodeForPdf(const PIX* cleaned, const PageImage& source, bool reuseSource);

// The image XObject as written: dictionary entries (without << >> and /Length) and stream data.
// A JPEG is kept bit for bit, but when Flate shrinks it by at least 1 % (progressive JPEGs
// typically by 4 %) it is stored Flate-wrapped: /Filter [/FlateDecode /DCTDecode]. Readers undo
// the Flate layer losslessly and get the very same JPEG.
struct PdfImageStream {
    QByteArray dict;
    QByteArray data;
};
PdfImageStream pdfImageStream(const PdfImage& image);

// Whether the image's parameters make a valid image XObject.
bool isStorableInPdf(const PdfImage& image);
// The image XObject's dictionary entries (without << >> and /Length), filter and parameters included.
QByteArray pdfImageDictionary(const PdfImage& image);

}  // namespace vo
