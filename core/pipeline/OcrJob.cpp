#include "pipeline/OcrJob.h"

#include <QCoreApplication>
#include <QThread>

#include <mutex>
#include <vector>

namespace vo {

// Runs on the pipeline's consumer thread (our worker QThread), in page order: converts the
// cleaned PIX for display there, so the GUI thread never decodes or scales an image.
class OcrJob::Sink : public PageSink {
public:
    explicit Sink(OcrJob& job) : m_job(job) {}
    Result<void> consume(PipelinePage& p) override
    {
        OcrJobPage out;
        out.index = p.index;
        out.page = p.result.page;
        out.image = qimageFromPix(p.result.cleaned.get());
        if (out.image.isNull())
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate("OcrJob", "could not prepare page %1 for display")
                                 .arg(p.index + 1));
        out.thumbnail = out.image.scaledToWidth(kThumbnailWidth, Qt::SmoothTransformation);
        m_job.deliverPage(std::move(out));
        return {};
    }

private:
    OcrJob& m_job;
};

// Called from the pipeline's worker threads; keeps only atomics and forwards changes.
class OcrJob::Observer : public PipelineObserver {
public:
    explicit Observer(OcrJob& job) : m_job(job) {}
    void planned(int totalPages) override
    {
        m_job.m_total.store(totalPages);
        QMetaObject::invokeMethod(&m_job, [job = &m_job, totalPages] { emit job->planned(totalPages); },
                                  Qt::QueuedConnection);
    }
    void pageProgress(int pageIndex, int percent) override
    {
        // tesseract reports many times per percent; forward only changes to keep the queue short.
        {
            std::lock_guard lock(m_mutex);
            if (size_t(pageIndex) >= m_last.size())
                m_last.resize(size_t(pageIndex) + 1, -1);
            if (m_last[size_t(pageIndex)] == percent)
                return;
            m_last[size_t(pageIndex)] = percent;
        }
        m_job.deliverProgress(pageIndex, percent);
    }

private:
    OcrJob& m_job;
    std::mutex m_mutex;
    std::vector<int> m_last;
};

OcrJob::OcrJob(QStringList inputs, PipelineOptions options, OcrEngineFactory factory, QObject* parent)
    : QObject(parent), m_inputs(std::move(inputs)), m_options(std::move(options)), m_factory(std::move(factory))
{
}

OcrJob::~OcrJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void OcrJob::start()
{
    if (m_thread)
        return;  // a job runs once
    m_running = true;
    m_thread.reset(QThread::create([this] { runOnWorker(); }));
    m_thread->setObjectName(QStringLiteral("OcrJob"));
    m_thread->start();
}

void OcrJob::cancel() { m_cancel.cancel(); }

void OcrJob::runOnWorker()
{
    OcrPipeline pipeline(m_options, m_factory);
    Sink sink(*this);
    Observer observer(*this);
    const Result<PipelineStats> result = pipeline.run(m_inputs, sink, &observer, m_cancel);
    const bool ok = result.ok();
    const QString message = ok ? QString() : result.error().message;
    QMetaObject::invokeMethod(
        this,
        [this, ok, message] {
            m_running = false;
            emit finished(ok, message);
        },
        Qt::QueuedConnection);
}

void OcrJob::deliverPage(OcrJobPage page)
{
    QMetaObject::invokeMethod(
        this, [this, page = std::move(page)] { emit pageReady(page); }, Qt::QueuedConnection);
}

void OcrJob::deliverProgress(int page, int percent)
{
    QMetaObject::invokeMethod(
        this, [this, page, percent] { emit progress(page, m_total.load(), percent); }, Qt::QueuedConnection);
}

}  // namespace vo
