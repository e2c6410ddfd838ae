#pragma once
// An opened input file (image or PDF) that yields pages one at a time, so a 200-page PDF never
// holds 200 rendered pages. page() may be called from several worker threads at once.

#include "input/InputFormat.h"
#include "input/PageImage.h"
#include "input/PdfTextMode.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace vo {
class SecureBuffer;
}

namespace vo {

// Checked before anything is decoded (decompression bombs, hostile files).
struct InputLimits {
    qint64 maxFileBytes = qint64(2) << 30;      // 2 GiB
    qint64 maxPixelsPerPage = 300'000'000;      // like OCRmyPDF's --max-image-mpixels
    int maxPages = 10'000;
};

struct InputOptions {
    int pdfDpi = 300;          // PDF pages are rendered at this resolution
    InputLimits limits;
    // Force (the default here) rasterises and OCRs every PDF page, as before issue 5; `vaultocr
    // ocr` defaults to Skip. In Skip and Redo, PDF pages carry a PdfPageInfo.
    PdfTextMode pdfTextMode = PdfTextMode::Force;
    // Kept pages (Skip/Redo) are rendered too, for a viewer; a writer that only copies them
    // turns this off, and then such pages are never rendered (nor refused for their size).
    bool renderKeptPages = true;
    // The PDF's open password (user or owner), in secure memory; null = none.
    std::shared_ptr<const SecureBuffer> pdfPassword;
};

class PageSource {
public:
    virtual ~PageSource() = default;

    // Opens by content: PNG, JPEG, TIFF (multi-page) or PDF. Errors are InputUnreadable with a
    // one-line message that names the problem but not the file's content.
    static Result<std::unique_ptr<PageSource>> open(const QString& path, const InputOptions& options);
    // The same on bytes already in memory (the fuzz targets in tests/fuzz): open() maps the file
    // and continues exactly as this does, so both reach the same sniffing, limits and decoders.
    static Result<std::unique_ptr<PageSource>> openBytes(QByteArray bytes, const InputOptions& options);

    virtual InputFormat format() const = 0;
    virtual int pageCount() const = 0;
    // 0-based. Thread-safe. Refuses pages over the pixel limit before decoding them.
    virtual Result<PageImage> page(int index, const CancelToken& cancel) const = 0;
};

}  // namespace vo
