#pragma once
// OcrEngine on tesseract 5 (LSTM). One TessBaseAPI per instance, owned here; an instance serves
// one worker thread and is reused page after page (Init costs ~60 ms per language).

#include "ocr/OcrEngine.h"
#include "ocr/OcrSettings.h"

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace vo {

class OrientationDetector;

class TesseractEngine final : public OcrEngine {
public:
    // Checks the languages (Usage for a malformed list, LanguageMissing naming the Debian
    // package), then loads them; with autoRotate also the orientation model (osd).
    static Result<std::unique_ptr<TesseractEngine>> create(const OcrSettings& settings);
    ~TesseractEngine() override;

    TesseractEngine(const TesseractEngine&) = delete;
    TesseractEngine& operator=(const TesseractEngine&) = delete;

    // Preprocesses (orientation, deskew) and recognises one page. Cancelled when `cancel` is set
    // (checked before each step and after every word tesseract recognises); InputUnreadable when
    // OcrSettings::pageTimeoutMs runs out. Layout analysis itself is not interruptible.
    Result<RecognizedPage> recognize(const PageImage& image, const PageProgressFn& progress,
                                     const CancelToken& cancel) override;

    const OcrSettings& settings() const { return m_settings; }

private:
    TesseractEngine(OcrSettings settings, std::unique_ptr<tesseract::TessBaseAPI> api,
                    std::unique_ptr<OrientationDetector> orientation);
    Result<void> runRecognition(const PageProgressFn& progress, const CancelToken& cancel);

    OcrSettings m_settings;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<OrientationDetector> m_orientation;  // null when autoRotate is off
};

}  // namespace vo
