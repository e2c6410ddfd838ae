// Image import: PageSource::openBytes, the path PageSource::open takes after mapping the file —
// sniffing, the TIFF page count, the header's pixel claim checked before decoding, leptonica's
// PNG/JPEG/TIFF decoders, depth normalisation and the JPEG pass-through check. PDFs are left to
// fuzz_pdf_import. The pixel limit is lowered from 300 to 4 megapixels so the fuzzer spends its
// time on parsing, not on filling big pages; the limit check itself is the same code.

#include "FuzzSupport.h"

#include "input/PageSource.h"

#include <cstdlib>

using namespace vo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    const QByteArray in = fuzz::bytes(data, size);
    if (sniffInputFormat(in.left(1024)) == InputFormat::Pdf)
        return 0;
    InputOptions options;
    options.limits.maxPixelsPerPage = 4'000'000;
    options.limits.maxPages = 16;
    auto source = PageSource::openBytes(in, options);
    if (!source)
        return 0;
    const CancelToken cancel;
    const int pages = (*source)->pageCount();
    if (pages < 1 || pages > options.limits.maxPages)
        std::abort();  // open() must have refused it
    for (int i = 0; i < pages && i < 4; ++i) {
        auto page = (*source)->page(i, cancel);
        if (page && (!page->pix || qint64(pixGetWidth(page->pix.get())) * pixGetHeight(page->pix.get())
                                       > options.limits.maxPixelsPerPage))
            std::abort();  // a page that decodes is within the limit
    }
    return 0;
}
