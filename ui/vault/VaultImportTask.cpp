#include "vault/VaultImportTask.h"

#include "app/ThreadProbe.h"
#include "input/PageSource.h"
#include "pipeline/OcrPipeline.h"
#include "vault/VaultSession.h"

#include <QPointer>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace vo::ui {

// Progress state shared by the engine wrappers (pipeline workers) and the import observer (vault
// thread). Forwards to the task on the GUI thread through a queued call.
struct ImportProgress : ImportObserver {
    QPointer<VaultImportTask> task;
    std::mutex mutex;
    int total = 0;
    int done = 0;
    int inFlightPercent = 0;

    void publish()
    {
        int d, t, p;
        {
            std::lock_guard lock(mutex);
            d = done;
            t = std::max(total, 1);
            p = std::min(99, (done * 100 + inFlightPercent) / t);
        }
        QMetaObject::invokeMethod(task.data(), [task = task, d, t, p] {
            if (task)
                task->report(d, t, p);
        }, Qt::QueuedConnection);
    }
    void pageRecognized(int pagesDone) override
    {
        {
            std::lock_guard lock(mutex);
            done = pagesDone;
            inFlightPercent = 0;
        }
        publish();
    }
    void pagePercent(int percent)
    {
        {
            std::lock_guard lock(mutex);
            if (percent == inFlightPercent)
                return;
            inFlightPercent = percent;
        }
        publish();
    }
};

namespace {

class ReportingEngine : public OcrEngine {
public:
    ReportingEngine(std::unique_ptr<OcrEngine> inner, std::shared_ptr<ImportProgress> shared)
        : m_inner(std::move(inner)), m_shared(std::move(shared)) {}
    Result<RecognizedPage> recognize(const PageImage& image, const PageProgressFn& progress,
                                     const CancelToken& cancel) override;

private:
    std::unique_ptr<OcrEngine> m_inner;
    std::shared_ptr<ImportProgress> m_shared;
};

}  // namespace

VaultImportTask::VaultImportTask(QString placeholderId, VaultSession& session, QString path, ImportOptions options,
                                 QObject* parent)
    : ImportTask(std::move(placeholderId), parent), m_session(session), m_path(std::move(path)),
      m_options(std::move(options))
{
}

void VaultImportTask::cancel() { m_cancel.cancel(); }

void VaultImportTask::report(int pagesDone, int total, int percent) { emit progress(pagesDone, total, percent); }

Result<RecognizedPage> ReportingEngine::recognize(const PageImage& image, const PageProgressFn& progress,
                                                  const CancelToken& cancel)
{
    probe::record(QStringLiteral("recognize"));
    ImportProgress* shared = m_shared.get();
    return m_inner->recognize(
        image, [&progress, shared](int p) {
            if (progress)
                progress(p);
            shared->pagePercent(p);
        },
        cancel);
}

void VaultImportTask::start()
{
    auto shared = std::make_shared<ImportProgress>();
    shared->task = this;
    OcrEngineFactory inner = m_options.engineFactory ? m_options.engineFactory
                                                     : OcrPipeline::tesseractFactory(m_options.ocr);
    ImportOptions options = m_options;
    options.engineFactory = [inner, shared]() -> Result<std::unique_ptr<OcrEngine>> {
        auto engine = inner();
        if (!engine)
            return engine.error();
        return std::unique_ptr<OcrEngine>(std::make_unique<ReportingEngine>(std::move(engine).value(), shared));
    };
    m_session.run<QString>(
        this,
        [path = m_path, options, shared, cancel = m_cancel](Vault& vault) -> Result<QString> {
            // The page count first (headers only), so the progress bar knows the total.
            if (auto source = PageSource::open(path, InputOptions{}); source) {
                std::lock_guard lock(shared->mutex);
                shared->total = (*source)->pageCount();
            }
            shared->publish();
            return vault.importFile(path, options, shared.get(), cancel);
        },
        [this](Result<QString>& r) {
            if (r)
                m_storedId = r.value();
            emit finished(r.ok(), r ? QString() : r.error().message, !r && r.error().code == ErrorCode::Cancelled);
        });
}

}  // namespace vo::ui
