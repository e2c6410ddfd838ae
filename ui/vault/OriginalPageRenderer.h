#pragma once
// Page images for display rebuilt from a document's original file (decrypted into memory), for
// vault documents whose page images are not handed out by the vault API. The same clean-up the
// OCR applied (quarter turns, deskew: recorded in each OcrPage) is applied again, so the word
// boxes fit. Runs on the vault thread; nothing touches the disk.

#include "ocr/OcrPage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>

#include <vector>

namespace vo::ui {

class OriginalPageRenderer {
    Q_DECLARE_TR_FUNCTIONS(OriginalPageRenderer)

public:
    static Result<std::vector<QImage>> render(const QByteArray& original, const std::vector<OcrPage>& pages);
};

}  // namespace vo::ui
