#include "ocr/TesseractEngine.h"

#include "ocr/LanguageCatalog.h"
#include "ocr/OrientationDetector.h"
#include "ocr/Preprocessor.h"
#include "ocr/ResultReader.h"
#include "ocr/TessApi.h"

#include <tesseract/ocrclass.h>

#include <QCoreApplication>

#include <utility>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("TesseractEngine", s); }

// tesseract keeps coordinates in int16 boxes; larger pages fail deep inside layout analysis.
constexpr int kMaxSide = 32767;

Error cancelled() { return makeError(ErrorCode::Cancelled, tr("cancelled")); }

// What tesseract's monitor callbacks need; reached through ETEXT_DESC::cancel_this.
struct MonitorContext {
    const PageProgressFn* progress = nullptr;
    const CancelToken* cancel = nullptr;
    int lastPercent = -1;
};

bool onCancelCheck(void* ctx, int /*words*/)
{
    return static_cast<MonitorContext*>(ctx)->cancel->isCancelled();
}

// Called after every word; monitor->progress runs 0..100 over both recognition passes.
bool onProgress(tesseract::ETEXT_DESC* monitor, int, int, int, int)
{
    auto* ctx = static_cast<MonitorContext*>(monitor->cancel_this);
    const int percent = monitor->progress;
    if (percent != ctx->lastPercent && *ctx->progress) {
        ctx->lastPercent = percent;
        try {
            (*ctx->progress)(percent);
        } catch (...) {
            // An exception must not unwind through tesseract; progress is informational only.
        }
    }
    return true;
}

int sanitizedDpi(int dpi) { return dpi > 0 ? dpi : 300; }

constexpr int kTesseractMinCredibleDpi = 70;

}  // namespace

TesseractEngine::TesseractEngine(OcrSettings settings, std::unique_ptr<tesseract::TessBaseAPI> api,
                                 std::unique_ptr<OrientationDetector> orientation)
    : m_settings(std::move(settings)), m_api(std::move(api)), m_orientation(std::move(orientation))
{
}

TesseractEngine::~TesseractEngine() = default;

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::create(const OcrSettings& settings)
{
    if (auto ok = LanguageCatalog::check(settings.languages); !ok)
        return ok.error();
    const QString dir = LanguageCatalog::tessdataDir();
    try {
        // Debian ships LSTM models only; the legacy engine would fail to load.
        auto api = tess::createApi(dir, settings.languages, tesseract::OEM_LSTM_ONLY);
        if (!api)
            return api.error();
        // The API's default is a single uniform block; documents need full layout analysis.
        (*api)->SetPageSegMode(tesseract::PSM_AUTO);
        std::unique_ptr<OrientationDetector> orientation;
        if (settings.autoRotate) {
            auto osd = OrientationDetector::create(dir);
            if (!osd)
                return osd.error();
            orientation = std::move(osd).value();
        }
        return std::unique_ptr<TesseractEngine>(
            new TesseractEngine(settings, std::move(api).value(), std::move(orientation)));
    } catch (...) {  // nothing thrown inside tesseract may escape the core
        return makeError(ErrorCode::Internal, tr("tesseract failed to start"));
    }
}

Result<RecognizedPage> TesseractEngine::recognize(const PageImage& image,
                                                  const PageProgressFn& progress,
                                                  const CancelToken& cancel)
{
    PIX* source = image.pix.get();
    if (!source || pixGetWidth(source) <= 0 || pixGetHeight(source) <= 0)
        return makeError(ErrorCode::InputUnreadable, tr("the page has no image"));
    if (pixGetWidth(source) > kMaxSide || pixGetHeight(source) > kMaxSide)
        return makeError(ErrorCode::InputUnreadable,
                         tr("the page image is too large for OCR (at most 32767 pixels a side)"));
    if (cancel.isCancelled())
        return cancelled();

    try {
        const Preprocessor pre(m_orientation.get(), m_settings.deskew);
        auto cleaned = pre.run(source, sanitizedDpi(image.dpiX), sanitizedDpi(image.dpiY));
        if (!cleaned)
            return cleaned.error();
        if (cancel.isCancelled())
            return cancelled();

        m_api->SetImage(cleaned->pix.get());
        // The PageImage's resolution is authoritative (the PIX may carry none or a wrong one) —
        // unless the file said nothing credible. 300 DPI is right for the PDF's page size, but
        // telling tesseract so makes it misjudge text size on low-resolution scans (FUNSD forms
        // at ~100 DPI: CER 32 % instead of 2 %). At its minimum credible resolution (70)
        // tesseract judges the scale from the text itself.
        m_api->SetSourceResolution(image.dpiAssumed ? kTesseractMinCredibleDpi : cleaned->dpiY);
        if (auto ok = runRecognition(progress, cancel); !ok) {
            m_api->Clear();
            return ok.error();
        }

        RecognizedPage result;
        OcrPage& page = result.page;
        readRecognitionResult(*m_api, page);
        m_api->Clear();  // release tesseract's copy of the page and its text now, not at the next page
        page.imageSize = QSize(pixGetWidth(cleaned->pix.get()), pixGetHeight(cleaned->pix.get()));
        page.dpiX = cleaned->dpiX;
        page.dpiY = cleaned->dpiY;
        page.rotationApplied = cleaned->rotationApplied;
        page.deskewDegrees = cleaned->deskewDegrees;
        page.languages = m_settings.languages;
        result.cleanedIsSource = !cleaned->geometryChanged();
        result.cleaned = std::move(cleaned->pix);
        if (progress)
            progress(100);
        return result;
    } catch (...) {  // e.g. std::bad_alloc on a huge page
        m_api->Clear();
        return makeError(ErrorCode::Internal, tr("tesseract failed on this page"));
    }
}

Result<void> TesseractEngine::runRecognition(const PageProgressFn& progress, const CancelToken& cancel)
{
    MonitorContext ctx{&progress, &cancel};
    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &onCancelCheck;
    monitor.cancel_this = &ctx;
    monitor.progress_callback2 = &onProgress;
    if (m_settings.pageTimeoutMs > 0)
        monitor.set_deadline_msecs(m_settings.pageTimeoutMs);

    const int rc = m_api->Recognize(&monitor);
    if (cancel.isCancelled())
        return cancelled();
    if (rc != 0) {
        if (monitor.deadline_exceeded())
            return makeError(ErrorCode::InputUnreadable, tr("recognition timed out on this page"));
        return makeError(ErrorCode::Internal, tr("tesseract could not recognise this page"));
    }
    return {};
}

}  // namespace vo
