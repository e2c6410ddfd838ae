#pragma once
// The language codes tesseract's published models use (tessdata / tessdata_fast / tessdata_best),
// so that a policy naming a language that does not exist ("en", "german", a typo) is rejected as
// malformed rather than silently allowing nothing.

#include <QString>

namespace vo {

// A published tesseract language code ("eng", "chi_sim", "deu_latf") or one installed here
// (an organisation's own model).
bool isKnownTesseractLanguage(const QString& code);

}  // namespace vo
