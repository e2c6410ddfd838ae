// Benchmark and guard: while a 4-page OCR job runs, with pages arriving in the page view and the
// text pane, a 10 ms timer on the GUI thread never fires more than 100 ms late. Prints the
// maximum and the 99th percentile lateness.

#include "GuiTestSupport.h"
#include "TestUtil.h"

#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "jobs/ImportQueue.h"
#include "widgets/PageView.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <vector>

class TestGuiResponsiveness : public QObject {
    Q_OBJECT

private slots:
    void uiThreadStaysResponsiveDuringOcr();
};

void TestGuiResponsiveness::uiThreadStaysResponsiveDuringOcr()
{
    QTemporaryDir dir;
    const QString page = vo::test::dataFile(QStringLiteral("tess_phototest.tif"));
    const QString fourPages = dir.filePath(QStringLiteral("four-pages.tif"));
    const vo::test::ProcessResult made = vo::test::run(
        QStringLiteral("convert"), {page, page, page, page, QStringLiteral("-compress"), QStringLiteral("Group4"), fourPages});
    QVERIFY2(made.exitCode == 0, made.err.constData());

    vo::test::WindowFixture f;
    std::vector<qint64> lateness;
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max<qint64>(0, (now - last) / 1'000'000 - 10));
        last = now;
    });

    // The window's first layout and paint (fonts, styles) happen before the measurement.
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QTest::qWait(500);
    clock.start();
    tick.start();
    f.window->openForOcr(fourPages);
    QVERIFY(vo::test::waitForImports(*f.window, 240'000));
    const double seconds = clock.elapsed() / 1000.0;
    tick.stop();

    vo::ui::OpenDocument* doc = f.window->library()->current();
    QVERIFY(doc);
    QCOMPARE(doc->loadedPages(), 4);
    QTRY_VERIFY(f.window->pageView()->hasImage());
    QVERIFY(lateness.size() > 20);
    std::vector<qint64> sorted = lateness;
    std::sort(sorted.begin(), sorted.end());
    const qint64 maxLate = sorted.back();
    const qint64 p99 = sorted[sorted.size() * 99 / 100];
    qInfo("4-page OCR job: %.1f s; 10 ms UI timer fired %d times; lateness max %lld ms, p99 %lld ms",
          seconds, int(lateness.size()), maxLate, p99);
    QVERIFY2(maxLate <= 100, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(maxLate)));
}

QTEST_MAIN(TestGuiResponsiveness)
#include "TestGuiResponsiveness.moc"
