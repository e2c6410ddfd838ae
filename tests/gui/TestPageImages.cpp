// Page images for display of stored documents: PageImageDecoder turns every PdfImage kind the
// vault stores (CCITT G4, Flate grey / RGB / bilevel, JPEG) back into the same pixels, and
// OriginalPageRenderer rebuilds the cleaned page (turned upright, deskewed) from the original
// file so that the OCR boxes fit — compared with the image the OCR job itself produced.

#include "TestUtil.h"

#include "input/PageImage.h"
#include "input/Pix.h"
#include "pdf/PdfImage.h"
#include "pipeline/OcrJob.h"
#include "vault/OriginalPageRenderer.h"
#include "vault/PageImageDecoder.h"

#include <QSignalSpy>
#include <QTest>

using namespace vo;
using namespace vo::ui;

namespace {

// Mean absolute difference of two images' grey values (0..255); -1 if the sizes differ.
double meanDifference(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return -1;
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar* la = ga.constScanLine(y);
        const uchar* lb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x)
            sum += std::abs(int(la[x]) - int(lb[x]));
    }
    return sum / (double(ga.width()) * ga.height());
}

PixPtr readPix(const QString& path) { return PixPtr(pixRead(path.toLocal8Bit().constData())); }

}  // namespace

class TestPageImages : public QObject {
    Q_OBJECT

private slots:
    void decodesEveryStoredKind_data();
    void decodesEveryStoredKind();
    void decodesJpegPassThrough();
    void rebuildsTheCleanedPageFromTheOriginal_data();
    void rebuildsTheCleanedPageFromTheOriginal();
};

void TestPageImages::decodesEveryStoredKind_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("filter");
    QTest::newRow("bilevel → CCITT G4") << 1 << int(PdfImage::Filter::CCITTG4);
    QTest::newRow("grey → Flate") << 8 << int(PdfImage::Filter::Flate);
    QTest::newRow("colour → Flate RGB") << 32 << int(PdfImage::Filter::Flate);
}

void TestPageImages::decodesEveryStoredKind()
{
    QFETCH(int, depth);
    QFETCH(int, filter);
    PixPtr source = readPix(test::dataFile(QStringLiteral("tess_phototest.tif")));
    QVERIFY(source);
    PixPtr pix(depth == 1 ? pixClone(source.get()) : depth == 8 ? pixConvertTo8(source.get(), 0) : pixConvertTo32(source.get()));
    QCOMPARE(pixGetDepth(pix.get()), depth);
    auto stored = encodeForPdf(pix.get(), PageImage{}, false);
    QVERIFY2(stored.ok(), stored ? "" : qPrintable(stored.error().message));
    QCOMPARE(int(stored->filter), filter);
    auto decoded = PageImageDecoder::decode(stored.value());
    QVERIFY2(decoded.ok(), decoded ? "" : qPrintable(decoded.error().message));
    const QImage expected = qimageFromPix(pix.get());
    QCOMPARE(decoded->size(), expected.size());
    QCOMPARE(meanDifference(decoded.value(), expected), 0.0);  // lossless kinds: identical pixels
}

void TestPageImages::decodesJpegPassThrough()
{
    const QString path = test::dataFile(QStringLiteral("dh_locke_de_book_p0008.jpg"));
    PageImage source;
    source.jpegPassthrough = test::readBytes(path);
    source.pix = readPix(path);
    QVERIFY(source.pix);
    auto stored = encodeForPdf(source.pix.get(), source, true);
    QVERIFY(stored.ok());
    QCOMPARE(stored->filter, PdfImage::Filter::DCT);
    auto decoded = PageImageDecoder::decode(stored.value());
    QVERIFY(decoded.ok());
    const double diff = meanDifference(decoded.value(), qimageFromPix(source.pix.get()));
    qInfo("JPEG decoded by Qt vs leptonica: mean difference %.2f grey levels", diff);
    QVERIFY(diff >= 0 && diff < 3.0);
    // Damaged data is a clear error, not garbage.
    PdfImage broken = stored.value();
    broken.data.truncate(100);
    QVERIFY(!PageImageDecoder::decode(broken).ok());
    PdfImage brokenFlate;
    brokenFlate.filter = PdfImage::Filter::Flate;
    brokenFlate.width = 10;
    brokenFlate.height = 10;
    brokenFlate.data = QByteArray("not zlib at all");
    QVERIFY(!PageImageDecoder::decode(brokenFlate).ok());
}

void TestPageImages::rebuildsTheCleanedPageFromTheOriginal_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("turned 90°") << QStringLiteral("tess_phototest_rot90.png");
    QTest::newRow("skewed 0.8°") << QStringLiteral("tess_eurotext_multilang.tif");
}

void TestPageImages::rebuildsTheCleanedPageFromTheOriginal()
{
    QFETCH(QString, file);
    const QString path = test::dataFile(file);
    PipelineOptions options;
    options.ocr.languages = QStringLiteral("eng");
    options.jobs = 1;
    OcrJob job({path}, options);
    QSignalSpy pages(&job, &OcrJob::pageReady);
    QSignalSpy done(&job, &OcrJob::finished);
    job.start();
    QVERIFY(done.wait(120'000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QCOMPARE(pages.size(), 1);
    const OcrJobPage page = pages.first().at(0).value<OcrJobPage>();
    qInfo("%s: rotation %d°, deskew %.2f°", qPrintable(file), page.page.rotationApplied, page.page.deskewDegrees);
    QVERIFY(page.page.rotationApplied != 0 || page.page.deskewDegrees != 0);  // the case under test

    auto rebuilt = OriginalPageRenderer::render(test::readBytes(path), {page.page});
    QVERIFY2(rebuilt.ok(), rebuilt ? "" : qPrintable(rebuilt.error().message));
    const QImage& image = rebuilt->front();
    QCOMPARE(image.size(), page.image.size());
    const double diff = meanDifference(image, page.image);
    qInfo("rebuilt vs cleaned: mean difference %.3f grey levels", diff);
    QVERIFY(diff >= 0 && diff < 2.0);
    // Without the clean-up the boxes would not fit: the raw original differs clearly.
    OcrPage raw = page.page;
    raw.rotationApplied = 0;
    raw.deskewDegrees = 0;
    raw.imageSize = QSize();
    auto unturned = OriginalPageRenderer::render(test::readBytes(path), {raw});
    QVERIFY(unturned.ok());
    const double rawDiff = meanDifference(unturned->front(), page.image);
    QVERIFY2(rawDiff < 0 || rawDiff > 4 * std::max(diff, 0.5), qPrintable(QString::number(rawDiff)));
}

QTEST_GUILESS_MAIN(TestPageImages)
#include "TestPageImages.moc"
