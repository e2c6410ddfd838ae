#pragma once
// Page clean-up before recognition: turn the page upright (OSD, quarter turns) and straighten a
// slightly skewed scan (leptonica). Each step is switchable; the result records what was applied
// so that boxes, the PDF image and the hOCR all describe the same cleaned image.

#include "input/Pix.h"
#include "util/Result.h"

namespace vo {

class OrientationDetector;

struct PreprocessedPage {
    PixPtr pix;                // never null: the image to recognise and to show
    int rotationApplied = 0;   // clockwise quarter turns applied, in degrees
    int dpiX = 300;            // resolution of pix (swapped by a quarter turn), also set on pix
    int dpiY = 300;
    double deskewDegrees = 0;  // clockwise rotation applied to straighten the text lines
    bool geometryChanged() const { return rotationApplied != 0 || deskewDegrees != 0; }
};

struct SkewEstimate {
    double degrees = 0;     // clockwise rotation that straightens the page
    double confidence = 0;  // leptonica's score; 0 when no text lines were found
};

class Preprocessor {
public:
    // Smaller skews are below what tesseract's line finder notices; rotating would only blur.
    static constexpr double kMinSkewDegrees = 0.1;
    // pixDeskew's own threshold: below it leptonica's angle is noise (photos, blank pages).
    static constexpr double kMinSkewConfidence = 3.0;

    // `orientation` may be null: no orientation detection.
    Preprocessor(OrientationDetector* orientation, bool deskew);

    // Works on a copy; `source` is not modified. dpiX/dpiY: the page's resolution (the PIX's own
    // may be unset); it is written into the result's PIX, which tesseract's layout code reads.
    Result<PreprocessedPage> run(PIX* source, int dpiX, int dpiY) const;

    // Building blocks, public for tests.
    // 1, 8 or 32 bpp without a colour map (what rotation and tesseract handle well).
    static PixPtr normalized(PIX* pix);
    static PixPtr rotateQuarterTurns(PIX* pix, int clockwiseDegrees);
    static SkewEstimate measureSkew(PIX* pix);
    // Rotates about the centre, keeping width × height, bringing in white.
    static PixPtr rotateSmallAngle(PIX* pix, double clockwiseDegrees);

private:
    OrientationDetector* m_orientation;
    bool m_deskew;
};

}  // namespace vo
