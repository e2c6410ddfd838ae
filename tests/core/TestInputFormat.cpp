// Recognising inputs by content, never by name, and the JPEG pass-through decision.

#include "TestInputFixtures.h"
#include "TestUtil.h"

#include "input/InputFormat.h"
#include "input/JpegInfo.h"
#include "input/PageSource.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vo;

Q_DECLARE_METATYPE(vo::InputFormat)

class TestInputFormat : public QObject {
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
    void sniffCorpus_data();
    void sniffCorpus();
    void names();
    void textNamedPngIsRefused();
    void contentWinsOverExtension();
    void jpegPassthroughRule_data();
    void jpegPassthroughRule();
};

void TestInputFormat::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<InputFormat>("expected");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << InputFormat::Png;
    QTest::newRow("png-signature-cut") << QByteArray("\x89PNG", 4) << InputFormat::Unknown;
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << InputFormat::Jpeg;
    QTest::newRow("tiff-le") << QByteArray("II\x2a\0\x08\0\0\0", 8) << InputFormat::Tiff;
    QTest::newRow("tiff-be") << QByteArray("MM\0\x2a\0\0\0\x08", 8) << InputFormat::Tiff;
    QTest::newRow("bigtiff-le") << QByteArray("II\x2b\0\x08\0\0\0", 8) << InputFormat::Tiff;
    QTest::newRow("bigtiff-be") << QByteArray("MM\0\x2b\0\x08\0\0", 8) << InputFormat::Tiff;
    QTest::newRow("tiff-wrong-version") << QByteArray("II\x2c\0\x08\0\0\0", 8) << InputFormat::Unknown;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << InputFormat::Pdf;
    QTest::newRow("pdf-after-junk") << QByteArray(500, 'x') + "%PDF-1.4\n" << InputFormat::Pdf;
    QTest::newRow("pdf-too-late") << QByteArray(1100, 'x') + "%PDF-1.4\n" << InputFormat::Unknown;
    QTest::newRow("pdf-word-in-text") << QByteArray("the %PDF-header is...") << InputFormat::Unknown;
    QTest::newRow("text") << QByteArray("Dear HR, please find attached") << InputFormat::Unknown;
    QTest::newRow("empty") << QByteArray() << InputFormat::Unknown;
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << InputFormat::Unknown;
    QTest::newRow("bmp") << QByteArray("BM\x36\0\0\0", 6) << InputFormat::Unknown;
    QTest::newRow("zip-docx") << QByteArray("PK\x03\x04\x14\0", 6) << InputFormat::Unknown;
}

void TestInputFormat::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(InputFormat, expected);
    QCOMPARE(sniffInputFormat(head), expected);
}

void TestInputFormat::sniffCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<InputFormat>("expected");
    QTest::newRow("tif") << QStringLiteral("tess_phototest.tif") << InputFormat::Tiff;
    QTest::newRow("jpg") << QStringLiteral("dh_locke_de_book_p0008.jpg") << InputFormat::Jpeg;
    QTest::newRow("png") << QStringLiteral("tess_phototest_rot90.png") << InputFormat::Png;
    QTest::newRow("gt-text") << QStringLiteral("tess_phototest.gt.txt") << InputFormat::Unknown;
}

void TestInputFormat::sniffCorpus()
{
    QFETCH(QString, file);
    QFETCH(InputFormat, expected);
    const QByteArray bytes = test::readBytes(test::dataFile(file));
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(sniffInputFormat(bytes.left(1024)), expected);
}

void TestInputFormat::names()
{
    QCOMPARE(inputFormatName(InputFormat::Png), QStringLiteral("PNG"));
    QCOMPARE(inputFormatName(InputFormat::Jpeg), QStringLiteral("JPEG"));
    QCOMPARE(inputFormatName(InputFormat::Tiff), QStringLiteral("TIFF"));
    QCOMPARE(inputFormatName(InputFormat::Pdf), QStringLiteral("PDF"));
    QCOMPARE(inputFormatName(InputFormat::Unknown), QStringLiteral("unknown"));
}

void TestInputFormat::textNamedPngIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = test::writeFile(dir.path(), QStringLiteral("salary-review-q4.png"),
                                         "CONFIDENTIAL: salary of J. Doe is 123456\n");
    auto src = PageSource::open(path, {});
    QVERIFY(!src.ok());
    QCOMPARE(src.error().code, ErrorCode::InputUnreadable);
    QCOMPARE(src.error().message, QStringLiteral("not a supported image or PDF"));
    QVERIFY(test::messageIsClean(src.error(), path));
    QVERIFY(!src.error().message.contains(QStringLiteral("CONFIDENTIAL")));
}

void TestInputFormat::contentWinsOverExtension()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A PNG named .pdf, a TIFF named .jpg, a PDF named .txt: each opens as what it is.
    const QString png = test::writeFile(dir.path(), QStringLiteral("scan.pdf"),
                                        test::readBytes(test::dataFile(QStringLiteral("tess_phototest_rot90.png"))));
    const QString tif = test::writeFile(dir.path(), QStringLiteral("scan.jpg"),
                                        test::readBytes(test::dataFile(QStringLiteral("tess_phototest.tif"))));
    const QString pdf = test::writeFile(dir.path(), QStringLiteral("notes.txt"), test::minimalPdf(595, 842));
    const QList<QPair<QString, InputFormat>> cases = {
        {png, InputFormat::Png}, {tif, InputFormat::Tiff}, {pdf, InputFormat::Pdf}};
    for (const auto& [path, format] : cases) {
        auto src = PageSource::open(path, {});
        QVERIFY2(src.ok(), qPrintable(src.ok() ? QString() : src.error().message));
        QCOMPARE(src.value()->format(), format);
        QCOMPARE(src.value()->pageCount(), 1);
        auto page = src.value()->page(0, CancelToken());
        QVERIFY(page.ok());
        QVERIFY(page->pix);
    }
}

namespace {

// SOI, a JFIF APP0, then a frame header of the given type, precision and component count.
QByteArray jpegHead(uchar sof, uchar precision, uchar components)
{
    QByteArray b("\xff\xd8", 2);
    b += QByteArray("\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00\x48\x00\x48\x00\x00", 18);
    const int length = 8 + 3 * components;
    b += char(0xff);
    b += char(sof);
    b += char(length >> 8);
    b += char(length & 0xff);
    b += char(precision);
    b += QByteArray("\x01\x00\x01\x00", 4);  // height 256, width 256
    b += char(components);
    for (int c = 0; c < components; ++c)
        b += QByteArray("\x01\x11\x00", 3);
    b += QByteArray("\xff\xda\x00\x08", 4);
    return b;
}

}  // namespace

void TestInputFormat::jpegPassthroughRule_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("expected");
    QTest::newRow("baseline-rgb") << jpegHead(0xc0, 8, 3) << true;
    QTest::newRow("baseline-grey") << jpegHead(0xc0, 8, 1) << true;
    QTest::newRow("progressive-rgb") << jpegHead(0xc2, 8, 3) << true;
    QTest::newRow("baseline-cmyk") << jpegHead(0xc0, 8, 4) << false;
    QTest::newRow("progressive-cmyk") << jpegHead(0xc2, 8, 4) << false;
    QTest::newRow("two-components") << jpegHead(0xc0, 8, 2) << false;
    QTest::newRow("extended-12bit") << jpegHead(0xc1, 12, 3) << false;
    QTest::newRow("lossless") << jpegHead(0xc3, 8, 3) << false;
    QTest::newRow("arithmetic") << jpegHead(0xc9, 8, 3) << false;
    QTest::newRow("hierarchical") << jpegHead(0xc5, 8, 3) << false;
    QTest::newRow("truncated") << jpegHead(0xc0, 8, 3).left(24) << false;
    QTest::newRow("no-frame") << QByteArray("\xff\xd8\xff\xda\x00\x02", 6) << false;
    QTest::newRow("not-jpeg") << QByteArray("\x89PNG\r\n\x1a\n", 8) << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("corpus-progressive")
        << test::readBytes(test::dataFile(QStringLiteral("dh_locke_de_book_p0008.jpg"))) << true;
}

void TestInputFormat::jpegPassthroughRule()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, expected);
    QCOMPARE(isPlainDctJpeg(reinterpret_cast<const uchar*>(bytes.constData()), size_t(bytes.size())), expected);
}

QTEST_GUILESS_MAIN(TestInputFormat)
#include "TestInputFormat.moc"
