#include "app/ThreadProbe.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QThread>

#include <atomic>

namespace vo::ui::probe {
namespace {

std::atomic<bool> g_enabled{false};

struct Store {
    QMutex mutex;
    QHash<QString, QList<QThread*>> threads;
};

Store& store()
{
    static Store s;
    return s;
}

}  // namespace

void enable(bool on) { g_enabled.store(on); }

void record(const QString& what)
{
    if (!g_enabled.load())
        return;
    QMutexLocker lock(&store().mutex);
    store().threads[what].append(QThread::currentThread());
}

QList<QThread*> threadsOf(const QString& what)
{
    QMutexLocker lock(&store().mutex);
    return store().threads.value(what);
}

void reset()
{
    QMutexLocker lock(&store().mutex);
    store().threads.clear();
}

}  // namespace vo::ui::probe
