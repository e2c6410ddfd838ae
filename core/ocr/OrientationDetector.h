#pragma once
// Finds whether a page lies on its side or upside down, with tesseract's OSD model
// (osd.traineddata, Debian package tesseract-ocr-osd). Owns its own TessBaseAPI, initialised with
// "osd": the recognition API of an engine is LSTM-only and cannot run OSD. One per engine.

#include "ocr/TessApi.h"
#include "util/Result.h"

#include <leptonica/allheaders.h>

#include <memory>

namespace vo {

struct OrientationEstimate {
    bool detected = false;  // OSD found enough text to vote
    int pageRotation = 0;   // how far the page is turned, clockwise: 0, 90, 180 or 270
    float confidence = 0;   // tesseract's orientation confidence
    // Clockwise degrees to apply to make the page upright; 0 unless detected and confident.
    int correction() const;
};

class OrientationDetector {
public:
    // Rotate only at or above this OSD confidence. Measured on tests/data with tesseract 5.3:
    // phototest in all four orientations scores 9.3–11.0 (always right), eurotext and the UNLV
    // pages 17.9–31.6 (always right), while the Locke book page — letter-spaced Antiqua OSD cannot
    // read — scores 1.4–4.2 and guesses wrong (180° for the upright page). 6 sits between the two
    // groups; tesseract's own comment calls 15 "reasonably confident", which would leave the
    // 200 dpi phototest rotated by 90° uncorrected.
    static constexpr float kMinConfidence = 6.0f;

    static Result<std::unique_ptr<OrientationDetector>> create(const QString& tessdataDir);
    ~OrientationDetector();

    OrientationEstimate estimate(PIX* pix, int dpi);

private:
    explicit OrientationDetector(tess::ApiPtr api);
    tess::ApiPtr m_api;
};

}  // namespace vo
