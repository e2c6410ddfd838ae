#pragma once
// Runs work on the thread pool and hands its result back on the GUI thread, to a callback that
// belongs to `context`: if the context is gone by then, the result is dropped. The work must
// capture values only (snapshots), never widgets. No nested event loops anywhere.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace vo::ui {

template <typename R>
void runInBackground(QObject* context, std::function<R()> work, std::function<void(R&)> done)
{
    using Holder = std::shared_ptr<R>;
    auto* watcher = new QFutureWatcher<Holder>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        Holder result = watcher->result();
        watcher->deleteLater();
        if (result)
            done(*result);
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() -> Holder { return std::make_shared<R>(work()); }));
}

}  // namespace vo::ui
