// Page images as PDF image XObjects: which encoding each kind of PIX gets, that a JPEG source
// reaches the PDF byte for byte, that colours and black/white survive, and that encoding never
// goes through a temporary file.

#include "TestPdfSupport.h"
#include "pdf/CcittG4.h"
#include "pdf/PdfImage.h"
#include "pdf/PdfObjectWriter.h"
#include "pdf/SearchablePdfWriter.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <sys/inotify.h>
#include <unistd.h>

using namespace vo;
using namespace vo::test;

namespace {

struct LeptBytes {
    void operator()(l_uint8* p) const { lept_free(p); }
};

QByteArray jpegOf(PIX* pix, int quality)
{
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMemJpeg(&data, &size, pix, quality, 0) != 0)
        return {};
    const std::unique_ptr<l_uint8, LeptBytes> owned(data);
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

PixPtr pixFromJpeg(const QByteArray& jpeg)
{
    return PixPtr(pixReadMem(reinterpret_cast<const l_uint8*>(jpeg.constData()), size_t(jpeg.size())));
}

PageImage jpegSource(const QByteArray& jpeg)
{
    PageImage src;
    src.jpegPassthrough = jpeg;
    return src;
}

RenderedPage colourPage()
{
    RenderedPage p = renderWords({{{QStringLiteral("Invoice"), QStringLiteral("#1234")}}}, QSize(640, 240), 150, 36);
    QPainter painter(&p.image);
    painter.fillRect(QRect(500, 150, 60, 60), QColor(220, 20, 20));
    return p;
}

struct ListedImage {
    int width = 0, height = 0, bpc = 0;
    QByteArray color, encoding;
};

std::vector<ListedImage> listImages(const QString& pdf)
{
    const ProcessResult r = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    std::vector<ListedImage> out;
    const QList<QByteArray> rows = r.out.split('\n');
    for (qsizetype i = 2; i < rows.size(); ++i) {
        const QList<QByteArray> f = rows[i].simplified().split(' ');
        if (f.size() >= 10)
            out.push_back({f[3].toInt(), f[4].toInt(), f[7].toInt(), f[5], f[8]});
    }
    return out;
}

QString writeSinglePage(const QString& pdf, const PdfImage& img, const OcrPage& page)
{
    auto writer = SearchablePdfWriter::create(pdf);
    if (!writer)
        return writer.error().message;
    if (Result<void> r = (*writer)->addPage(img, page); !r)
        return r.error().message;
    if (Result<void> r = (*writer)->finish(); !r)
        return r.error().message;
    const ProcessResult check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    return check.exitCode == 0 ? QString() : QString::fromUtf8(check.out);
}

QImage renderColour(const QString& pdf, int dpi, const QString& dir)
{
    const QString prefix = dir + QStringLiteral("/colour");
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-singlefile"), pdf,
                                     prefix});
    return QImage(prefix + QStringLiteral(".ppm"));
}

}  // namespace

class TestPdfImage : public QObject {
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
    void jpegPassesThroughByteForByte();
    void jpegNotReusedWhenGeometryChanged();
    void rgbAndGreyAreFlate();
    void colormapBecomesIndexed();
    void bilevelIsG4AndPrintsBlack();
    void otherDepthsAreNormalised();
    void g4NeverUsesATemporaryFile();
    void malformedTiffIsAnErrorNotACrash();
    void pdfNumbersHaveNoExponent();

private:
    QTemporaryDir m_dir;
};

void TestPdfImage::jpegPassesThroughByteForByte()
{
    for (int depth : {32, 8}) {
        const RenderedPage p = colourPage();
        const PixPtr pix = pixFromImage(p.image, depth, 150);
        const QByteArray jpeg = jpegOf(pix.get(), 80);
        QVERIFY(!jpeg.isEmpty());
        const PixPtr decoded = pixFromJpeg(jpeg);
        QVERIFY(decoded);
        Result<PdfImage> img = encodeForPdf(decoded.get(), jpegSource(jpeg), true);
        QVERIFY(img.ok());
        QCOMPARE(img->filter, PdfImage::Filter::DCT);
        QCOMPARE(img->components, depth == 32 ? 3 : 1);
        QCOMPARE(img->data, jpeg);

        const QString pdf = m_dir.filePath(QStringLiteral("jpeg-%1.pdf").arg(depth));
        const QString err = writeSinglePage(pdf, img.value(), p.page);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const std::vector<ListedImage> listed = listImages(pdf);
        QCOMPARE(listed.size(), size_t(1));
        QCOMPARE(listed[0].encoding, QByteArray("jpeg"));
        QCOMPARE(listed[0].width, 640);
        QCOMPARE(listed[0].height, 240);
        QCOMPARE(listed[0].color, QByteArray(depth == 32 ? "rgb" : "gray"));
        const QString prefix = m_dir.filePath(QStringLiteral("extracted-%1").arg(depth));
        QCOMPARE(run(QStringLiteral("pdfimages"), {QStringLiteral("-j"), pdf, prefix}).exitCode, 0);
        const QByteArray extracted = readBytes(prefix + QStringLiteral("-000.jpg"));
        qInfo("depth %d: source JPEG %lld bytes, extracted %lld bytes", depth, qlonglong(jpeg.size()),
              qlonglong(extracted.size()));
        QVERIFY(extracted == jpeg);
    }
}

void TestPdfImage::jpegNotReusedWhenGeometryChanged()
{
    const RenderedPage p = colourPage();
    const PixPtr pix = pixFromImage(p.image, 32, 150);
    const QByteArray jpeg = jpegOf(pix.get(), 80);
    const PixPtr rotated(pixRotate90(pix.get(), 1));
    Result<PdfImage> img = encodeForPdf(rotated.get(), jpegSource(jpeg), true);
    QVERIFY(img.ok());
    QCOMPARE(img->filter, PdfImage::Filter::Flate);
    QCOMPARE(img->width, 240);
    // Not asked to reuse: the cleaned pixels are encoded even though a JPEG exists.
    Result<PdfImage> fresh = encodeForPdf(pix.get(), jpegSource(jpeg), false);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh->filter, PdfImage::Filter::Flate);
    // A broken "JPEG" is not trusted either.
    Result<PdfImage> broken = encodeForPdf(pix.get(), jpegSource(QByteArray("\xFF\xD8garbage", 9)), true);
    QVERIFY(broken.ok());
    QCOMPARE(broken->filter, PdfImage::Filter::Flate);
    // No pixels and no usable JPEG: a clear error.
    Result<PdfImage> none = encodeForPdf(nullptr, PageImage{}, true);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::Internal);
}

void TestPdfImage::rgbAndGreyAreFlate()
{
    const RenderedPage p = colourPage();
    const PixPtr rgb = pixFromImage(p.image, 32, 150);
    Result<PdfImage> img = encodeForPdf(rgb.get(), PageImage{}, true);
    QVERIFY(img.ok());
    QCOMPARE(img->filter, PdfImage::Filter::Flate);
    QCOMPARE(img->components, 3);
    const QString pdf = m_dir.filePath(QStringLiteral("rgb.pdf"));
    const QString err = writeSinglePage(pdf, img.value(), p.page);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const std::vector<ListedImage> listed = listImages(pdf);
    QCOMPARE(listed.size(), size_t(1));
    QCOMPARE(listed[0].encoding, QByteArray("image"));
    QCOMPARE(listed[0].color, QByteArray("rgb"));
    QCOMPARE(listed[0].width, 640);
    // Lossless: the render at the image's resolution gives back the very pixels.
    const QImage render = renderColour(pdf, 150, m_dir.path());
    QCOMPARE(render.size(), p.image.size());
    QCOMPARE(render.pixel(530, 180), QColor(220, 20, 20).rgb());
    QVERIFY(qGray(render.pixel(p.blackMarker.center())) < 16);
}

void TestPdfImage::colormapBecomesIndexed()
{
    PixPtr pix(pixCreate(120, 80, 8));
    PIXCMAP* cmap = pixcmapCreate(8);
    pixcmapAddColor(cmap, 255, 255, 255);
    pixcmapAddColor(cmap, 0, 0, 0);
    pixcmapAddColor(cmap, 200, 0, 0);
    pixcmapAddColor(cmap, 0, 0, 200);
    pixSetColormap(pix.get(), cmap);
    pixSetAllArbitrary(pix.get(), 0);  // white
    for (int y = 10; y < 40; ++y)
        for (int x = 10; x < 40; ++x)
            pixSetPixel(pix.get(), x, y, 2);  // red
    for (int y = 10; y < 40; ++y)
        for (int x = 60; x < 90; ++x)
            pixSetPixel(pix.get(), x, y, 1);  // black
    pixSetResolution(pix.get(), 72, 72);
    Result<PdfImage> img = encodeForPdf(pix.get(), PageImage{}, false);
    QVERIFY(img.ok());
    QCOMPARE(img->filter, PdfImage::Filter::Flate);
    QCOMPARE(img->colorMapRgb.size(), 12);
    OcrPage page;
    page.imageSize = QSize(120, 80);
    page.dpiX = page.dpiY = 72;
    const QString pdf = m_dir.filePath(QStringLiteral("indexed.pdf"));
    const QString err = writeSinglePage(pdf, img.value(), page);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const std::vector<ListedImage> listed = listImages(pdf);
    QCOMPARE(listed.size(), size_t(1));
    QCOMPARE(listed[0].color, QByteArray("index"));
    const QImage render = renderColour(pdf, 72, m_dir.path());
    QCOMPARE(render.pixel(20, 20), qRgb(200, 0, 0));
    QCOMPARE(render.pixel(70, 20), qRgb(0, 0, 0));
    QCOMPARE(render.pixel(100, 60), qRgb(255, 255, 255));
}

void TestPdfImage::bilevelIsG4AndPrintsBlack()
{
    const RenderedPage p = renderWords({{{QStringLiteral("Bilevel"), QStringLiteral("scan")}}}, QSize(701, 203), 200, 40);
    const PixPtr bw = pixFromImage(p.image, 1, 200);
    Result<PdfImage> img = encodeForPdf(bw.get(), PageImage{}, false);
    QVERIFY(img.ok());
    QCOMPARE(img->filter, PdfImage::Filter::CCITTG4);
    QCOMPARE(img->width, 701);  // not a multiple of 8 on purpose
    qInfo("G4: %lld bytes for %dx%d", qlonglong(img->data.size()), img->width, img->height);
    const QString pdf = m_dir.filePath(QStringLiteral("g4.pdf"));
    const QString err = writeSinglePage(pdf, img.value(), p.page);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    const std::vector<ListedImage> listed = listImages(pdf);
    QCOMPARE(listed.size(), size_t(1));
    QCOMPARE(listed[0].encoding, QByteArray("ccitt"));
    QCOMPARE(listed[0].bpc, 1);
    const QImage render = renderPdfPage(pdf, 1, 200, m_dir.path());
    QCOMPARE(render.size(), p.image.size());
    QCOMPARE(qGray(render.pixel(p.blackMarker.center())), 0);
    QCOMPARE(qGray(render.pixel(p.whiteProbe.center())), 255);
    // Bit-exact as decoded from the PDF; the render may shift edges by a pixel (see helper).
    const QImage extracted = extractPdfImage(pdf, 1, m_dir.path());
    QCOMPARE(extracted.size(), p.image.size());
    int differing = 0;
    for (int y = 0; y < extracted.height(); ++y)
        for (int x = 0; x < extracted.width(); ++x) {
            l_uint32 bit = 0;
            pixGetPixel(bw.get(), x, y, &bit);
            differing += (qGray(extracted.pixel(x, y)) < 128) != (bit == 1);
        }
    QCOMPARE(differing, 0);
    QCOMPARE(mismatchesBeyondOnePixel(render, extracted), qint64(0));

    // A 1 bpp image with a black/white colormap is still G4.
    PixPtr mapped(pixCopy(nullptr, bw.get()));
    PIXCMAP* cmap = pixcmapCreate(1);
    pixcmapAddColor(cmap, 255, 255, 255);
    pixcmapAddColor(cmap, 0, 0, 0);
    pixSetColormap(mapped.get(), cmap);
    Result<PdfImage> viaMap = encodeForPdf(mapped.get(), PageImage{}, false);
    QVERIFY(viaMap.ok());
    QCOMPARE(viaMap->filter, PdfImage::Filter::CCITTG4);
    QCOMPARE(viaMap->data, img->data);
}

void TestPdfImage::otherDepthsAreNormalised()
{
    const RenderedPage p = colourPage();
    const PixPtr grey = pixFromImage(p.image, 8, 150);
    const PixPtr four(pixConvert8To4(grey.get()));
    Result<PdfImage> img4 = encodeForPdf(four.get(), PageImage{}, false);
    QVERIFY(img4.ok());
    QCOMPARE(img4->filter, PdfImage::Filter::Flate);
    QCOMPARE(img4->components, 1);
    QCOMPARE(img4->bitsPerComponent, 8);
    const PixPtr rgb = pixFromImage(p.image, 32, 150);
    PixPtr rgba(pixCopy(nullptr, rgb.get()));
    pixSetSpp(rgba.get(), 4);
    pixSetAlphaOverWhite(rgba.get());
    Result<PdfImage> imgA = encodeForPdf(rgba.get(), PageImage{}, false);
    QVERIFY(imgA.ok());
    QCOMPARE(imgA->components, 3);
    const QString pdf = m_dir.filePath(QStringLiteral("rgba.pdf"));
    const QString err = writeSinglePage(pdf, imgA.value(), p.page);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestPdfImage::g4NeverUsesATemporaryFile()
{
    // leptonica's pixGenerateCIData(L_G4_ENCODE) round-trips through /tmp/lept.XXXXXX; ours must
    // not. Watch /tmp for leptonica's temporary names while encoding.
    const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    QVERIFY(fd >= 0);
    QVERIFY(inotify_add_watch(fd, "/tmp", IN_CREATE) >= 0);
    const RenderedPage p = renderWords({{{QStringLiteral("secret")}}}, QSize(400, 120), 200, 40);
    const PixPtr bw = pixFromImage(p.image, 1, 200);
    for (int i = 0; i < 5; ++i)
        QVERIFY(encodeForPdf(bw.get(), PageImage{}, false).ok());
    alignas(inotify_event) char buf[8192];
    int leptFiles = 0;
    for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) {
        for (char* e = buf; e < buf + n;) {
            const auto* ev = reinterpret_cast<const inotify_event*>(e);
            if (ev->len && QByteArray(ev->name).startsWith("lept"))
                ++leptFiles;
            e += sizeof(inotify_event) + ev->len;
        }
    }
    ::close(fd);
    QCOMPARE(leptFiles, 0);
}

void TestPdfImage::malformedTiffIsAnErrorNotACrash()
{
    const RenderedPage p = renderWords({{{QStringLiteral("x")}}}, QSize(64, 64), 100, 20);
    const PixPtr bw = pixFromImage(p.image, 1, 100);
    l_uint8* raw = nullptr;
    size_t size = 0;
    QCOMPARE(pixWriteMemTiff(&raw, &size, bw.get(), IFF_TIFF_G4), 0);
    const std::unique_ptr<l_uint8, LeptBytes> owned(raw);
    const QByteArray tiff(reinterpret_cast<const char*>(raw), qsizetype(size));
    QVERIFY(g4FromTiff(tiff).ok());
    int errors = 0;
    for (qsizetype cut = 0; cut < tiff.size(); ++cut)
        errors += !g4FromTiff(tiff.left(cut)).ok();
    QVERIFY(errors > 0);
    QVERIFY(!g4FromTiff(QByteArray("MM\0*\xFF\xFF\xFF\xFF", 8)).ok());
    QVERIFY(!g4FromTiff(QByteArray()).ok());
}

void TestPdfImage::pdfNumbersHaveNoExponent()
{
    QCOMPARE(pdfNumber(0.0), QByteArray("0"));
    QCOMPARE(pdfNumber(-0.00001), QByteArray("0"));
    QCOMPARE(pdfNumber(1e-9), QByteArray("0"));
    QCOMPARE(pdfNumber(123456789.0), QByteArray("123456789"));
    QCOMPARE(pdfNumber(1.23456), QByteArray("1.2346"));
    QCOMPARE(pdfNumber(-2.5), QByteArray("-2.5"));
    QCOMPARE(pdfNumber(612.0), QByteArray("612"));
    QCOMPARE(pdfNumber(std::nan("")), QByteArray("0"));
    QCOMPARE(pdfHexString(QByteArray("\x00\xAB", 2)), QByteArray("<00AB>"));
}

QTEST_MAIN(TestPdfImage)
#include "TestPdfImage.moc"
