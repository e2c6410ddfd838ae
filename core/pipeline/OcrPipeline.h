#pragma once
// Runs OCR over a list of inputs: pages are loaded, recognised and prepared in parallel (one
// OcrEngine per worker thread), and handed to a PageSink strictly in page order on the calling
// thread. Memory is bounded: at most a small window of pages (2 × workers) exists at a time, and
// each page's pixels are released as soon as the sink has consumed it — a 200-page PDF never
// holds 200 rendered pages.

#include "input/PageSource.h"
#include "ocr/OcrEngine.h"
#include "ocr/OcrSettings.h"
#include "pdf/PdfImage.h"
#include "pipeline/PageSelection.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QStringList>

#include <optional>

namespace vo {

struct PipelineOptions {
    OcrSettings ocr;
    InputOptions input;
    int jobs = 0;                 // worker threads; 0 = one per core
    PageSelection pages;          // default: all
    bool preparePdfImage = false; // encode each page's image for a PDF on the worker thread
    // With preparePdfImage: encode the page as it was loaded (a JPEG passes through unchanged),
    // not the cleaned (turned, deskewed) image; the PDF then shows the original and maps the text
    // onto it (PipelinePage::pdfImageIsSource). `vaultocr ocr` does this.
    bool pdfImageFromSource = false;
};

// One finished page on its way to the sink.
struct PipelinePage {
    int index = 0;          // 0-based among the selected pages, in output order
    int inputIndex = 0;     // which input it came from
    int pageInInput = 0;    // 0-based page within that input
    PageImage source;       // the decoded page as loaded (pixels freed after the sink returns)
    RecognizedPage result;  // OCR model + the cleaned image the boxes refer to
    std::optional<PdfImage> pdfImage;  // when PipelineOptions::preparePdfImage
    bool pdfImageIsSource = false;     // pdfImage shows `source`, not `result.cleaned`
};

class PageSink {
public:
    virtual ~PageSink() = default;
    // Called on the thread that called run(), in page order. An error stops the job.
    virtual Result<void> consume(PipelinePage& page) = 0;
};

// Progress callbacks come from worker threads: implementations must be thread-safe (the Qt
// adapter forwards them as queued signals).
class PipelineObserver {
public:
    virtual ~PipelineObserver() = default;
    virtual void planned(int totalPages) {}
    virtual void pageProgress(int pageIndex, int percent) {}
    virtual void pageDone(int pageIndex, const OcrPage& page, const PageImage& source) {}
};

struct PipelineStats {
    int pages = 0;
    int workers = 0;
    int pagesWithAssumedDpi = 0;
};

class OcrPipeline {
public:
    explicit OcrPipeline(PipelineOptions options, OcrEngineFactory engineFactory = {});

    // Validates every input and the languages before any recognition starts, so bad input fails
    // fast and nothing is written.
    Result<PipelineStats> run(const QStringList& inputs, PageSink& sink, PipelineObserver* observer,
                              const CancelToken& cancel);

    static OcrEngineFactory tesseractFactory(const OcrSettings& settings);

private:
    PipelineOptions m_options;
    OcrEngineFactory m_factory;
};

}  // namespace vo
