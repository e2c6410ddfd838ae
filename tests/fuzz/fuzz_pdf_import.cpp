// PDF import: PageSource::openBytes on a PDF, the path PageSource::open takes after mapping the
// file — poppler (through the same read-only device) and, in skip/redo mode, qpdf (from the same
// bytes): page count and limits, the text scan of each page's content streams, redo's stripping
// of invisible text, and rendering. The last input byte picks the mode (force, as the vault
// imports; skip, as `vaultocr ocr` defaults to; redo). Pages render at 36 dpi with a 2-megapixel
// limit, so the fuzzer spends its time parsing rather than painting.

#include "FuzzSupport.h"

#include "input/PageSource.h"

#include <cstdlib>

using namespace vo;

namespace {

// poppler-qt6 sets up its global state (fonts: fontconfig) when the first document opens and
// tears it down when the last one closes; one document kept open for the whole run keeps that
// from happening per input (without it the target manages ~10 inputs a second).
void keepPopplerInitialised()
{
    static const auto keep = PageSource::openBytes(
        QByteArrayLiteral("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                          "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                          "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\n"
                          "trailer<</Root 1 0 R>>\n%%EOF\n"),
        InputOptions{});
    if (!keep)
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    keepPopplerInitialised();
    const QByteArray in = fuzz::bytes(data, size);
    if (size < 8 || sniffInputFormat(in.left(1024)) != InputFormat::Pdf)
        return 0;
    InputOptions options;
    options.pdfDpi = 36;
    options.limits.maxPixelsPerPage = 2'000'000;
    options.limits.maxPages = 16;
    static constexpr PdfTextMode kModes[] = {PdfTextMode::Force, PdfTextMode::Skip, PdfTextMode::Redo};
    options.pdfTextMode = kModes[data[size - 1] % 3];
    auto source = PageSource::openBytes(in, options);
    if (!source)
        return 0;
    const int pages = (*source)->pageCount();
    if (pages < 1 || pages > options.limits.maxPages)
        std::abort();
    const CancelToken cancel;
    for (int i = 0; i < pages && i < 3; ++i)
        (void)(*source)->page(i, cancel);
    return 0;
}
