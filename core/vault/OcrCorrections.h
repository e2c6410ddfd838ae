#pragma once
// Storing corrected OCR results (the GUI's editor): the pages go into a new encrypted blob under
// the document's own key, the index commit swaps it in, and only then is the old blob unlinked.
// Images and the original are untouched.

#include "ocr/OcrPage.h"
#include "vault/VaultState.h"

#include <vector>

namespace vo {

Result<void> saveCorrectedPages(VaultState& state, const QString& id, const std::vector<OcrPage>& pages);

}  // namespace vo
