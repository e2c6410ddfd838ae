#include "jobs/ImportTask.h"

namespace vo::ui {

OcrImportTask::OcrImportTask(QString documentId, QStringList paths, PipelineOptions options,
                             OcrEngineFactory factory, QObject* parent)
    : ImportTask(std::move(documentId), parent),
      m_job(new OcrJob(std::move(paths), std::move(options), std::move(factory), this))
{
    connect(m_job, &OcrJob::planned, this, [this](int total) {
        m_tally.setTotal(total);
        emit progress(0, total, 0);
    });
    connect(m_job, &OcrJob::progress, this, [this](int page, int, int percent) {
        m_tally.set(page, std::min(percent, 99));
        emit progress(m_tally.done(), m_tally.total(), m_tally.percent());
    });
    connect(m_job, &OcrJob::pageReady, this, [this](const OcrJobPage& page) {
        m_tally.set(page.index, 100);
        emit pageReady(page);
        emit progress(m_tally.done(), m_tally.total(), m_tally.percent());
    });
    connect(m_job, &OcrJob::finished, this, [this](bool ok, const QString& message) {
        emit finished(ok, message, m_job->isCancelled());
    });
}

void OcrImportTask::start() { m_job->start(); }

void OcrImportTask::cancel() { m_job->cancel(); }

}  // namespace vo::ui
