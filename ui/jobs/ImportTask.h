#pragma once
// One import in the queue: a file (or several, as one document) being recognised — in memory
// only, or into the vault. Everything runs on worker threads; the signals arrive on the GUI
// thread.

#include "pipeline/OcrJob.h"

#include <QObject>
#include <QString>

#include <vector>

namespace vo::ui {

class ImportTask : public QObject {
    Q_OBJECT
public:
    explicit ImportTask(QString documentId, QObject* parent = nullptr)
        : QObject(parent), m_documentId(std::move(documentId)) {}

    const QString& documentId() const { return m_documentId; }
    virtual void start() = 0;
    virtual void cancel() = 0;

signals:
    // percent is the whole task's progress, 0..100.
    void progress(int pagesDone, int totalPages, int percent);
    void pageReady(const vo::OcrJobPage& page);
    // cancelled: the user asked for it. A task that did not succeed leaves nothing behind.
    void finished(bool ok, const QString& message, bool cancelled);

protected:
    // Per-page percentages → one overall figure.
    class ProgressTally {
    public:
        void setTotal(int total) { m_pages.assign(size_t(std::max(total, 0)), 0); }
        void set(int page, int percent)
        {
            if (page >= 0 && size_t(page) < m_pages.size())
                m_pages[size_t(page)] = std::max(m_pages[size_t(page)], percent);
        }
        int total() const { return int(m_pages.size()); }
        int done() const
        {
            int n = 0;
            for (int p : m_pages)
                n += p >= 100 ? 1 : 0;
            return n;
        }
        int percent() const
        {
            if (m_pages.empty())
                return 0;
            long sum = 0;
            for (int p : m_pages)
                sum += p;
            return int(sum / long(m_pages.size()));
        }

    private:
        std::vector<int> m_pages;
    };

private:
    QString m_documentId;
};

// Recognises files in memory only (no vault open): the result lives until the app quits or locks.
class OcrImportTask : public ImportTask {
    Q_OBJECT
public:
    OcrImportTask(QString documentId, QStringList paths, PipelineOptions options, OcrEngineFactory factory = {},
                  QObject* parent = nullptr);
    void start() override;
    void cancel() override;

private:
    OcrJob* m_job;
    ProgressTally m_tally;
};

}  // namespace vo::ui
