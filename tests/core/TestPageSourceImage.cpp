// PNG, JPEG and TIFF files through PageSource: exact sizes, depths and resolutions of the corpus,
// multi-page TIFF, assumed DPI, JPEG pass-through, bad files, safety limits and threads.

#include "TestInputFixtures.h"
#include "TestUtil.h"

#include "input/PageSource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <thread>

using namespace vo;

namespace {

Result<PageImage> openPage(const QString& path, int index = 0, const InputOptions& options = {})
{
    auto src = PageSource::open(path, options);
    if (!src)
        return src.error();
    return src.value()->page(index, CancelToken());
}

QByteArray pngChunk(const char* type, const QByteArray& data)
{
    QByteArray c(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), c.data());
    const QByteArray typed = QByteArray(type, 4) + data;
    c += typed;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(quint32(crc32(0, reinterpret_cast<const Bytef*>(typed.constData()), uInt(typed.size()))),
                          crc.data());
    return c + crc;
}

// A valid 1-bit greyscale PNG of width x height whose IDAT really holds every (all-zero) row:
// deflated with Z_RLE it is ~0.5 MB; decoded it would be ~450 MB (a decompression bomb).
QByteArray bombPng(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 1;  // bit depth
    ihdr[9] = 0;  // greyscale
    z_stream z {};
    deflateInit2(&z, 9, Z_DEFLATED, 15, 9, Z_RLE);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out(1 << 16, '\0');
    QByteArray idat;
    qint64 remaining = qint64(height) * (1 + (width + 7) / 8);  // filter byte 0 + zero pixels
    int flush = Z_NO_FLUSH;
    do {
        const qint64 take = qMin<qint64>(remaining, zeros.size());
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.constData()));
        z.avail_in = uInt(take);
        remaining -= take;
        flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = uInt(out.size());
            deflate(&z, flush);
            idat.append(out.constData(), out.size() - z.avail_out);
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat)
        + pngChunk("IEND", {});
}

}  // namespace

class TestPageSourceImage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void bombPngIsRefusedBeforeDecoding();  // first: it measures peak RSS
    void corpusTiff();
    void corpusJpeg();
    void corpusPng();
    void multipageTiff();
    void resolutionFromFileOrAssumed_data();
    void resolutionFromFileOrAssumed();
    void tiffResolutionUnits();
    void bigTiffWith16BitGrey();
    void alphaPngBecomesPaper();
    void jpegPassthroughOnlyForPlainJpeg();
    void badFiles();
    void unreadablePermissions();
    void truncatedImages_data();
    void truncatedImages();
    void fileSizeLimit();
    void pixelLimitFromHeader_data();
    void pixelLimitFromHeader();
    void pageLimit();
    void cancelledBeforeDecoding();
    void pageOutOfRange();
    void badDpiOption();
    void concurrentPages();

private:
    QTemporaryDir m_dir;
    QString m_tiff3;  // 3 pages: 1 bpp 300x200 @300dpi, 8 bpp 120x90, 32 bpp 64x48
    std::vector<PixPtr> m_tiffPages;
};

void TestPageSourceImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tiffPages.push_back(test::makeBinaryPix(300, 200));
    m_tiffPages.push_back(test::makeGreyPix(120, 90));
    m_tiffPages.push_back(test::makeColourPix(64, 48));
    pixSetResolution(m_tiffPages[0].get(), 300, 300);
    pixSetResolution(m_tiffPages[1].get(), 150, 150);
    pixSetResolution(m_tiffPages[2].get(), 72, 72);
    const QByteArray tiff = test::multipageTiffBytes({m_tiffPages[0].get(), m_tiffPages[1].get(), m_tiffPages[2].get()});
    QVERIFY(!tiff.isEmpty());
    m_tiff3 = test::writeFile(m_dir.path(), QStringLiteral("three.tif"), tiff);
}

void TestPageSourceImage::bombPngIsRefusedBeforeDecoding()
{
    const QByteArray bomb = bombPng(60000, 60000);
    QVERIFY2(bomb.size() < 2 * 1024 * 1024, qPrintable(QString::number(bomb.size())));
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("bomb.png"), bomb);
    const double before = test::peakRssMiB();
    auto src = PageSource::open(path, {});
    QVERIFY(src.ok());
    QCOMPARE(src.value()->pageCount(), 1);
    auto page = src.value()->page(0, CancelToken());
    const double after = test::peakRssMiB();
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::InputUnreadable);
    QCOMPARE(page.error().message,
             QStringLiteral("page 1 is 60000\u00d760000 pixels, over the 300-megapixel limit"));
    qInfo("bomb PNG: %lld bytes on disk; peak RSS %.1f -> %.1f MiB", qint64(bomb.size()), before, after);
    QVERIFY2(after - before < 300.0, qPrintable(QString::number(after - before)));
}

void TestPageSourceImage::corpusTiff()
{
    auto src = PageSource::open(test::dataFile(QStringLiteral("tess_phototest.tif")), {});
    QVERIFY(src.ok());
    QCOMPARE(src.value()->format(), InputFormat::Tiff);
    QCOMPARE(src.value()->pageCount(), 1);
    auto page = src.value()->page(0, CancelToken());
    QVERIFY(page.ok());
    PIX* pix = page->pix.get();
    QCOMPARE(pixGetWidth(pix), 640);
    QCOMPARE(pixGetHeight(pix), 480);
    QCOMPARE(pixGetDepth(pix), 1);
    QCOMPARE(page->dpiX, 200);
    QCOMPARE(page->dpiY, 200);
    QCOMPARE(pixGetXRes(pix), 200);
    QCOMPARE(pixGetYRes(pix), 200);
    QVERIFY(!page->dpiAssumed);
    QVERIFY(page->jpegPassthrough.isEmpty());
    // Black text on white: a few percent of the pixels are set (1 = black in leptonica).
    const double black = test::blackFraction(pix);
    QVERIFY2(black > 0.01 && black < 0.2, qPrintable(QString::number(black)));
}

void TestPageSourceImage::corpusJpeg()
{
    const QString path = test::dataFile(QStringLiteral("dh_locke_de_book_p0008.jpg"));
    auto page = openPage(path);
    QVERIFY(page.ok());
    PIX* pix = page->pix.get();
    QCOMPARE(pixGetWidth(pix), 1504);
    QCOMPARE(pixGetHeight(pix), 2396);
    QCOMPARE(pixGetDepth(pix), 32);
    QCOMPARE(pixGetSpp(pix), 3);
    QCOMPARE(page->dpiX, 300);
    QCOMPARE(page->dpiY, 300);
    QCOMPARE(pixGetXRes(pix), 300);
    QVERIFY(!page->dpiAssumed);
    // Progressive, 3 components: passed through byte for byte.
    QCOMPARE(page->jpegPassthrough, test::readBytes(path));
}

void TestPageSourceImage::corpusPng()
{
    auto page = openPage(test::dataFile(QStringLiteral("tess_phototest_rot90.png")));
    QVERIFY(page.ok());
    PIX* pix = page->pix.get();
    QCOMPARE(pixGetWidth(pix), 480);
    QCOMPARE(pixGetHeight(pix), 640);
    QCOMPARE(pixGetDepth(pix), 1);  // a 1-bit colour-mapped PNG: the black/white map is removed
    QVERIFY(!pixGetColormap(pix));
    QCOMPARE(page->dpiX, 200);  // pHYs says 7874 px/m
    QCOMPARE(page->dpiY, 200);
    QVERIFY(!page->dpiAssumed);
    QVERIFY(page->jpegPassthrough.isEmpty());
    const double black = test::blackFraction(pix);
    QVERIFY2(black > 0.01 && black < 0.2, qPrintable(QString::number(black)));
}

void TestPageSourceImage::multipageTiff()
{
    auto src = PageSource::open(m_tiff3, {});
    QVERIFY(src.ok());
    QCOMPARE(src.value()->format(), InputFormat::Tiff);
    QCOMPARE(src.value()->pageCount(), 3);
    const int depths[] = {1, 8, 32};
    for (int i = 0; i < 3; ++i) {
        auto page = src.value()->page(i, CancelToken());
        QVERIFY(page.ok());
        QCOMPARE(pixGetDepth(page->pix.get()), depths[i]);
        QVERIFY2(test::pixSame(page->pix.get(), m_tiffPages[size_t(i)].get()), qPrintable(QString::number(i)));
        QCOMPARE(page->dpiX, pixGetXRes(m_tiffPages[size_t(i)].get()));  // 300, 150, 72
        QVERIFY(!page->dpiAssumed);
    }
}

void TestPageSourceImage::resolutionFromFileOrAssumed_data()
{
    QTest::addColumn<int>("fileDpi");
    QTest::addColumn<int>("expectedDpi");
    QTest::addColumn<bool>("assumed");
    QTest::newRow("none") << 0 << 300 << true;
    QTest::newRow("50-implausible") << 50 << 300 << true;
    QTest::newRow("69-implausible") << 69 << 300 << true;
    QTest::newRow("70") << 70 << 70 << false;
    QTest::newRow("150") << 150 << 150 << false;
    QTest::newRow("600") << 600 << 600 << false;
    QTest::newRow("60000-implausible") << 60000 << 300 << true;
}

void TestPageSourceImage::resolutionFromFileOrAssumed()
{
    QFETCH(int, fileDpi);
    QFETCH(int, expectedDpi);
    QFETCH(bool, assumed);
    PixPtr pix = test::makeGreyPix(40, 30);
    pixSetResolution(pix.get(), fileDpi, fileDpi);
    for (const auto& [name, bytes] : {std::pair{"png", test::pngBytes(pix.get())},
                                      std::pair{"jpg", test::jpegBytes(pix.get(), false)},
                                      std::pair{"tif", test::handmadeTiff(40, 30, fileDpi, fileDpi)}}) {
        const QString path = test::writeFile(m_dir.path(), QStringLiteral("dpi.") + QLatin1String(name), bytes);
        auto page = openPage(path);
        QVERIFY2(page.ok(), name);
        QVERIFY2(page->dpiAssumed == assumed, name);
        QVERIFY2(page->dpiX == expectedDpi && page->dpiY == expectedDpi, name);
        QVERIFY2(pixGetXRes(page->pix.get()) == expectedDpi && pixGetYRes(page->pix.get()) == expectedDpi, name);
    }
}

void TestPageSourceImage::tiffResolutionUnits()
{
    // 118.11 px/cm is 300 dpi; a TIFF with only an x resolution uses it for y as well.
    const QString cm = test::writeFile(m_dir.path(), QStringLiteral("cm.tif"), test::handmadeTiff(40, 30, 118.11, 118.11, 3));
    auto page = openPage(cm);
    QVERIFY(page.ok());
    QCOMPARE(page->dpiX, 300);
    QCOMPARE(page->dpiY, 300);
    QVERIFY(!page->dpiAssumed);
    // Fax "fine" mode: 204 x 196 dpi, kept as it is.
    const QString fax = test::writeFile(m_dir.path(), QStringLiteral("fax.tif"), test::handmadeTiff(40, 30, 204, 196));
    page = openPage(fax);
    QVERIFY(page.ok());
    QCOMPARE(page->dpiX, 204);
    QCOMPARE(page->dpiY, 196);
    QCOMPARE(pixGetXRes(page->pix.get()), 204);
    QCOMPARE(pixGetYRes(page->pix.get()), 196);
    // Pixels of the hand-made file arrive unchanged.
    l_uint32 v = 0;
    pixGetPixel(page->pix.get(), 7, 2, &v);
    QCOMPARE(int(v), (2 * 40 + 7) % 251);
}

void TestPageSourceImage::bigTiffWith16BitGrey()
{
    // BigTIFF, 16 bits per sample (made with ImageMagick, see tests/data/input/README.md).
    auto page = openPage(test::dataFile(QStringLiteral("input/bigtiff.tif")));
    QVERIFY(page.ok());
    PIX* pix = page->pix.get();
    QCOMPARE(pixGetWidth(pix), 64);
    QCOMPARE(pixGetHeight(pix), 48);
    QCOMPARE(pixGetDepth(pix), 8);  // reduced from 16
    QCOMPARE(page->dpiX, 150);
    QVERIFY(!page->dpiAssumed);
    l_uint32 inside = 0;
    l_uint32 outside = 0;
    pixGetPixel(pix, 20, 15, &inside);  // the black rectangle
    pixGetPixel(pix, 50, 40, &outside);
    QCOMPARE(int(inside), 0);
    QCOMPARE(int(outside), 255);
}

void TestPageSourceImage::alphaPngBecomesPaper()
{
    PixPtr rgba(pixCreate(8, 2, 32));
    pixSetSpp(rgba.get(), 4);
    // Top row fully transparent black, bottom row opaque black.
    for (int x = 0; x < 8; ++x) {
        pixSetPixel(rgba.get(), x, 0, 0x00000000);
        pixSetPixel(rgba.get(), x, 1, 0x000000ff);
    }
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("alpha.png"), test::pngBytes(rgba.get()));
    auto page = openPage(path);
    QVERIFY(page.ok());
    QCOMPARE(pixGetDepth(page->pix.get()), 32);
    QCOMPARE(pixGetSpp(page->pix.get()), 3);
    l_int32 r = 0, g = 0, b = 0;
    pixGetRGBPixel(page->pix.get(), 3, 0, &r, &g, &b);
    QCOMPARE(QList<int>({r, g, b}), QList<int>({255, 255, 255}));
    pixGetRGBPixel(page->pix.get(), 3, 1, &r, &g, &b);
    QCOMPARE(QList<int>({r, g, b}), QList<int>({0, 0, 0}));
}

void TestPageSourceImage::jpegPassthroughOnlyForPlainJpeg()
{
    PixPtr grey = test::makeGreyPix(64, 48);
    const QByteArray baseline = test::jpegBytes(grey.get(), false);
    auto page = openPage(test::writeFile(m_dir.path(), QStringLiteral("grey.jpg"), baseline));
    QVERIFY(page.ok());
    QCOMPARE(pixGetDepth(page->pix.get()), 8);
    QCOMPARE(page->jpegPassthrough, baseline);

    // CMYK (Adobe, inverted), made once with ImageMagick: decoded to RGB, never passed through.
    const QString cmyk = test::dataFile(QStringLiteral("input/cmyk.jpg"));
    page = openPage(cmyk);
    QVERIFY(page.ok());
    QCOMPARE(pixGetDepth(page->pix.get()), 32);
    QCOMPARE(pixGetWidth(page->pix.get()), 48);
    QCOMPARE(pixGetHeight(page->pix.get()), 32);
    QVERIFY(page->jpegPassthrough.isEmpty());
    // Its left half is red: CMYK was really converted, not read as garbage.
    l_int32 r = 0, g = 0, b = 0;
    pixGetRGBPixel(page->pix.get(), 8, 16, &r, &g, &b);
    QVERIFY2(r > 200 && g < 60 && b < 60, qPrintable(QStringLiteral("%1 %2 %3").arg(r).arg(g).arg(b)));

    // PNG and TIFF never carry JPEG bytes.
    page = openPage(test::dataFile(QStringLiteral("tess_phototest.tif")));
    QVERIFY(page->jpegPassthrough.isEmpty());
}

void TestPageSourceImage::badFiles()
{
    const QString empty = test::writeFile(m_dir.path(), QStringLiteral("empty-7f3a.png"), {});
    const QString missing = m_dir.filePath(QStringLiteral("missing-7f3a.tif"));
    const QString folder = m_dir.filePath(QStringLiteral("folder-7f3a.png"));
    QVERIFY(QDir().mkdir(folder));
    const QString fifo = m_dir.filePath(QStringLiteral("fifo-7f3a.pdf"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString garbage = test::writeFile(m_dir.path(), QStringLiteral("garbage-7f3a.png"),
                                            QByteArray("\x89PNG\r\n\x1a\n", 8) + "SECRET-TEXT-HERE");
    const QList<QPair<QString, QString>> cases = {
        {empty, QStringLiteral("the file is empty")},
        {missing, QStringLiteral("the file does not exist")},
        {folder, QStringLiteral("this is a folder, not a file")},
        {fifo, QStringLiteral("not a regular file")},
        {garbage, QStringLiteral("page 1 cannot be decoded: the image is damaged or uses an unsupported encoding")},
    };
    for (const auto& [path, message] : cases) {
        auto page = openPage(path);
        QVERIFY2(!page.ok(), qPrintable(path));
        QCOMPARE(page.error().code, ErrorCode::InputUnreadable);
        QCOMPARE(page.error().message, message);
        QVERIFY(test::messageIsClean(page.error(), path));
        QVERIFY(!page.error().message.contains(QStringLiteral("SECRET")));
    }
}

void TestPageSourceImage::unreadablePermissions()
{
    // Root reads anything, so the check runs in a child that drops to "nobody" when needed.
    const QString dir = m_dir.filePath(QStringLiteral("perm"));
    QVERIFY(QDir().mkdir(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                           | QFile::ExeOther | QFile::ReadOther | QFile::ReadGroup));
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ExeGroup);
    const QString path = test::writeFile(dir, QStringLiteral("locked-7f3a.tif"),
                                         test::readBytes(test::dataFile(QStringLiteral("tess_phototest.tif"))));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));

    int fds[2];
    QCOMPARE(pipe(fds), 0);
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0))
            _exit(2);
        auto src = PageSource::open(path, {});
        const QByteArray out = src.ok() ? QByteArray("OPENED") : src.error().message.toUtf8();
        const bool written = write(fds[1], out.constData(), size_t(out.size())) == out.size();
        _exit(written ? 0 : 3);
    }
    close(fds[1]);
    QByteArray got;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        got.append(buf, n);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(QString::fromUtf8(got), QStringLiteral("permission denied: the file cannot be read"));
}

void TestPageSourceImage::truncatedImages_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("png") << QStringLiteral("tess_phototest_rot90.png");
    QTest::newRow("jpeg") << QStringLiteral("dh_locke_de_book_p0008.jpg");
    QTest::newRow("tiff") << QStringLiteral("tess_phototest.tif");
}

void TestPageSourceImage::truncatedImages()
{
    QFETCH(QString, file);
    const QByteArray full = test::readBytes(test::dataFile(file));
    const QString path = test::writeFile(m_dir.path(), QStringLiteral("half-") + file, full.left(full.size() / 2));
    auto src = PageSource::open(path, {});
    Result<PageImage> page = src.ok() ? src.value()->page(0, CancelToken()) : Result<PageImage>(src.error());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::InputUnreadable);
    QVERIFY(test::messageIsClean(page.error(), path));
    qInfo("%s: %s", qPrintable(file), qPrintable(page.error().message));
}

void TestPageSourceImage::fileSizeLimit()
{
    InputOptions options;
    options.limits.maxFileBytes = 1000;
    const QString path = test::dataFile(QStringLiteral("tess_phototest.tif"));
    auto src = PageSource::open(path, options);
    QVERIFY(!src.ok());
    QCOMPARE(src.error().code, ErrorCode::InputUnreadable);
    QVERIFY2(src.error().message.startsWith(QStringLiteral("the file is ")), qPrintable(src.error().message));
    QVERIFY(src.error().message.contains(QStringLiteral("over the")));
    QVERIFY(test::messageIsClean(src.error(), path));
    options.limits.maxFileBytes = QFileInfo(path).size();  // exactly at the limit: fine
    QVERIFY(PageSource::open(path, options).ok());
}

void TestPageSourceImage::pixelLimitFromHeader_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("size");
    QTest::newRow("tiff") << QStringLiteral("tess_phototest.tif") << QStringLiteral("640\u00d7480");
    QTest::newRow("png") << QStringLiteral("tess_phototest_rot90.png") << QStringLiteral("480\u00d7640");
    QTest::newRow("jpeg") << QStringLiteral("dh_locke_de_book_p0008.jpg") << QStringLiteral("1504\u00d72396");
}

void TestPageSourceImage::pixelLimitFromHeader()
{
    QFETCH(QString, file);
    QFETCH(QString, size);
    InputOptions options;
    options.limits.maxPixelsPerPage = 300'000;
    auto page = openPage(test::dataFile(file), 0, options);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::InputUnreadable);
    QCOMPARE(page.error().message, QStringLiteral("page 1 is %1 pixels, over the 0.3-megapixel limit").arg(size));
    // Per page of a multi-page TIFF: page 1 (60000 px) passes, page 2 (10800 px) passes, a 50000
    // limit stops only page 1.
    options.limits.maxPixelsPerPage = 50'000;
    auto src = PageSource::open(m_tiff3, options);
    QVERIFY(src.ok());
    auto p1 = src.value()->page(0, CancelToken());
    QVERIFY(!p1.ok());
    QCOMPARE(p1.error().message, QStringLiteral("page 1 is 300\u00d7200 pixels, over the 0.05-megapixel limit"));
    QVERIFY(src.value()->page(1, CancelToken()).ok());
    QVERIFY(src.value()->page(2, CancelToken()).ok());
}

void TestPageSourceImage::pageLimit()
{
    InputOptions options;
    options.limits.maxPages = 2;
    auto src = PageSource::open(m_tiff3, options);
    QVERIFY(!src.ok());
    QCOMPARE(src.error().code, ErrorCode::InputUnreadable);
    QCOMPARE(src.error().message, QStringLiteral("the file has 3 pages, over the 2-page limit"));
    options.limits.maxPages = 3;
    QVERIFY(PageSource::open(m_tiff3, options).ok());
}

void TestPageSourceImage::cancelledBeforeDecoding()
{
    auto src = PageSource::open(m_tiff3, {});
    QVERIFY(src.ok());
    CancelToken cancel;
    cancel.cancel();
    auto page = src.value()->page(0, cancel);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::Cancelled);
}

void TestPageSourceImage::pageOutOfRange()
{
    auto src = PageSource::open(m_tiff3, {});
    QVERIFY(src.ok());
    for (int index : {-1, 3, 1000}) {
        auto page = src.value()->page(index, CancelToken());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::Internal);
    }
}

void TestPageSourceImage::badDpiOption()
{
    InputOptions options;
    options.pdfDpi = 0;
    auto src = PageSource::open(m_tiff3, options);
    QVERIFY(!src.ok());
    QCOMPARE(src.error().code, ErrorCode::Usage);
}

void TestPageSourceImage::concurrentPages()
{
    auto src = PageSource::open(m_tiff3, {});
    QVERIFY(src.ok());
    const PageSource& source = *src.value();
    std::vector<PixPtr> got[2];
    auto work = [&](int t) {
        for (int round = 0; round < 20; ++round)
            for (int i = 0; i < 3; ++i) {
                const int index = t == 0 ? i : 2 - i;
                auto page = source.page(index, CancelToken());
                if (page.ok() && round == 0)
                    got[t].push_back(std::move(page.value().pix));
                else if (!page.ok())
                    got[t].push_back(nullptr);
            }
    };
    std::thread a(work, 0);
    std::thread b(work, 1);
    a.join();
    b.join();
    QCOMPARE(got[0].size(), size_t(3));
    QCOMPARE(got[1].size(), size_t(3));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(test::pixSame(got[0][size_t(i)].get(), m_tiffPages[size_t(i)].get()));
        QVERIFY(test::pixSame(got[1][size_t(2 - i)].get(), m_tiffPages[size_t(i)].get()));
    }
}

QTEST_GUILESS_MAIN(TestPageSourceImage)
#include "TestPageSourceImage.moc"
