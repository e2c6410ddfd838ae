#pragma once
// The import queue: tasks run one after another (each one already uses every core for its
// pages), so a second import waits instead of halving the speed of the first. Owns the tasks.

#include <QObject>
#include <QString>

#include <deque>
#include <memory>

namespace vo::ui {

class ImportTask;

class ImportQueue : public QObject {
    Q_OBJECT
public:
    explicit ImportQueue(QObject* parent = nullptr);
    ~ImportQueue() override;

    // Takes ownership; returns the job's number.
    int enqueue(ImportTask* task, const QString& displayName);
    void cancel(int job);
    void cancelAll();
    bool isBusy() const { return m_running != nullptr || !m_waiting.empty(); }
    int runningJob() const { return m_runningId; }

signals:
    void added(int job, const QString& displayName);
    void started(int job);
    void progress(int job, int pagesDone, int totalPages, int percent);
    void finished(int job, bool ok, const QString& message, bool cancelled);
    void idle();

private:
    struct Entry {
        int id;
        ImportTask* task;
    };
    void startNext();

    std::deque<Entry> m_waiting;
    ImportTask* m_running = nullptr;
    int m_runningId = -1;
    int m_nextId = 1;
};

}  // namespace vo::ui
