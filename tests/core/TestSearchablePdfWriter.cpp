// The searchable PDF as readers see it: poppler-utils and qpdf check the structure, the page
// size, the extracted text, the word boxes, the embedded images and the rendered pixels.

#include "TestPdfSupport.h"
#include "pdf/PdfImage.h"
#include "pdf/SearchablePdfWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

#include <unistd.h>

using namespace vo;
using namespace vo::test;

namespace {

const Blocks kPage1 = {
    {{QStringLiteral("Größe"), QStringLiteral("déjà"), QStringLiteral("vu"), QStringLiteral("€"),
      QStringLiteral("42,50")},
     {QStringLiteral("«quotes»"), QStringLiteral("and"), QStringLiteral("„Anführung“"), QStringLiteral("naïve"),
      QStringLiteral("façade")}},
    {{QStringLiteral("The"), QStringLiteral("quick"), QStringLiteral("brown"), QStringLiteral("fox"),
      QStringLiteral("jumps")},
     {QStringLiteral("over"), QStringLiteral("the"), QStringLiteral("lazy"), QStringLiteral("dog."),
      QStringLiteral("Zoë")}},
};
const Blocks kPage2 = {
    {{QStringLiteral("Confidential"), QStringLiteral("personnel"), QStringLiteral("record")},
     {QStringLiteral("Salary"), QStringLiteral("review"), QStringLiteral("(2026)"), QStringLiteral("—"),
      QStringLiteral("approved")},
     {QStringLiteral("Ærøskøbing"), QStringLiteral("Łódź"), QStringLiteral("Straße"), QStringLiteral("ÉTÉ")}},
};

PdfImage encodeOrFail(const PIX* pix, const PageImage& source, bool reuse)
{
    Result<PdfImage> r = encodeForPdf(pix, source, reuse);
    if (!r)
        qFatal("encodeForPdf: %s", qPrintable(r.error().message));
    return std::move(r.value());
}

}  // namespace

class TestSearchablePdfWriter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Set VAULTOCR_KEEP_TEST_OUTPUT=1 to inspect the PDFs after a failure.
        if (qEnvironmentVariableIsSet("VAULTOCR_KEEP_TEST_OUTPUT")) {
            m_dir.setAutoRemove(false);
            qInfo("output kept in %s", qPrintable(m_dir.path()));
        }
    }
    void twoPagesGreyAndBilevel();
    void tiltedBaselineLandsOnItsBox();
    void noFinishLeavesNothing();
    void misuseIsAClearError();
    void unwritableDestination();
    void missingFontIsAClearError();
    void metadataCarriesNoIdentity();
    void twoHundredPagesInBoundedMemory();

private:
    QTemporaryDir m_dir;
};

void TestSearchablePdfWriter::twoPagesGreyAndBilevel()
{
    const int dpi1 = 150, dpi2 = 200;
    const RenderedPage p1 = renderWords(kPage1, QSize(1240, 760), dpi1, 40);
    RenderedPage p2 = renderWords(kPage2, QSize(1100, 700), dpi2, 44);
    // The second page has no baselines: the writer must fall back to the box bottom.
    for (OcrBlock& b : p2.page.blocks)
        for (OcrLine& l : b.lines)
            for (OcrWord& w : l.words)
                w.baseline = QLineF();
    const PixPtr grey = pixFromImage(p1.image, 8, dpi1);
    const PixPtr bilevel = pixFromImage(p2.image, 1, dpi2);
    const PdfImage img1 = encodeOrFail(grey.get(), PageImage{}, true);
    const PdfImage img2 = encodeOrFail(bilevel.get(), PageImage{}, true);
    QCOMPARE(img1.filter, PdfImage::Filter::Flate);
    QCOMPARE(img2.filter, PdfImage::Filter::CCITTG4);

    const QString pdf = m_dir.filePath(QStringLiteral("two-pages.pdf"));
    auto writer = SearchablePdfWriter::create(pdf);
    QVERIFY2(writer.ok(), qPrintable(writer.ok() ? QString() : writer.error().message));
    QVERIFY((*writer)->addPage(img1, p1.page).ok());
    QVERIFY((*writer)->addPage(img2, p2.page).ok());
    QVERIFY(!QFile::exists(pdf));  // nothing named exists before finish()
    QVERIFY((*writer)->finish().ok());
    QVERIFY(QFile::exists(pdf));

    const ProcessResult check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    QVERIFY(check.out.contains("No syntax or stream encoding errors found"));

    const std::vector<QSizeF> sizes = pdfPageSizes(pdf, 2);
    QCOMPARE(sizes.size(), size_t(2));
    qInfo("page sizes: %.3f x %.3f, %.3f x %.3f pt", sizes[0].width(), sizes[0].height(), sizes[1].width(),
          sizes[1].height());
    QVERIFY(std::abs(sizes[0].width() - 1240 * 72.0 / dpi1) <= 0.5);
    QVERIFY(std::abs(sizes[0].height() - 760 * 72.0 / dpi1) <= 0.5);
    QVERIFY(std::abs(sizes[1].width() - 1100 * 72.0 / dpi2) <= 0.5);
    QVERIFY(std::abs(sizes[1].height() - 700 * 72.0 / dpi2) <= 0.5);

    const QStringList pages = rawTextPages(pdf);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages[0], expectedText(kPage1));
    QCOMPARE(pages[1], expectedText(kPage2));

    // Reading in physical layout (pdftotext's default, and how evince/okular build lines for
    // selection and search) keeps every line whole: words of a line share one size and baseline.
    const ProcessResult layout = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QStringList layoutLines = QString::fromUtf8(layout.out).split(QRegularExpression(QStringLiteral("[\\n\\f]+")));
    layoutLines.removeAll(QString());
    QCOMPARE(layoutLines.join(QLatin1Char('\n')), expectedText(kPage1) + QLatin1Char('\n') + expectedText(kPage2));

    const std::vector<PdfWord> words = pdfBboxWords(pdf);
    std::vector<double> ious = wordIous(words, 1, p1.page, dpi1);
    const std::vector<double> ious2 = wordIous(words, 2, p2.page, dpi2);
    ious.insert(ious.end(), ious2.begin(), ious2.end());
    const auto good = std::count_if(ious.begin(), ious.end(), [](double v) { return v >= 0.9; });
    std::sort(ious.begin(), ious.end());
    qInfo("word IoU: %zu words, min %.3f, median %.3f, %lld >= 0.9", ious.size(), ious.front(),
          ious[ious.size() / 2], qlonglong(good));
    QVERIFY(double(good) >= 0.95 * double(ious.size()));

    const ProcessResult list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    const QList<QByteArray> rows = list.out.split('\n');
    QVERIFY(rows.size() >= 4);
    const QList<QByteArray> r1 = rows[2].simplified().split(' '), r2 = rows[3].simplified().split(' ');
    // page num type width height color comp bpc enc
    QCOMPARE(r1.value(3).toInt(), 1240);
    QCOMPARE(r1.value(4).toInt(), 760);
    QCOMPARE(r1.value(5), QByteArray("gray"));
    QCOMPARE(r1.value(8), QByteArray("image"));
    QCOMPARE(r2.value(3).toInt(), 1100);
    QCOMPARE(r2.value(4).toInt(), 700);
    QCOMPARE(r2.value(7).toInt(), 1);
    QCOMPARE(r2.value(8), QByteArray("ccitt"));

    // The images come back from the PDF pixel for pixel, and rendered at their own resolution
    // they show the source: black is black, white is white.
    const RenderedPage* src[] = {&p1, &p2};
    const int dpis[] = {dpi1, dpi2};
    for (int i = 0; i < 2; ++i) {
        const QImage source = i == 0 ? p1.image.convertToFormat(QImage::Format_Grayscale8)
                                     : p2.image.convertToFormat(QImage::Format_Grayscale8);
        const QImage extracted = extractPdfImage(pdf, i + 1, m_dir.path()).convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(extracted.size(), source.size());
        qint64 changed = 0;
        for (int y = 0; y < source.height(); ++y)
            for (int x = 0; x < source.width(); ++x) {
                const int s = source.constScanLine(y)[x];
                const int expected = i == 1 ? (s < 128 ? 0 : 255) : s;  // page 2 was binarised
                changed += extracted.constScanLine(y)[x] != expected;
            }
        QCOMPARE(changed, qint64(0));

        const QImage render = renderPdfPage(pdf, i + 1, dpis[i], m_dir.path());
        QCOMPARE(render.size(), source.size());
        QVERIFY2(qGray(render.pixel(src[i]->blackMarker.center())) < 64, "black marker must render black");
        QVERIFY2(qGray(render.pixel(src[i]->whiteProbe.center())) > 192, "white paper must render white");
        const qint64 bad = mismatchesBeyondOnePixel(render, source);
        qInfo("page %d: extracted image identical; render: %lld pixels off by more than one pixel", i + 1,
              qlonglong(bad));
        QCOMPARE(bad, qint64(0));
    }
}

void TestSearchablePdfWriter::tiltedBaselineLandsOnItsBox()
{
    const int dpi = 200;
    const Blocks blocks = {{{QStringLiteral("Tilted"), QStringLiteral("baseline")}}};
    const RenderedPage p = renderWords(blocks, QSize(900, 300), dpi, 48, 2.0);
    const PixPtr grey = pixFromImage(p.image, 8, dpi);
    const QString pdf = m_dir.filePath(QStringLiteral("tilted.pdf"));
    auto writer = SearchablePdfWriter::create(pdf);
    QVERIFY(writer.ok());
    QVERIFY((*writer)->addPage(encodeOrFail(grey.get(), PageImage{}, false), p.page).ok());
    QVERIFY((*writer)->finish().ok());
    QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);
    QCOMPARE(rawTextPages(pdf).value(0), QStringLiteral("Tilted baseline"));
    const std::vector<PdfWord> words = pdfBboxWords(pdf);
    const std::vector<double> ious = wordIous(words, 1, p.page, dpi);
    for (size_t i = 0; i < ious.size(); ++i) {
        qInfo("tilted word %zu IoU %.3f", i, ious[i]);
        QVERIFY(ious[i] >= 0.5);
    }
}

void TestSearchablePdfWriter::noFinishLeavesNothing()
{
    QTemporaryDir dir;
    const RenderedPage p = renderWords({{{QStringLiteral("draft")}}}, QSize(300, 200), 100, 30);
    const PixPtr grey = pixFromImage(p.image, 8, 100);
    {
        auto writer = SearchablePdfWriter::create(dir.filePath(QStringLiteral("abandoned.pdf")));
        QVERIFY(writer.ok());
        QVERIFY((*writer)->addPage(encodeOrFail(grey.get(), PageImage{}, false), p.page).ok());
        QVERIFY(filesBelow(dir.path()).isEmpty());  // not even a hidden temporary name
    }
    QCOMPARE(filesBelow(dir.path()), QStringList());
}

void TestSearchablePdfWriter::misuseIsAClearError()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("misuse.pdf"));
    const RenderedPage p = renderWords({{{QStringLiteral("x")}}}, QSize(200, 100), 100, 30);
    const PixPtr grey = pixFromImage(p.image, 8, 100);
    const PdfImage img = encodeOrFail(grey.get(), PageImage{}, false);
    auto writer = SearchablePdfWriter::create(pdf);
    QVERIFY(writer.ok());
    QVERIFY(!(*writer)->finish().ok());  // no pages: refused, nothing committed
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!(*writer)->addPage(PdfImage{}, p.page).ok());  // empty image
    OcrPage noDpi = p.page;
    noDpi.dpiX = 0;
    QVERIFY(!(*writer)->addPage(img, noDpi).ok());
    // A model without its image size still gets a page of the image's size.
    OcrPage noSize;
    noSize.dpiX = noSize.dpiY = 100;
    QVERIFY((*writer)->addPage(img, noSize).ok());
    QVERIFY((*writer)->finish().ok());
    QVERIFY(!(*writer)->finish().ok());
    QVERIFY(!(*writer)->addPage(img, p.page).ok());
    QCOMPARE(pdfPageSizes(pdf, 1).at(0), QSizeF(144, 72));
    QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);
}

void TestSearchablePdfWriter::unwritableDestination()
{
    auto missingDir = SearchablePdfWriter::create(m_dir.filePath(QStringLiteral("no/such/dir/out.pdf")));
    QVERIFY(!missingDir.ok());
    QCOMPARE(missingDir.error().code, ErrorCode::OutputNotWritable);
    QVERIFY(!missingDir.error().message.contains(QLatin1Char('\n')));

    QString readOnly;
    QTemporaryDir dir;
    if (::geteuid() == 0) {
        readOnly = QStringLiteral("/proc/self/out.pdf");  // root bypasses mode bits; procfs does not
    } else {
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        readOnly = dir.filePath(QStringLiteral("out.pdf"));
    }
    auto denied = SearchablePdfWriter::create(readOnly);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, ErrorCode::OutputNotWritable);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestSearchablePdfWriter::missingFontIsAClearError()
{
    QTemporaryDir empty;
    const QByteArray saved = qgetenv("TESSDATA_PREFIX");
    const bool hadPrefix = qEnvironmentVariableIsSet("TESSDATA_PREFIX");
    qputenv("TESSDATA_PREFIX", empty.path().toLocal8Bit());
    auto writer = SearchablePdfWriter::create(m_dir.filePath(QStringLiteral("nofont.pdf")));
    if (hadPrefix)
        qputenv("TESSDATA_PREFIX", saved);
    else
        qunsetenv("TESSDATA_PREFIX");
    QVERIFY(!writer.ok());
    QCOMPARE(writer.error().code, ErrorCode::Internal);
    QVERIFY(writer.error().message.contains(QStringLiteral("pdf.ttf")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nofont.pdf"))));

    // With the prefix pointing at a directory that has pdf.ttf, it is used.
    QTemporaryDir withFont;
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/tesseract-ocr/5/tessdata/pdf.ttf"),
                        withFont.filePath(QStringLiteral("pdf.ttf"))));
    qputenv("TESSDATA_PREFIX", withFont.path().toLocal8Bit());
    auto ok = SearchablePdfWriter::create(m_dir.filePath(QStringLiteral("prefixfont.pdf")));
    if (hadPrefix)
        qputenv("TESSDATA_PREFIX", saved);
    else
        qunsetenv("TESSDATA_PREFIX");
    QVERIFY(ok.ok());
}

void TestSearchablePdfWriter::metadataCarriesNoIdentity()
{
    // The names a leak would show: the source's and the destination's.
    const QString sourceName = QStringLiteral("Mueller_Kuendigung_Personalakte.tif");
    const QString destName = QStringLiteral("Mueller_Kuendigung_Personalakte_ocr.pdf");
    const RenderedPage p = renderWords({{{QStringLiteral("Termination"), QStringLiteral("letter")}}},
                                       QSize(600, 200), 150, 32);
    const PixPtr grey = pixFromImage(p.image, 8, 150);
    QByteArray ids[2];
    for (int i = 0; i < 2; ++i) {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(destName);
        auto writer = SearchablePdfWriter::create(pdf);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->addPage(encodeOrFail(grey.get(), PageImage{}, false), p.page).ok());
        QVERIFY((*writer)->finish().ok());
        const QByteArray bytes = readBytes(pdf);
        QVERIFY(!bytes.isEmpty());
        for (const QString& name : {sourceName, destName, dir.path()}) {
            QVERIFY(!bytes.contains(name.toUtf8()));
            QVERIFY(!bytes.contains(QFileInfo(name).completeBaseName().toUtf8()));
        }
        QVERIFY(!bytes.contains("/Title") && !bytes.contains("/Author") && !bytes.contains("/CreationDate")
                && !bytes.contains("/ModDate") && !bytes.contains("/Subject") && !bytes.contains("/Keywords"));
        QVERIFY(bytes.contains("/Producer (VaultOCR " VAULTOCR_VERSION ")"));
        const ProcessResult info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(QString::fromUtf8(info.out).contains(QRegularExpression(QStringLiteral("Producer:\\s+VaultOCR "))));
        QVERIFY(!info.out.contains("Title:") && !info.out.contains("CreationDate:"));
        const qsizetype at = bytes.lastIndexOf("/ID [<");
        QVERIFY(at > 0);
        ids[i] = bytes.mid(at + 6, 32);
    }
    QVERIFY(ids[0] != ids[1]);  // random, not derived from the content
}

void TestSearchablePdfWriter::twoHundredPagesInBoundedMemory()
{
    const int dpi = 150;
    Blocks blocks;
    for (int b = 0; b < 3; ++b) {
        Lines lines;
        for (int l = 0; l < 6; ++l)
            lines.push_back({QStringLiteral("Line"), QString::number(b * 6 + l), QStringLiteral("of"),
                             QStringLiteral("a"), QStringLiteral("long"), QStringLiteral("report")});
        blocks.push_back(lines);
    }
    RenderedPage p = renderWords(blocks, QSize(1000, 1000), dpi, 18);  // 1 megapixel
    // A photo-like band that does not compress, so 200 pages are ~40 MB: a writer that kept
    // pages in memory would show it.
    QRandomGenerator rng(42);
    for (int y = 800; y < 1000; ++y)
        for (int x = 0; x < 1000; ++x)
            p.image.setPixel(x, y, qRgb(rng.bounded(256), rng.bounded(256), rng.bounded(256)));
    const PixPtr grey = pixFromImage(p.image, 8, dpi);
    const PdfImage img = encodeOrFail(grey.get(), PageImage{}, false);
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    auto writer = SearchablePdfWriter::create(pdf);
    QVERIFY(writer.ok());
    QVERIFY((*writer)->addPage(img, p.page).ok());
    const double before = rssMiB();
    double peak = before;
    for (int i = 1; i < 200; ++i) {
        QVERIFY((*writer)->addPage(img, p.page).ok());
        peak = std::max(peak, rssMiB());
    }
    QVERIFY((*writer)->finish().ok());
    const qint64 size = QFileInfo(pdf).size();
    qInfo("200 pages: RSS %.1f -> peak %.1f MiB (growth %.1f MiB); file %.1f MiB; image stream %lld bytes", before,
          peak, peak - before, double(size) / (1 << 20), qlonglong(img.data.size()));
    QVERIFY(peak - before < 30);
    QVERIFY(size > 200 * img.data.size());  // every page really carries its image
    const ProcessResult check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    QVERIFY2(check.exitCode == 0, check.out.right(2000).constData());
    QCOMPARE(pdfPageSizes(pdf, 200).size(), size_t(200));
    QVERIFY(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}).out)
                .contains(QRegularExpression(QStringLiteral("Pages:\\s+200\\n"))));
}

QTEST_MAIN(TestSearchablePdfWriter)
#include "TestSearchablePdfWriter.moc"
