#pragma once
// The OCR engine behind an interface so a test of the pipeline can inject a fake. One engine
// instance per worker thread; instances are not shared between threads.

#include "input/PageImage.h"
#include "ocr/OcrPage.h"
#include "ocr/OcrSettings.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <functional>
#include <memory>

namespace vo {

struct RecognizedPage {
    OcrPage page;
    PixPtr cleaned;   // the image the boxes refer to (rotated/deskewed); the PDF shows this one
    bool cleanedIsSource = true;  // nothing was rotated or deskewed: the source bytes may be reused
};

// Percent (0..100) within the current page, from tesseract's monitor.
using PageProgressFn = std::function<void(int percent)>;

class OcrEngine {
public:
    virtual ~OcrEngine() = default;
    virtual Result<RecognizedPage> recognize(const PageImage& image, const PageProgressFn& progress,
                                             const CancelToken& cancel) = 0;
};

using OcrEngineFactory = std::function<Result<std::unique_ptr<OcrEngine>>()>;

}  // namespace vo
