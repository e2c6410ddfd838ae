// PDF input: rendering size and resolution, grey/colour depth, antialiasing, thread safety,
// damaged and encrypted files, the pixel limit from the page box, cancellation.

#include "TestInputFixtures.h"
#include "TestUtil.h"

#include "input/PageSource.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <thread>

using namespace vo;

namespace {

using PageDrawer = std::function<void(QPainter&, int page, const QRect& area)>;

QByteArray writePdf(int pages, const PageDrawer& draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            draw(painter, i, painter.viewport());
        }
    }
    return buffer.data();
}

void drawText(QPainter& p, int page, const QRect& area)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(60);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int line = 0; line < 10; ++line) {
        p.drawText(200, 300 + line * 120,
                   QStringLiteral("Page %1, line %2: the quick brown fox").arg(page + 1).arg(line + 1));
    }
    p.fillRect(QRect(200, 2000 + page * 200, 400 + page * 300, 100), Qt::black);  // differs per page
    Q_UNUSED(area);
}

Result<PageImage> renderFirst(const QString& path, int dpi = 300)
{
    InputOptions options;
    options.pdfDpi = dpi;
    auto src = PageSource::open(path, options);
    if (!src)
        return src.error();
    return src.value()->page(0, CancelToken());
}

int midTones(PIX* pix8)
{
    int count = 0;
    for (int y = 0; y < pixGetHeight(pix8); y += 2)
        for (int x = 0; x < pixGetWidth(pix8); x += 2) {
            l_uint32 v = 0;
            pixGetPixel(pix8, x, y, &v);
            count += v > 16 && v < 240;
        }
    return count;
}

int darkPixels(PIX* pix8)
{
    int count = 0;
    for (int y = 0; y < pixGetHeight(pix8); y += 2)
        for (int x = 0; x < pixGetWidth(pix8); x += 2) {
            l_uint32 v = 0;
            pixGetPixel(pix8, x, y, &v);
            count += v < 128;
        }
    return count;
}

}  // namespace

class TestPageSourcePdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hugePageIsRefusedBeforeRendering();  // first: it measures peak RSS
    void a4At300And150Dpi();
    void greyPagesAre8bppColourPages32();
    void textIsAntialiased();
    void concurrentRendering();
    void truncatedPdf();
    void notReallyAPdf();
    void encryptedPdf();
    void pageLimit();
    void cancelledBeforeRendering();
    void cancelledDuringRendering();
    void popplerDiagnosticsNeverLogged();

private:
    QString pdf(const QString& name, const QByteArray& bytes);
    QString heavyPdf();

    QTemporaryDir m_dir;
    QString m_text3;   // 3 pages of black text
    QString m_colour;  // a red block and black text
    QString m_scan;    // image-only: a grey "scan" drawn as a picture
    QString m_heavy;   // slow to render (made on first use)
    qint64 m_heavyMs = 0;
};

QString TestPageSourcePdf::pdf(const QString& name, const QByteArray& bytes)
{
    return test::writeFile(m_dir.path(), name, bytes);
}

void TestPageSourcePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_text3 = pdf(QStringLiteral("text3.pdf"), writePdf(3, drawText));
    m_colour = pdf(QStringLiteral("colour.pdf"), writePdf(1, [](QPainter& p, int, const QRect&) {
                       p.fillRect(QRect(200, 200, 800, 800), QColor(220, 30, 30));
                       drawText(p, 0, {});
                   }));
    m_scan = pdf(QStringLiteral("scan.pdf"), writePdf(1, [](QPainter& p, int, const QRect& area) {
                     QImage scan(1240, 1754, QImage::Format_Grayscale8);
                     for (int y = 0; y < scan.height(); ++y)
                         for (int x = 0; x < scan.width(); ++x)
                             scan.scanLine(y)[x] = uchar(((x / 40 + y / 30) % 7 == 0) ? 30 : 235);
                     p.drawImage(area, scan);
                 }));
    QVERIFY(!m_text3.isEmpty() && !m_colour.isEmpty() && !m_scan.isEmpty());
}

void TestPageSourcePdf::hugePageIsRefusedBeforeRendering()
{
    // 14400 pt square (the largest PDF allows): 60000 x 60000 pixels at 300 dpi, 14 GB as RGB32.
    const QString path = pdf(QStringLiteral("huge.pdf"), test::minimalPdf(14400, 14400));
    const double before = test::peakRssMiB();
    auto src = PageSource::open(path, {});
    QVERIFY(src.ok());
    auto page = src.value()->page(0, CancelToken());
    const double after = test::peakRssMiB();
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::InputUnreadable);
    QCOMPARE(page.error().message,
             QStringLiteral("page 1 is 60000\u00d760000 pixels, over the 300-megapixel limit"));
    QVERIFY2(after - before < 300.0, qPrintable(QString::number(after - before)));
    // The same page at 72 dpi is 14400 x 14400 = 207 MP: under the limit, so it would render; a
    // 100 MP limit refuses it with the size computed for that resolution.
    InputOptions options;
    options.pdfDpi = 72;
    options.limits.maxPixelsPerPage = 100'000'000;
    auto src72 = PageSource::open(path, options);
    QVERIFY(src72.ok());
    auto page72 = src72.value()->page(0, CancelToken());
    QVERIFY(!page72.ok());
    QCOMPARE(page72.error().message,
             QStringLiteral("page 1 is 14400\u00d714400 pixels, over the 100-megapixel limit"));
}

void TestPageSourcePdf::a4At300And150Dpi()
{
    for (const auto& [dpi, w, h] : {std::tuple{300, 2480, 3508}, std::tuple{150, 1240, 1754}}) {
        QElapsedTimer timer;
        timer.start();
        auto page = renderFirst(m_text3, dpi);
        const qint64 ms = timer.elapsed();
        QVERIFY(page.ok());
        PIX* pix = page->pix.get();
        qInfo("A4 at %d dpi: %dx%d, %lld ms (open + render + convert)", dpi, pixGetWidth(pix), pixGetHeight(pix), ms);
        QVERIFY2(qAbs(pixGetWidth(pix) - w) <= 2, qPrintable(QString::number(pixGetWidth(pix))));
        QVERIFY2(qAbs(pixGetHeight(pix) - h) <= 2, qPrintable(QString::number(pixGetHeight(pix))));
        QCOMPARE(page->dpiX, dpi);
        QCOMPARE(page->dpiY, dpi);
        QCOMPARE(pixGetXRes(pix), dpi);  // not poppler's 100
        QCOMPARE(pixGetYRes(pix), dpi);
        QVERIFY(!page->dpiAssumed);
        QVERIFY(page->jpegPassthrough.isEmpty());
        QVERIFY(darkPixels(pix) > 1000);  // the text is there
    }
}

void TestPageSourcePdf::greyPagesAre8bppColourPages32()
{
    auto text = renderFirst(m_text3);
    QVERIFY(text.ok());
    QCOMPARE(pixGetDepth(text->pix.get()), 8);
    auto scan = renderFirst(m_scan);
    QVERIFY(scan.ok());
    QCOMPARE(pixGetDepth(scan->pix.get()), 8);
    QVERIFY(darkPixels(scan->pix.get()) > 10000);
    auto colour = renderFirst(m_colour);
    QVERIFY(colour.ok());
    QCOMPARE(pixGetDepth(colour->pix.get()), 32);
    QCOMPARE(pixGetSpp(colour->pix.get()), 3);
    l_int32 r = 0, g = 0, b = 0;
    pixGetRGBPixel(colour->pix.get(), 600, 600, &r, &g, &b);  // inside the red block
    QVERIFY2(r > 200 && g < 60 && b < 60, qPrintable(QStringLiteral("%1 %2 %3").arg(r).arg(g).arg(b)));
}

void TestPageSourcePdf::textIsAntialiased()
{
    // Without antialiasing, text edges are pure black or white; with it, thousands of grey pixels.
    auto page = renderFirst(m_text3);
    QVERIFY(page.ok());
    const int grey = midTones(page->pix.get());
    qInfo("mid-tone samples on the text page: %d", grey);
    QVERIFY2(grey > 2000, qPrintable(QString::number(grey)));
}

void TestPageSourcePdf::concurrentRendering()
{
    auto src = PageSource::open(m_text3, {});
    QVERIFY(src.ok());
    const PageSource& source = *src.value();
    QCOMPARE(source.pageCount(), 3);
    std::vector<PixPtr> serial;
    for (int i = 0; i < 3; ++i) {
        auto page = source.page(i, CancelToken());
        QVERIFY(page.ok());
        serial.push_back(std::move(page.value().pix));
    }
    QVERIFY(!test::pixSame(serial[0].get(), serial[1].get()));  // the pages really differ

    std::vector<PixPtr> got[2];
    auto work = [&](int t) {
        for (int round = 0; round < 2; ++round)
            for (int i = 0; i < 3; ++i) {
                auto page = source.page(t == 0 ? i : 2 - i, CancelToken());
                got[t].push_back(page.ok() ? std::move(page.value().pix) : nullptr);
            }
    };
    std::thread a(work, 0);
    std::thread b(work, 1);
    a.join();
    b.join();
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < 3; ++i) {
            QVERIFY(test::pixSame(got[0][size_t(round * 3 + i)].get(), serial[size_t(i)].get()));
            QVERIFY(test::pixSame(got[1][size_t(round * 3 + i)].get(), serial[size_t(2 - i)].get()));
        }
}

void TestPageSourcePdf::truncatedPdf()
{
    const QByteArray full = test::readBytes(m_text3);
    const QString path = pdf(QStringLiteral("half-7f3a.pdf"), full.left(full.size() / 2));
    auto src = PageSource::open(path, {});
    QVERIFY(!src.ok());
    QCOMPARE(src.error().code, ErrorCode::InputUnreadable);
    qInfo("truncated: %s", qPrintable(src.error().message));
    QVERIFY(test::messageIsClean(src.error(), path));
}

void TestPageSourcePdf::notReallyAPdf()
{
    const QString path = pdf(QStringLiteral("fake-7f3a.pdf"), "%PDF-1.7\nSECRET payroll 2026, not a real PDF body\n");
    auto src = PageSource::open(path, {});
    QVERIFY(!src.ok());
    QCOMPARE(src.error().code, ErrorCode::InputUnreadable);
    QCOMPARE(src.error().message, QStringLiteral("the PDF is damaged or incomplete"));
    QVERIFY(test::messageIsClean(src.error(), path));
}

void TestPageSourcePdf::encryptedPdf()
{
    const QString locked = m_dir.filePath(QStringLiteral("locked-7f3a.pdf"));
    const QString ownerOnly = m_dir.filePath(QStringLiteral("owner-only.pdf"));
    auto r = test::run(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("user-pw"),
                                               QStringLiteral("owner-pw"), QStringLiteral("256"),
                                               QStringLiteral("--"), m_text3, locked});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = test::run(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QString(), QStringLiteral("owner-pw"),
                                          QStringLiteral("256"), QStringLiteral("--"), m_text3, ownerOnly});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    auto src = PageSource::open(locked, {});
    QVERIFY(!src.ok());
    QCOMPARE(src.error().code, ErrorCode::InputUnreadable);
    QCOMPARE(src.error().message, QStringLiteral("the PDF is password-protected"));
    // Only an owner password (restrictions, no open password): readable like any PDF.
    auto page = renderFirst(ownerOnly);
    QVERIFY(page.ok());
    QVERIFY(darkPixels(page->pix.get()) > 1000);
}

void TestPageSourcePdf::pageLimit()
{
    InputOptions options;
    options.limits.maxPages = 2;
    auto src = PageSource::open(m_text3, options);
    QVERIFY(!src.ok());
    QCOMPARE(src.error().message, QStringLiteral("the file has 3 pages, over the 2-page limit"));
}

QString TestPageSourcePdf::heavyPdf()
{
    // A page of many separate strokes: slow to render, and poppler polls the abort callback
    // between drawing operations.
    if (m_heavy.isEmpty()) {
        m_heavy = pdf(QStringLiteral("heavy.pdf"), writePdf(1, [](QPainter& p, int, const QRect& area) {
                          p.setRenderHint(QPainter::Antialiasing);
                          for (int i = 0; i < 400; ++i) {
                              p.setPen(QPen(QColor::fromHsv(i % 360, 200, 150), 3 + i % 5));
                              const int x = (i * 37) % area.width();
                              const int y = (i * 91) % area.height();
                              p.drawEllipse(QPoint(x, y), 200 + i % 300, 150 + i % 200);
                          }
                      }));
        auto src = PageSource::open(m_heavy, {});
        QElapsedTimer timer;
        timer.start();
        if (!src.ok() || !src.value()->page(0, CancelToken()).ok())
            return {};
        m_heavyMs = timer.elapsed();
        qInfo("heavy page: full render %lld ms", m_heavyMs);
    }
    return m_heavy;
}

void TestPageSourcePdf::cancelledBeforeRendering()
{
    const QString heavy = heavyPdf();
    QVERIFY(!heavy.isEmpty());
    QVERIFY2(m_heavyMs > 400, "the heavy page renders too fast for this test to mean anything");
    auto src = PageSource::open(heavy, {});
    QVERIFY(src.ok());
    CancelToken cancel;
    cancel.cancel();
    QElapsedTimer timer;
    timer.start();
    auto page = src.value()->page(0, cancel);
    const qint64 ms = timer.elapsed();
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::Cancelled);
    QVERIFY2(ms < m_heavyMs / 4, qPrintable(QString::number(ms)));  // it did not render first
}

void TestPageSourcePdf::cancelledDuringRendering()
{
    const QString heavy = heavyPdf();
    QVERIFY(!heavy.isEmpty());
    QVERIFY2(m_heavyMs > 400, "the heavy page renders too fast for this test to mean anything");
    auto src = PageSource::open(heavy, {});
    QVERIFY(src.ok());
    CancelToken cancel;
    std::thread canceller([cancel]() mutable {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        cancel.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    auto page = src.value()->page(0, cancel);
    const qint64 ms = timer.elapsed();
    canceller.join();
    qInfo("heavy page cancelled after 50 ms: page() returned after %lld ms (full render %lld ms)", ms, m_heavyMs);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::Cancelled);
    QVERIFY2(ms < m_heavyMs / 2, qPrintable(QString::number(ms)));  // poppler's abort callback stopped it
}

namespace {
QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& msg) { g_logged.append(msg); }
}  // namespace

void TestPageSourcePdf::popplerDiagnosticsNeverLogged()
{
    // A content stream with an unknown operator and a missing font: poppler complains, quoting
    // them. None of it may reach the log.
    QByteArray bytes = test::minimalPdf(595, 842, "Hi) Tj SECRETOPERATOR (x");
    bytes.replace("/F1 24 Tf", "/SECRETFONT 24 Tf");
    const QString path = pdf(QStringLiteral("noisy.pdf"), bytes);
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    auto page = renderFirst(path);
    qInstallMessageHandler(previous);
    QVERIFY(page.ok());
    QVERIFY2(g_logged.isEmpty(), qPrintable(g_logged.join(u'|')));
}

QTEST_MAIN(TestPageSourcePdf)
#include "TestPageSourcePdf.moc"
