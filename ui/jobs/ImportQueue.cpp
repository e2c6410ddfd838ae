#include "jobs/ImportQueue.h"

#include "jobs/ImportTask.h"

#include <QTimer>

namespace vo::ui {

ImportQueue::ImportQueue(QObject* parent) : QObject(parent) {}

ImportQueue::~ImportQueue()
{
    // Tasks are children: their destructors cancel and join their worker threads.
    for (const Entry& e : m_waiting)
        e.task->cancel();
    if (m_running)
        m_running->cancel();
}

int ImportQueue::enqueue(ImportTask* task, const QString& displayName)
{
    task->setParent(this);
    const int id = m_nextId++;
    m_waiting.push_back({id, task});
    emit added(id, displayName);
    if (!m_running)
        QTimer::singleShot(0, this, &ImportQueue::startNext);
    return id;
}

void ImportQueue::cancel(int job)
{
    if (job == m_runningId && m_running) {
        m_running->cancel();
        return;
    }
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (it->id == job) {
            ImportTask* task = it->task;
            m_waiting.erase(it);
            emit task->finished(false, tr("Cancelled before it started"), true);
            emit finished(job, false, tr("Cancelled"), true);
            task->deleteLater();
            if (!isBusy())
                emit idle();
            return;
        }
    }
}

void ImportQueue::cancelAll()
{
    while (!m_waiting.empty())
        cancel(m_waiting.front().id);
    if (m_running)
        m_running->cancel();
}

void ImportQueue::startNext()
{
    if (m_running || m_waiting.empty())
        return;
    const Entry e = m_waiting.front();
    m_waiting.pop_front();
    m_running = e.task;
    m_runningId = e.id;
    connect(e.task, &ImportTask::progress, this, [this, id = e.id](int done, int total, int percent) {
        emit progress(id, done, total, percent);
    });
    connect(e.task, &ImportTask::finished, this, [this, id = e.id, task = e.task](bool ok, const QString& message, bool cancelled) {
        if (task != m_running)
            return;
        m_running = nullptr;
        m_runningId = -1;
        emit finished(id, ok, message, cancelled);
        task->deleteLater();
        if (m_waiting.empty())
            emit idle();
        else
            startNext();
    });
    emit started(e.id);
    e.task->start();
}

}  // namespace vo::ui
