#pragma once
// OCR workers run at a lower CPU priority than the GUI thread (per-thread nice on Linux), so on a
// busy machine the scheduler keeps the window responsive: recognition takes what is left.

#include "ocr/OcrEngine.h"

namespace vo::ui {

// Wraps an engine factory (empty = tesseract with `settings`): the factory runs on each pipeline
// worker thread when it starts, which is where the thread lowers its own priority.
OcrEngineFactory lowPriorityWorkers(OcrEngineFactory factory, const OcrSettings& settings);

}  // namespace vo::ui
