#pragma once
// Internal to core/ocr: owning handles for tesseract objects and the one place a TessBaseAPI is
// initialised, so that every instance is silenced the same way before it can print anything.

#include "util/Result.h"

#include <tesseract/baseapi.h>

#include <QString>

#include <memory>

namespace vo::tess {

using ApiPtr = std::unique_ptr<tesseract::TessBaseAPI>;

// GetUTF8Text() and friends return new[]-allocated strings.
using TextPtr = std::unique_ptr<char[]>;

// Creates and initialises an API for `languages` from `tessdataDir`. tprintf output (errors,
// "Too few characters", resolution warnings) goes to /dev/null, never to our stderr.
Result<ApiPtr> createApi(const QString& tessdataDir, const QString& languages,
                         tesseract::OcrEngineMode mode);

// Routes tesseract's process-wide tprintf sink to /dev/null, once per process, thread-safe.
void silence(tesseract::TessBaseAPI& api);

}  // namespace vo::tess
