#include "ocr/TesseractEngine.h"

#include "TestOcrSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

using namespace vo;

namespace {

QString errorText(const Error& e) { return QStringLiteral("%1: %2").arg(int(e.code)).arg(e.message); }

std::unique_ptr<TesseractEngine> makeEngine(OcrSettings settings = {})
{
    auto engine = TesseractEngine::create(settings);
    if (!engine.ok()) {
        qWarning("engine: %s", qPrintable(errorText(engine.error())));
        return nullptr;
    }
    return std::move(engine).value();
}

// Redirects fds 1 and 2 into a pipe for its lifetime and collects everything written there.
class OutputCapture {
public:
    OutputCapture()
    {
        fflush(stdout);
        fflush(stderr);
        if (pipe(m_pipe) != 0)
            return;
        m_savedOut = dup(1);
        m_savedErr = dup(2);
        dup2(m_pipe[1], 1);
        dup2(m_pipe[1], 2);
        close(m_pipe[1]);
        m_reader = std::thread([this] {
            char buf[4096];
            ssize_t n;
            while ((n = read(m_pipe[0], buf, sizeof buf)) > 0)
                m_data.append(buf, n);
        });
    }
    // Restores the descriptors; returns what was written while capturing.
    QByteArray finish()
    {
        fflush(stdout);
        fflush(stderr);
        dup2(m_savedOut, 1);
        dup2(m_savedErr, 2);
        close(m_savedOut);
        close(m_savedErr);
        m_reader.join();  // EOF: every write end of the pipe is closed now
        close(m_pipe[0]);
        return m_data;
    }

private:
    int m_pipe[2] = {-1, -1};
    int m_savedOut = -1;
    int m_savedErr = -1;
    std::thread m_reader;
    QByteArray m_data;
};

}  // namespace

class TestTesseractEngine : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv("TESSDATA_PREFIX"); }

    void missingLanguage()
    {
        OcrSettings s;
        s.languages = QStringLiteral("eng+xyz");
        auto engine = TesseractEngine::create(s);
        QVERIFY(!engine.ok());
        QCOMPARE(engine.error().code, ErrorCode::LanguageMissing);
        QVERIFY2(engine.error().message.contains(QLatin1String("tesseract-ocr-xyz")), qPrintable(engine.error().message));
    }

    void garbageLanguage_data()
    {
        QTest::addColumn<QString>("languages");
        QTest::newRow("relative path") << QStringLiteral("../x");
        QTest::newRow("absolute path") << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata/eng");
        QTest::newRow("url") << QStringLiteral("https://example.org/eng");
        QTest::newRow("empty") << QString();
    }
    void garbageLanguage()
    {
        QFETCH(QString, languages);
        OcrSettings s;
        s.languages = languages;
        auto engine = TesseractEngine::create(s);
        QVERIFY(!engine.ok());
        QCOMPARE(engine.error().code, ErrorCode::Usage);
    }

    void missingOsdNamesPackage()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::link(QStringLiteral("/usr/share/tesseract-ocr/5/tessdata/eng.traineddata"),
                            dir.filePath(QStringLiteral("eng.traineddata"))));
        qputenv("TESSDATA_PREFIX", QFile::encodeName(dir.path()));
        OcrSettings s;
        auto withRotation = TesseractEngine::create(s);
        QVERIFY(!withRotation.ok());
        QCOMPARE(withRotation.error().code, ErrorCode::LanguageMissing);
        QVERIFY(withRotation.error().message.contains(QLatin1String("tesseract-ocr-osd")));
        // Without automatic rotation the engine works from the TESSDATA_PREFIX directory alone.
        s.autoRotate = false;
        auto engine = makeEngine(s);
        QVERIFY(engine);
        auto r = engine->recognize(test::loadPage(QStringLiteral("tess_phototest.tif")), {}, CancelToken());
        QVERIFY(r.ok());
        QVERIFY(r->page.plainText().contains(QLatin1String("quick brown dog")));
    }

    void rejectsEmptyImage()
    {
        auto engine = makeEngine();
        QVERIFY(engine);
        auto r = engine->recognize(PageImage(), {}, CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InputUnreadable);
    }

    void cancelledBeforeStart()
    {
        auto engine = makeEngine();
        QVERIFY(engine);
        CancelToken cancel;
        cancel.cancel();
        auto r = engine->recognize(test::loadPage(QStringLiteral("tess_phototest.tif")), {}, cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
    }

    void resolutionComesFromPageImage()
    {
        auto engine = makeEngine();
        QVERIFY(engine);
        PageImage page = test::loadPage(QStringLiteral("tess_phototest.tif"));
        QVERIFY(page.pix);
        pixSetResolution(page.pix.get(), 0, 0);  // as if the decoder left it unset
        page.dpiX = page.dpiY = 200;
        auto r = engine->recognize(page, {}, CancelToken());
        QVERIFY(r.ok());
        QCOMPARE(r->page.dpiX, 200);
        QCOMPARE(r->page.dpiY, 200);
        QCOMPARE(r->page.imageSize, QSize(640, 480));
        QCOMPARE(r->page.sizeInPoints(), QSizeF(640 * 72 / 200.0, 480 * 72 / 200.0));
        QCOMPARE(r->page.languages, QStringLiteral("eng"));
        const double cer = test::characterErrorRate(test::groundTruth(QStringLiteral("tess_phototest.tif")),
                                                    r->page.plainText());
        QVERIFY2(cer < 0.02, qPrintable(QString::number(cer)));
    }

    void modelStructure()
    {
        auto engine = makeEngine();
        QVERIFY(engine);
        auto r = engine->recognize(test::loadPage(QStringLiteral("tess_phototest.tif")), {}, CancelToken());
        QVERIFY(r.ok());
        const OcrPage& page = r->page;
        QVERIFY(!page.blocks.empty());
        int lines = 0;
        const QRect imageRect(QPoint(0, 0), page.imageSize);
        for (const auto& b : page.blocks) {
            QVERIFY(!b.lines.empty());
            for (const auto& l : b.lines) {
                ++lines;
                QVERIFY(!l.words.empty());
                QVERIFY(b.box.contains(l.box));
                for (const auto& w : l.words) {
                    QVERIFY(!w.text.trimmed().isEmpty());
                    QVERIFY2(imageRect.contains(w.box), qPrintable(w.text));
                    QVERIFY(l.box.contains(w.box));
                    QVERIFY(w.confidence > 0 && w.confidence <= 100);
                    // The baseline runs along the word, near its bottom edge.
                    QVERIFY(!w.baseline.isNull());
                    QVERIFY(std::abs(w.baseline.y1() - (w.box.top() + w.box.height())) < w.box.height());
                }
            }
        }
        QCOMPARE(lines, 8);  // phototest.tif has 8 text lines
        QVERIFY(page.wordCount() >= 55);  // 60 words in the ground truth
        // The first word is "This", whose ink starts at (36, 92) in the 640 × 480 image.
        const OcrWord& first = page.blocks.front().lines.front().words.front();
        QCOMPARE(first.text, QStringLiteral("This"));
        QVERIFY2(std::abs(first.box.left() - 36) <= 3 && std::abs(first.box.top() - 92) <= 3,
                 qPrintable(QStringLiteral("%1,%2").arg(first.box.left()).arg(first.box.top())));
    }

    void engineReuseGivesIndependentResults()
    {
        OcrSettings s;
        s.languages = QStringLiteral("eng+deu+fra");
        auto engine = makeEngine(s);
        QVERIFY(engine);
        const PageImage photo = test::loadPage(QStringLiteral("tess_phototest.tif"));
        const PageImage euro = test::loadPage(QStringLiteral("tess_eurotext_multilang.tif"));
        auto a = engine->recognize(photo, {}, CancelToken());
        auto b = engine->recognize(euro, {}, CancelToken());
        auto c = engine->recognize(photo, {}, CancelToken());
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(c->page.plainText(), a->page.plainText());  // nothing carried over from page b
        QCOMPARE(c->page.wordCount(), a->page.wordCount());
        QCOMPARE(c->page.imageSize, QSize(640, 480));
        QCOMPARE(b->page.imageSize, QSize(1024, 800));
        QVERIFY(a->page.plainText().contains(QLatin1String("jumped")));
        QVERIFY(!a->page.plainText().contains(QLatin1String("Fuchs")));
        QVERIFY(!b->page.plainText().contains(QLatin1String("jumped")));
        QVERIFY(b->page.plainText().contains(QLatin1String("Fuchs")));
        QVERIFY(b->page.deskewDegrees != 0);  // eurotext is skewed by ~0.8°; phototest is not
        QCOMPARE(c->page.deskewDegrees, 0.0);
    }

    void progressReachesHundred()
    {
        auto engine = makeEngine();
        QVERIFY(engine);
        std::vector<int> seen;
        auto r = engine->recognize(test::loadPage(QStringLiteral("tess_phototest.tif")),
                                   [&seen](int p) { seen.push_back(p); }, CancelToken());
        QVERIFY(r.ok());
        QVERIFY2(seen.size() >= 5, qPrintable(QString::number(seen.size())));
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 100);
        QVERIFY(seen.front() >= 0 && seen.front() < 50);
    }

    void cancelFromAnotherThread()
    {
        auto engine = makeEngine();
        QVERIFY(engine);
        const PageImage page = test::loadPage(QStringLiteral("unlv_8087_054_magazine_multicol.tif"));
        QVERIFY(page.pix);
        CancelToken cancel;
        std::atomic<bool> started{false};
        std::atomic<int> callsAfterCancel{0};
        std::chrono::steady_clock::time_point cancelledAt;
        std::thread canceller([&] {
            while (!started.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            cancelledAt = std::chrono::steady_clock::now();
            cancel.cancel();
        });
        QElapsedTimer total;
        total.start();
        auto r = engine->recognize(page, [&](int) {
            started.store(true);
            if (cancel.isCancelled())
                ++callsAfterCancel;
        }, cancel);
        const auto returnedAt = std::chrono::steady_clock::now();
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(returnedAt - cancelledAt).count();
        qInfo("cancel: returned %lld ms after cancel(), %lld ms in total, %d progress calls after cancel",
              static_cast<long long>(ms), static_cast<long long>(total.elapsed()), callsAfterCancel.load());
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        // The engine stays usable after a cancelled page.
        auto again = engine->recognize(test::loadPage(QStringLiteral("tess_phototest.tif")), {}, CancelToken());
        QVERIFY(again.ok());
        QVERIFY(again->page.plainText().contains(QLatin1String("quick brown dog")));
    }

    void pageTimeout()
    {
        OcrSettings s;
        s.pageTimeoutMs = 1;
        auto engine = makeEngine(s);
        QVERIFY(engine);
        QElapsedTimer t;
        t.start();
        auto r = engine->recognize(test::loadPage(QStringLiteral("unlv_8087_054_magazine_multicol.tif")), {},
                                   CancelToken());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InputUnreadable);
        QCOMPARE(r.error().message, QStringLiteral("recognition timed out on this page"));
        qInfo("timeout: returned after %lld ms (layout analysis is not interruptible)",
              static_cast<long long>(t.elapsed()));
    }

    // The pipeline runs one engine per worker thread; engines created and used in parallel
    // must not disturb each other.
    void parallelEngines()
    {
        const PageImage photo = test::loadPage(QStringLiteral("tess_phototest.tif"));
        const PageImage euro = test::loadPage(QStringLiteral("tess_eurotext_multilang.tif"));
        QString texts[2];
        bool ok[2] = {false, false};
        auto work = [&](int i, const PageImage& page) {
            OcrSettings s;
            s.languages = QStringLiteral("eng+deu+fra");
            auto engine = TesseractEngine::create(s);
            if (!engine.ok())
                return;
            auto r = (*engine)->recognize(page, {}, CancelToken());
            ok[i] = r.ok();
            if (r.ok())
                texts[i] = r->page.plainText();
        };
        std::thread a(work, 0, std::cref(photo));
        std::thread b(work, 1, std::cref(euro));
        a.join();
        b.join();
        QVERIFY(ok[0] && ok[1]);
        QVERIFY(test::characterErrorRate(test::groundTruth(QStringLiteral("tess_phototest.tif")), texts[0]) < 0.02);
        QVERIFY(test::characterErrorRate(test::groundTruth(QStringLiteral("tess_eurotext_multilang.tif")), texts[1]) < 0.05);
    }

    // Tesseract prints to stderr from Init, OSD ("Too few characters"), resolution guessing and
    // more. None of that may reach our stdout/stderr (page text could be in it).
    void nothingReachesStdoutOrStderr()
    {
        PageImage blank;
        blank.pix.reset(pixCreate(800, 600, 8));
        pixSetAll(blank.pix.get());
        PageImage tiny;
        tiny.pix.reset(pixCreate(3, 3, 1));
        PageImage noRes = test::loadPage(QStringLiteral("tess_phototest.tif"));
        pixSetResolution(noRes.pix.get(), 0, 0);
        noRes.dpiX = noRes.dpiY = 0;  // nothing known: the engine must not let tesseract guess aloud
        // Every preprocessing path: a quarter turn, deskew of a 1 bpp page (shear) and of a
        // colour page (area map).
        const PageImage turned = test::loadPage(QStringLiteral("tess_phototest_rot90.png"));
        PixPtr colour(pixConvertTo32(noRes.pix.get()));
        PixPtr tiltedColour(pixRotate(colour.get(), 0.05f, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 640, 480));
        PixPtr tiltedBinary(pixRotate(noRes.pix.get(), 0.05f, L_ROTATE_SHEAR, L_BRING_IN_WHITE, 640, 480));
        const PageImage skewColour = test::pageFromPix(tiltedColour.get(), 200);
        const PageImage skewBinary = test::pageFromPix(tiltedBinary.get(), 200);
        const PageImage* pages[] = {&blank, &tiny, &noRes, &turned, &skewColour, &skewBinary};
        constexpr int kPages = 6;

        OutputCapture capture;
        OcrSettings bad;
        bad.languages = QStringLiteral("xyz");
        const bool badFailed = !TesseractEngine::create(bad).ok();
        auto engine = TesseractEngine::create(OcrSettings());
        const bool created = engine.ok();
        int words[kPages] = {};
        int rotation[kPages] = {};
        double deskew[kPages] = {};
        for (int i = 0; created && i < kPages; ++i) {
            auto r = (*engine)->recognize(*pages[i], {}, CancelToken());
            words[i] = r.ok() ? r->page.wordCount() : -1;
            rotation[i] = r.ok() ? r->page.rotationApplied : -1;
            deskew[i] = r.ok() ? r->page.deskewDegrees : 0;
        }
        const QByteArray output = capture.finish();

        QVERIFY(badFailed);
        QVERIFY(created);
        QCOMPARE(words[0], 0);
        QCOMPARE(words[1], 0);
        for (int i = 2; i < kPages; ++i)
            QVERIFY2(words[i] > 50, qPrintable(QString::number(i)));
        QCOMPARE(rotation[3], 270);
        QVERIFY(deskew[4] < -2.5 && deskew[5] < -2.5);
        QVERIFY2(output.isEmpty(), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestTesseractEngine)
#include "TestTesseractEngine.moc"
