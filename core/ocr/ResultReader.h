#pragma once
// Copies tesseract's recognition result into our value model (blocks → lines → words), so that
// nothing of tesseract's internal state has to outlive the page.

#include "ocr/OcrPage.h"

namespace tesseract {
class TessBaseAPI;
}

namespace vo {

// Fills page.blocks from the api's last Recognize(); empty words, lines and blocks are skipped.
void readRecognitionResult(tesseract::TessBaseAPI& api, OcrPage& page);

}  // namespace vo
