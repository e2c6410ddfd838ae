// The pipeline's contract with a fake engine: pages reach the sink in order whatever order the
// workers finish in, memory is bounded by the window, cancellation and errors stop the job.
#include "pipeline/OcrPipeline.h"

#include "TestUtil.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace vo;

namespace {

// Answers with the page width as its only word and sleeps longer on narrow pages, so that with
// several workers pages finish out of order.
class FakeEngine : public OcrEngine {
public:
    explicit FakeEngine(std::atomic<int>& calls, int failOnCall) : m_calls(calls), m_failOn(failOnCall) {}
    Result<RecognizedPage> recognize(const PageImage& image, const PageProgressFn& progress,
                                     const CancelToken& cancel) override
    {
        const int call = ++m_calls;
        if (call == m_failOn)
            return makeError(ErrorCode::InputUnreadable, QStringLiteral("fake failure"));
        const int w = int(pixGetWidth(image.pix.get()));
        std::this_thread::sleep_for(std::chrono::milliseconds(w < 600 ? 60 : 5));
        progress(50);
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        RecognizedPage r;
        r.page.imageSize = QSize(w, int(pixGetHeight(image.pix.get())));
        OcrWord word;
        word.text = QString::number(w);
        OcrLine line;
        line.words.push_back(word);
        OcrBlock block;
        block.lines.push_back(line);
        r.page.blocks.push_back(block);
        r.cleaned = PixPtr(pixClone(image.pix.get()));
        return r;
    }

private:
    std::atomic<int>& m_calls;
    int m_failOn;
};

class RecordingSink : public PageSink, public PipelineObserver {
public:
    Result<void> consume(PipelinePage& page) override
    {
        const int alive = m_done.load() - int(widths.size());
        maxAlive = std::max(maxAlive, alive);
        if (page.index != int(widths.size()))
            outOfOrder = true;
        widths << page.result.page.blocks[0].lines[0].words[0].text.toInt();
        return {};
    }
    void pageDone(int, const OcrPage&, const PageImage&) override
    {
        ++m_done;
        if (cancelAfter > 0 && m_done.load() == cancelAfter)
            token.cancel();
    }
    QList<int> widths;
    int maxAlive = 0;
    bool outOfOrder = false;
    int cancelAfter = 0;
    CancelToken token;

private:
    std::atomic<int> m_done{0};
};

}  // namespace

class TestOcrPipeline : public QObject {
    Q_OBJECT

    QStringList inputs(int pairs)
    {
        QStringList in;
        for (int i = 0; i < pairs; ++i)
            in << test::dataFile(QStringLiteral("tess_phototest.tif")) << test::dataFile(QStringLiteral("tess_phototest_rot90.png"));
        return in;
    }
    static OcrEngineFactory factory(std::atomic<int>& calls, int failOn = -1)
    {
        return [&calls, failOn]() -> Result<std::unique_ptr<OcrEngine>> {
            return std::unique_ptr<OcrEngine>(std::make_unique<FakeEngine>(calls, failOn));
        };
    }

private slots:
    void pagesArriveInOrderWithBoundedWindow()
    {
        std::atomic<int> calls{0};
        PipelineOptions o;
        o.jobs = 3;
        OcrPipeline pipeline(o, factory(calls));
        RecordingSink sink;
        auto stats = pipeline.run(inputs(6), sink, &sink, sink.token);
        QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message));
        QCOMPARE(stats->pages, 12);
        QCOMPARE(stats->workers, 3);
        QVERIFY(!sink.outOfOrder);
        QList<int> expected;
        for (int i = 0; i < 6; ++i)
            expected << 640 << 480;
        QCOMPARE(sink.widths, expected);
        QVERIFY2(sink.maxAlive <= 2 * 3, qPrintable(QString::number(sink.maxAlive)));
    }

    void selectionOverAllInputs()
    {
        std::atomic<int> calls{0};
        PipelineOptions o;
        o.jobs = 2;
        o.pages = PageSelection::parse(QStringLiteral("2,3")).value();
        OcrPipeline pipeline(o, factory(calls));
        RecordingSink sink;
        auto stats = pipeline.run(inputs(2), sink, &sink, sink.token);
        QVERIFY(stats.ok());
        QCOMPARE(sink.widths, (QList<int>{480, 640}));
        QCOMPARE(calls.load(), 2);  // unselected pages are never recognised
    }

    void cancellationStops()
    {
        std::atomic<int> calls{0};
        PipelineOptions o;
        o.jobs = 2;
        OcrPipeline pipeline(o, factory(calls));
        RecordingSink sink;
        sink.cancelAfter = 2;
        auto stats = pipeline.run(inputs(10), sink, &sink, sink.token);
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().code, ErrorCode::Cancelled);
        QVERIFY(calls.load() < 20);
        QVERIFY(sink.widths.size() < 20);
    }

    void engineErrorStopsTheJob()
    {
        std::atomic<int> calls{0};
        PipelineOptions o;
        o.jobs = 2;
        OcrPipeline pipeline(o, factory(calls, 3));
        RecordingSink sink;
        auto stats = pipeline.run(inputs(10), sink, &sink, sink.token);
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().code, ErrorCode::InputUnreadable);
        QVERIFY(calls.load() < 20);
    }

    void badInputFailsBeforeAnyRecognition()
    {
        std::atomic<int> calls{0};
        OcrPipeline pipeline(PipelineOptions{}, factory(calls));
        RecordingSink sink;
        auto stats = pipeline.run(inputs(1) << QStringLiteral("/nonexistent.png"), sink, &sink, sink.token);
        QVERIFY(!stats.ok());
        QCOMPARE(stats.error().code, ErrorCode::InputUnreadable);
        QCOMPARE(calls.load(), 0);
        QVERIFY(sink.widths.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOcrPipeline)
#include "TestOcrPipeline.moc"
