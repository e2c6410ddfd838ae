#include "ocr/ResultReader.h"

#include "ocr/TessApi.h"

#include <tesseract/resultiterator.h>

#include <memory>

namespace vo {
namespace {

using tesseract::PageIteratorLevel;

QRect boxAt(const tesseract::ResultIterator& it, PageIteratorLevel level)
{
    int l = 0, t = 0, r = 0, b = 0;
    if (!it.BoundingBox(level, &l, &t, &r, &b))
        return {};
    // tesseract's right and bottom are exclusive (coordinates sit on the cracks between pixels).
    return {l, t, r - l, b - t};
}

QLineF baselineAt(const tesseract::ResultIterator& it, PageIteratorLevel level)
{
    int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    if (!it.Baseline(level, &x1, &y1, &x2, &y2))
        return {};
    return {QPointF(x1, y1), QPointF(x2, y2)};
}

}  // namespace

void readRecognitionResult(tesseract::TessBaseAPI& api, OcrPage& page)
{
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it || it->Empty(tesseract::RIL_BLOCK))
        return;  // empty page
    // A block or line is only added once it has a word: image regions and noise lines are
    // reported by tesseract as blocks and lines without text.
    bool newBlock = true;
    bool newLine = true;
    do {
        if (it->IsAtBeginningOf(tesseract::RIL_BLOCK))
            newBlock = true;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
            newLine = true;
        if (it->Empty(tesseract::RIL_WORD))
            continue;
        const tess::TextPtr utf8(it->GetUTF8Text(tesseract::RIL_WORD));
        const QString text = utf8 ? QString::fromUtf8(utf8.get()).trimmed() : QString();
        if (text.isEmpty())
            continue;
        if (newBlock || page.blocks.empty()) {
            page.blocks.push_back({boxAt(*it, tesseract::RIL_BLOCK), {}});
            newBlock = false;
            newLine = true;
        }
        OcrBlock& block = page.blocks.back();
        if (newLine || block.lines.empty()) {
            block.lines.push_back({boxAt(*it, tesseract::RIL_TEXTLINE),
                                   baselineAt(*it, tesseract::RIL_TEXTLINE), {}});
            newLine = false;
        }
        block.lines.back().words.push_back({text, boxAt(*it, tesseract::RIL_WORD),
                                            baselineAt(*it, tesseract::RIL_WORD),
                                            it->Confidence(tesseract::RIL_WORD)});
    } while (it->Next(tesseract::RIL_WORD));
}

}  // namespace vo
