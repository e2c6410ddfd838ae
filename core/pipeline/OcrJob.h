#pragma once
// The GUI's handle on OcrPipeline: runs the whole pipeline on a worker QThread and reports back
// through signals that are always emitted on the thread that owns the job (the GUI thread), so
// receivers never run on a worker and never touch widgets from one. Everything the signals carry
// is a value (OcrPage, QImage); nothing refers back into the pipeline.
// Uses only QtCore/QtGui: the core never links widgets.

#include "pipeline/OcrPipeline.h"

#include <QImage>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace vo {

// One recognised page as the GUI keeps it, in memory only.
struct OcrJobPage {
    int index = 0;     // 0-based, in output order
    OcrPage page;      // words, boxes and confidences
    QImage image;      // the cleaned image the boxes refer to
    QImage thumbnail;  // a small copy for the page strip (made on the worker)
};

class OcrJob : public QObject {
    Q_OBJECT
public:
    static constexpr int kThumbnailWidth = 160;

    // `factory` may be empty (tesseract with options.ocr); tests inject one to observe threads.
    OcrJob(QStringList inputs, PipelineOptions options, OcrEngineFactory factory = {},
           QObject* parent = nullptr);
    // Cancels and waits for the worker: the job never outlives its owner.
    ~OcrJob() override;

    void start();
    // Thread-safe, returns at once; finished(false, …) follows when the worker has stopped.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancel.isCancelled(); }
    int totalPages() const { return m_total.load(); }

signals:
    void planned(int totalPages);
    // page is 0-based; percent is that page's recognition progress (0..100).
    void progress(int page, int total, int percent);
    void pageReady(const vo::OcrJobPage& page);
    // ok = every page was recognised; message is a one-line error otherwise (empty on success).
    void finished(bool ok, const QString& message);

private:
    class Sink;
    class Observer;
    friend class Sink;
    friend class Observer;

    void runOnWorker();
    void deliverPage(OcrJobPage page);
    void deliverProgress(int page, int percent);

    QStringList m_inputs;
    PipelineOptions m_options;
    OcrEngineFactory m_factory;
    CancelToken m_cancel;
    std::unique_ptr<QThread> m_thread;
    std::atomic<int> m_total{0};
    bool m_running = false;
};

}  // namespace vo

Q_DECLARE_METATYPE(vo::OcrJobPage)
