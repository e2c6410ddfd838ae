#include "ocr/LanguageCatalog.h"
#include "ocr/OrientationDetector.h"
#include "ocr/Preprocessor.h"
#include "ocr/TesseractEngine.h"

#include "TestOcrSupport.h"

#include <QTest>

#include <numbers>

using namespace vo;

namespace {

const QString kPhoto = QStringLiteral("tess_phototest.tif");

// phototest turned clockwise by `degrees` the way a skewed scan looks: grey, anti-aliased,
// enlarged so no text is cut off.
PixPtr skewed(PIX* src, double degrees)
{
    PixPtr grey(pixConvertTo8(src, 0));
    const double radians = degrees * std::numbers::pi / 180.0;
    PixPtr out(pixRotate(grey.get(), float(radians), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE,
                         pixGetWidth(src), pixGetHeight(src)));
    pixCopyResolution(out.get(), src);
    return out;
}

double cerOf(const RecognizedPage& r)
{
    return test::characterErrorRate(test::groundTruth(kPhoto), r.page.plainText());
}

}  // namespace

class TestOcrPreprocessor : public QObject {
    Q_OBJECT

private slots:
    void orientationEstimates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("correction");
        QTest::newRow("upright") << kPhoto << 0;
        QTest::newRow("rot90") << QStringLiteral("tess_phototest_rot90.png") << 270;
        QTest::newRow("rot180") << QStringLiteral("tess_phototest_rot180.png") << 180;
    }
    void orientationEstimates()
    {
        QFETCH(QString, file);
        QFETCH(int, correction);
        auto osd = OrientationDetector::create(LanguageCatalog::tessdataDir());
        QVERIFY(osd.ok());
        const PageImage page = test::loadPage(file);
        QVERIFY(page.pix);
        const OrientationEstimate e = (*osd)->estimate(page.pix.get(), page.dpiY);
        qInfo("%s: OSD says turned %d°, confidence %.2f", qPrintable(file), e.pageRotation, e.confidence);
        QVERIFY(e.detected);
        QCOMPARE(e.correction(), correction);
        QVERIFY(e.confidence >= OrientationDetector::kMinConfidence);
    }

    void lowConfidenceDoesNotRotate()
    {
        OrientationEstimate e;
        e.detected = true;
        e.pageRotation = 180;
        e.confidence = OrientationDetector::kMinConfidence - 0.5f;
        QCOMPARE(e.correction(), 0);
        e.confidence = OrientationDetector::kMinConfidence;
        QCOMPARE(e.correction(), 180);
        e.detected = false;
        QCOMPARE(e.correction(), 0);
    }

    void blankPageIsLeftAlone()
    {
        auto osd = OrientationDetector::create(LanguageCatalog::tessdataDir());
        QVERIFY(osd.ok());
        PixPtr blank(pixCreate(1000, 800, 8));
        pixSetAll(blank.get());
        const Preprocessor pre(osd->get(), true);
        auto r = pre.run(blank.get(), 300, 300);
        QVERIFY(r.ok());
        QCOMPARE(r->rotationApplied, 0);
        QCOMPARE(r->deskewDegrees, 0.0);
        QVERIFY(!r->geometryChanged());
    }

    void rotatedPagesAreTurnedUpright_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("applied");
        QTest::newRow("upright") << kPhoto << 0;
        QTest::newRow("rot90") << QStringLiteral("tess_phototest_rot90.png") << 270;
        QTest::newRow("rot180") << QStringLiteral("tess_phototest_rot180.png") << 180;
    }
    void rotatedPagesAreTurnedUpright()
    {
        QFETCH(QString, file);
        QFETCH(int, applied);
        auto engine = TesseractEngine::create(OcrSettings());
        QVERIFY(engine.ok());
        const PageImage page = test::loadPage(file);
        PixPtr before(pixCopy(nullptr, page.pix.get()));
        auto r = (*engine)->recognize(page, {}, CancelToken());
        QVERIFY(r.ok());
        l_int32 same = 0;
        pixEqual(before.get(), page.pix.get(), &same);
        QVERIFY2(same, "the source image must not be modified");
        QCOMPARE(r->page.rotationApplied, applied);
        QCOMPARE(r->page.deskewDegrees, 0.0);  // phototest's own skew (0.08°) is below the threshold
        QCOMPARE(r->cleanedIsSource, applied == 0);
        QVERIFY(r->cleaned);
        QCOMPARE(QSize(pixGetWidth(r->cleaned.get()), pixGetHeight(r->cleaned.get())), QSize(640, 480));
        QCOMPARE(r->page.imageSize, QSize(640, 480));
        const double cer = cerOf(r.value());
        qInfo("%s: rotation %d, CER %.2f %%", qPrintable(file), applied, 100 * cer);
        QVERIFY2(cer < 0.03, qPrintable(QString::number(cer)));
    }

    void autoRotateOff()
    {
        OcrSettings s;
        s.autoRotate = false;
        auto engine = TesseractEngine::create(s);
        QVERIFY(engine.ok());
        auto r = (*engine)->recognize(test::loadPage(QStringLiteral("tess_phototest_rot180.png")), {}, CancelToken());
        QVERIFY(r.ok());
        QCOMPARE(r->page.rotationApplied, 0);
        QVERIFY(r->cleanedIsSource);
        const double cer = cerOf(r.value());
        qInfo("rot180 without autoRotate: CER %.2f %%", 100 * cer);
        QVERIFY(cer > 0.5);  // upside-down text is unreadable: the switch really switches
    }

    void quarterTurnSwapsResolution()
    {
        auto engine = TesseractEngine::create(OcrSettings());
        QVERIFY(engine.ok());
        PageImage page = test::loadPage(QStringLiteral("tess_phototest_rot90.png"));
        // An anisotropic scanner (as if: the pixels are not stretched here, only the metadata is
        // set): after a quarter turn the horizontal resolution becomes the vertical one.
        page.dpiX = 100;
        page.dpiY = 200;
        auto r = (*engine)->recognize(page, {}, CancelToken());
        QVERIFY(r.ok());
        QCOMPARE(r->page.rotationApplied, 270);
        QCOMPARE(r->page.dpiX, 200);
        QCOMPARE(r->page.dpiY, 100);
    }

    void measureSkewSign()
    {
        const PageImage page = test::loadPage(kPhoto);
        PixPtr tilted = skewed(page.pix.get(), 3.0);
        const SkewEstimate s = Preprocessor::measureSkew(tilted.get());
        qInfo("phototest turned 3° clockwise: measured %.2f° (confidence %.1f)", s.degrees, s.confidence);
        QVERIFY(std::abs(s.degrees + 3.0) < 0.3);  // turning back means -3°
        QVERIFY(s.confidence >= Preprocessor::kMinSkewConfidence);
        PixPtr straight = Preprocessor::rotateSmallAngle(tilted.get(), s.degrees);
        QCOMPARE(pixGetWidth(straight.get()), pixGetWidth(tilted.get()));
        QCOMPARE(pixGetHeight(straight.get()), pixGetHeight(tilted.get()));
        QVERIFY(std::abs(Preprocessor::measureSkew(straight.get()).degrees) < 0.2);
    }

    // A scan skewed by a few degrees: tesseract's line finder merges neighbouring lines and loses
    // whole paragraphs; deskew recovers them. Both CERs are printed for the record.
    void deskewRecoversSkewedScan_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("languages");
        QTest::addColumn<double>("degrees");
        QTest::addColumn<double>("maxCer");
        QTest::addColumn<double>("minGain");  // how much deskew must lower the CER
        QTest::newRow("phototest 3°") << kPhoto << QStringLiteral("eng") << 3.0 << 0.03 << 0.0;
        QTest::newRow("phototest 5°") << kPhoto << QStringLiteral("eng") << 5.0 << 0.03 << 0.2;
        // Longer lines at 300 dpi: 3° already drifts by more than a line pitch.
        QTest::newRow("eurotext 3°") << QStringLiteral("tess_eurotext_multilang.tif")
                                     << QStringLiteral("eng+deu+fra") << 3.0 << 0.05 << 0.2;
    }
    void deskewRecoversSkewedScan()
    {
        QFETCH(QString, file);
        QFETCH(QString, languages);
        QFETCH(double, degrees);
        QFETCH(double, maxCer);
        QFETCH(double, minGain);
        const PageImage src = test::loadPage(file);
        QVERIFY(src.pix);
        PixPtr tilted = skewed(src.pix.get(), degrees);
        const PageImage page = test::pageFromPix(tilted.get(), src.dpiY);
        const QString truth = test::groundTruth(file);

        OcrSettings s;
        s.languages = languages;
        s.autoRotate = false;  // isolate the deskew step
        s.deskew = false;
        auto plain = TesseractEngine::create(s);
        QVERIFY(plain.ok());
        auto without = (*plain)->recognize(page, {}, CancelToken());
        QVERIFY(without.ok());
        QCOMPARE(without->page.deskewDegrees, 0.0);
        QVERIFY(without->cleanedIsSource);

        s.deskew = true;
        auto engine = TesseractEngine::create(s);
        QVERIFY(engine.ok());
        auto with = (*engine)->recognize(page, {}, CancelToken());
        QVERIFY(with.ok());
        const double cerOff = test::characterErrorRate(truth, without->page.plainText());
        const double cerOn = test::characterErrorRate(truth, with->page.plainText());
        qInfo("%s turned %.0f°: CER %.2f %% with deskew (%.2f° applied), %.2f %% without",
              qPrintable(file), degrees, 100 * cerOn, with->page.deskewDegrees, 100 * cerOff);
        // eurotext carries its own -0.8° on top of the test's rotation.
        QVERIFY(std::abs(with->page.deskewDegrees + degrees) < 1.0);
        QVERIFY(!with->cleanedIsSource);
        QCOMPARE(with->page.imageSize, QSize(pixGetWidth(tilted.get()), pixGetHeight(tilted.get())));
        QVERIFY2(cerOn < maxCer, qPrintable(QString::number(cerOn)));
        QVERIFY2(cerOff - cerOn >= minGain, qPrintable(QStringLiteral("%1 vs %2").arg(cerOn).arg(cerOff)));
    }

    void depthsAndColormaps()
    {
        const PageImage page = test::loadPage(kPhoto);
        PixPtr cmapped(pixConvertTo8(page.pix.get(), 1));  // 8 bpp with a colour map
        QVERIFY(pixGetColormap(cmapped.get()));
        PixPtr two(pixConvert1To2(nullptr, page.pix.get(), 0, 3));  // 2 bpp
        for (PIX* p : {cmapped.get(), two.get()}) {
            PixPtr n = Preprocessor::normalized(p);
            QVERIFY(n);
            QVERIFY(!pixGetColormap(n.get()));
            const int d = pixGetDepth(n.get());
            QVERIFY(d == 1 || d == 8 || d == 32);
        }
        auto engine = TesseractEngine::create(OcrSettings());
        QVERIFY(engine.ok());
        auto r = (*engine)->recognize(test::pageFromPix(cmapped.get(), 200), {}, CancelToken());
        QVERIFY(r.ok());
        QVERIFY(cerOf(r.value()) < 0.02);
    }
};

QTEST_GUILESS_MAIN(TestOcrPreprocessor)
#include "TestOcrPreprocessor.moc"
