#include "pipeline/OcrPipeline.h"

#include "ocr/LanguageCatalog.h"
#include "ocr/TesseractEngine.h"
#include "pdf/PdfPageText.h"

#include <QCoreApplication>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("OcrPipeline", s); }

struct PlannedPage {
    int inputIndex;
    int pageInInput;
};

// Shared state between the workers and the ordered consumer. Workers may only start page i when
// i < nextToConsume + window, which bounds how many pages exist at once.
struct Schedule {
    std::mutex mutex;
    std::condition_variable changed;
    int nextToClaim = 0;
    int nextToConsume = 0;
    int window = 2;
    std::map<int, PipelinePage> done;
    std::optional<Error> error;  // first error; stops everybody
    bool stopping = false;
};

}  // namespace

OcrPipeline::OcrPipeline(PipelineOptions options, OcrEngineFactory engineFactory)
    : m_options(std::move(options)), m_factory(std::move(engineFactory))
{
    if (!m_factory)
        m_factory = tesseractFactory(m_options.ocr);
}

OcrEngineFactory OcrPipeline::tesseractFactory(const OcrSettings& settings)
{
    return [settings]() -> Result<std::unique_ptr<OcrEngine>> {
        auto engine = TesseractEngine::create(settings);
        if (!engine)
            return engine.error();
        return std::unique_ptr<OcrEngine>(std::move(engine).value());
    };
}

Result<PipelineStats> OcrPipeline::run(const QStringList& inputs, PageSink& sink,
                                       PipelineObserver* observer, const CancelToken& cancel)
{
    if (inputs.isEmpty())
        return makeError(ErrorCode::Usage, tr("no input files given"));
    if (auto langs = LanguageCatalog::check(m_options.ocr.languages); !langs)
        return langs.error();

    // Open every input first: a bad file anywhere fails the job before any work or output.
    std::vector<std::unique_ptr<PageSource>> sources;
    std::vector<PlannedPage> plan;
    int globalNumber = 0;
    for (int i = 0; i < inputs.size(); ++i) {
        auto src = PageSource::open(inputs[i], m_options.input);
        if (!src)
            return makeError(src.error().code, QStringLiteral("%1: %2").arg(inputs[i], src.error().message));
        for (int p = 0; p < (*src)->pageCount(); ++p) {
            if (m_options.pages.contains(++globalNumber))
                plan.push_back({i, p});
        }
        sources.push_back(std::move(src).value());
    }
    if (plan.empty())
        return makeError(ErrorCode::Usage, tr("the page selection matches no page"));

    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int workers = std::clamp(m_options.jobs > 0 ? m_options.jobs : cores, 1, int(plan.size()));
    if (observer)
        observer->planned(int(plan.size()));

    Schedule s;
    s.window = 2 * workers;
    const auto fail = [&s](Error e) {
        std::lock_guard lock(s.mutex);
        if (!s.error)
            s.error = std::move(e);
        s.stopping = true;
        s.changed.notify_all();
    };

    auto workerMain = [&]() {
        auto engine = m_factory();
        if (!engine) {
            fail(engine.error());
            return;
        }
        for (;;) {
            int index;
            {
                std::unique_lock lock(s.mutex);
                s.changed.wait(lock, [&] {
                    return s.stopping || s.nextToClaim >= int(plan.size())
                        || s.nextToClaim < s.nextToConsume + s.window;
                });
                if (s.stopping || s.nextToClaim >= int(plan.size()))
                    return;
                index = s.nextToClaim++;
            }
            if (cancel.isCancelled()) {
                fail(makeError(ErrorCode::Cancelled, tr("cancelled")));
                return;
            }
            const PlannedPage& pp = plan[size_t(index)];
            auto image = sources[size_t(pp.inputIndex)]->page(pp.pageInInput, cancel);
            if (!image) {
                fail(makeError(image.error().code, QStringLiteral("%1: %2")
                                                       .arg(inputs[pp.inputIndex], image.error().message)));
                return;
            }
            const auto progress = [&](int percent) {
                if (observer)
                    observer->pageProgress(index, percent);
            };
            // A PDF page that keeps its own text is not recognised: its text is the model.
            const bool keep = image->pdf && image->pdf->treatment == PdfPageInfo::Treatment::Keep;
            auto recognized = keep ? Result<RecognizedPage>(keptPageModel(*image))
                                   : (*engine)->recognize(*image, progress, cancel);
            if (!recognized) {
                fail(recognized.error());
                return;
            }
            if (image->pdf && image->pdf->stripInvisibleText)
                mergeVisibleText(recognized->page, *image->pdf);
            PipelinePage page{index, pp.inputIndex, pp.pageInInput, std::move(image).value(),
                              std::move(recognized).value(), std::nullopt, false};
            // Kept and grafted PDF pages stay as they are in the output: no page image to encode.
            const bool showsOwnPage = page.source.pdf && page.source.pdf->treatment != PdfPageInfo::Treatment::Rasterise;
            if (m_options.preparePdfImage && !showsOwnPage) {
                page.pdfImageIsSource = m_options.pdfImageFromSource && page.source.pix;
                auto pdfImage = page.pdfImageIsSource
                    ? encodeForPdf(page.source.pix.get(), page.source, true)
                    : encodeForPdf(page.result.cleaned.get(), page.source, page.result.cleanedIsSource);
                if (!pdfImage) {
                    fail(pdfImage.error());
                    return;
                }
                page.pdfImage = std::move(pdfImage).value();
                // The PDF keeps only the encoded form; drop the decoded copy early when it is not the OCR image.
            }
            if (observer)
                observer->pageDone(index, page.result.page, page.source);
            std::lock_guard lock(s.mutex);
            s.done.emplace(index, std::move(page));
            s.changed.notify_all();
        }
    };

    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int w = 0; w < workers; ++w)
        threads.emplace_back(workerMain);

    PipelineStats stats;
    stats.workers = workers;
    // The consumer: hand pages to the sink in order, on this thread.
    while (true) {
        std::optional<PipelinePage> next;
        {
            std::unique_lock lock(s.mutex);
            s.changed.wait(lock, [&] {
                return s.stopping || s.done.count(s.nextToConsume) > 0 || s.nextToConsume >= int(plan.size());
            });
            if (s.stopping || s.nextToConsume >= int(plan.size()))
                break;
            auto it = s.done.find(s.nextToConsume);
            next = std::move(it->second);
            s.done.erase(it);
        }
        if (cancel.isCancelled()) {
            fail(makeError(ErrorCode::Cancelled, tr("cancelled")));
            break;
        }
        if (next->source.dpiAssumed)
            ++stats.pagesWithAssumedDpi;
        if (auto consumed = sink.consume(*next); !consumed) {
            fail(consumed.error());
            break;
        }
        next.reset();  // release pixels before admitting another page
        std::lock_guard lock(s.mutex);
        ++s.nextToConsume;
        ++stats.pages;
        s.changed.notify_all();
    }
    {
        std::lock_guard lock(s.mutex);
        s.stopping = true;
        s.changed.notify_all();
    }
    for (auto& t : threads)
        t.join();
    if (s.error)
        return *s.error;
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled, tr("cancelled"));
    return stats;
}

}  // namespace vo
