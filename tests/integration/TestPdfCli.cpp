// Issue 5 end to end: `vaultocr ocr` on PDF inputs (kept and grafted pages, rotations, boxes,
// modes, passwords), PDF/A, encryption, metadata and ALTO, checked with qpdf, poppler-utils and
// the qpdf library the way a reviewer's tools see the files.
#include "PdfFixtures.h"
#include "TestUtil.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QTemporaryDir>
#include <QTest>

#include <leptonica/allheaders.h>

#include <algorithm>
#include <set>

using namespace vo::test;

namespace {

int count(const QString& text, const QString& word) { return int(text.count(word)); }

}  // namespace

class TestPdfCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_phototest, m_truth, m_scan;
    QString out(const QString& name) const { return m_dir.filePath(name); }
    ProcessResult ocr(const QStringList& args, const QProcessEnvironment& env = {})
    {
        return run(vaultocrBinary(), QStringList{QStringLiteral("ocr")} + args, env);
    }
    QString writePassword(const QString& name, const QByteArray& password)
    {
        QFile f(out(name));
        f.open(QIODevice::WriteOnly);
        f.write(password + '\n');
        return f.fileName();
    }
    // A scanned phototest page turned by /Rotate, with the box origin away from 0,0.
    QString scanPage(const QString& name, int rotate, QPointF origin = {}, std::optional<QRectF> crop = {},
                     const QByteArray& extra = {})
    {
        FixturePage page;
        page.image = g4Image(m_phototest);
        page.rotate = rotate;
        page.origin = origin;
        page.crop = crop;
        page.extraContent = extra;
        const QString path = out(name);
        if (!writeImagePdf(path, {page}))
            qFatal("fixture %s", qPrintable(name));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("VAULTOCR_KEEP_TEST_FILES"));  // for debugging
        QVERIFY2(QFile::exists(vaultocrBinary()), "VAULTOCR_BIN not set or missing");
        m_phototest = dataFile(QStringLiteral("tess_phototest.tif"));
        m_truth = readText(dataFile(QStringLiteral("tess_phototest.gt.txt")));
        m_scan = scanPage(QStringLiteral("scan.pdf"), 0);
    }

    // A born-digital page and a scanned one in one PDF: the first is left exactly as it was,
    // the second keeps its image object and gets a text layer on its words.
    void mixedPdf()
    {
        const QString born = out(QStringLiteral("born.pdf")), mixed = out(QStringLiteral("mixed.pdf"));
        QVERIFY(writeBornDigitalPdf(born, {{QStringLiteral("Born digital memo"), QStringLiteral("Quarterly numbers enclosed")}}));
        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--empty"), QStringLiteral("--pages"), born, m_scan,
                                              QStringLiteral("--"), mixed}).exitCode, 0);
        const QString pdf = out(QStringLiteral("mixed-out.pdf")), hocr = out(QStringLiteral("mixed.hocr")),
                      txt = out(QStringLiteral("mixed.txt"));
        const ProcessResult r = ocr({mixed, QStringLiteral("-o"), pdf, QStringLiteral("--hocr"), hocr,
                                     QStringLiteral("--sidecar"), txt});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QCOMPARE(pdfPageCount(pdf), 2);

        // Page 1: every stream (content, fonts, …) byte for byte, nothing added, same text.
        QCOMPARE(pageStreams(pdf, 0), pageStreams(mixed, 0));
        QVERIFY(!hasOcrLayer(pdf, 0));
        QCOMPARE(pdfPageText(pdf, 1), pdfPageText(mixed, 1));
        // Page 2: its own streams are all still there (the image object's data included) …
        const QList<QByteArray> before = pageStreams(mixed, 1), after = pageStreams(pdf, 1);
        QVERIFY(containsAll(after, before));
        QVERIFY(after.size() > before.size());
        QVERIFY(hasOcrLayer(pdf, 1));
        const auto imagesIn = pdfImageList(mixed), imagesOut = pdfImageList(pdf);
        QCOMPARE(int(imagesOut.size()), int(imagesIn.size()));
        QCOMPARE(imagesOut.back().encoding, QStringLiteral("ccitt"));
        QCOMPARE(imagesOut.back().encoding, imagesIn.back().encoding);
        QCOMPARE(imagesOut.back().size, imagesIn.back().size);
        QCOMPARE(imagesOut.back().width, imagesIn.back().width);
        QCOMPARE(imagesOut.back().height, imagesIn.back().height);
        // … and the text lies on the words.
        const double cer = characterErrorRate(m_truth, pdfPageText(pdf, 2));
        const double aligned = alignedShare(hocrWordsInPoints(hocr, 2, 300), pdfWordsOnPage(pdf, 2));
        qInfo("mixed PDF: page 2 CER %.2f %%, %.1f %% of words aligned (IoU >= 0.5)", cer * 100, aligned * 100);
        QVERIFY(cer < 0.03);
        QVERIFY(aligned >= 0.9);
        // The sidecar has both pages: the born-digital text as it is, the OCR text.
        const QStringList pages = readText(txt).split(QLatin1Char('\f'));
        QCOMPARE(pages.size(), 2);
        QVERIFY(pages[0].contains(QStringLiteral("Quarterly numbers enclosed")));
        QVERIFY(characterErrorRate(m_truth, pages[1]) < 0.03);
    }

    void rotatedAndOffsetPages_data()
    {
        QTest::addColumn<int>("rotate");
        QTest::addColumn<QPointF>("origin");
        QTest::addColumn<QRectF>("crop");
        QTest::newRow("rotate 0, origin 100,200") << 0 << QPointF(100, 200) << QRectF();
        QTest::newRow("rotate 90") << 90 << QPointF(100, 200) << QRectF();
        QTest::newRow("rotate 180") << 180 << QPointF(-300, 50) << QRectF();
        QTest::newRow("rotate 270") << 270 << QPointF(0, 0) << QRectF();
        QTest::newRow("rotate 90, CropBox") << 90 << QPointF(-50, 300) << QRectF(QPointF(-40, 320), QPointF(100, 500));
        QTest::newRow("rotate 270, CropBox") << 270 << QPointF(10, 10) << QRectF(QPointF(20, 30), QPointF(150, 220));
    }

    // pdftotext's box of each word (in the displayed, rotated, cropped page) against the OCR box.
    void rotatedAndOffsetPages()
    {
        QFETCH(int, rotate);
        QFETCH(QPointF, origin);
        QFETCH(QRectF, crop);
        const QString name = QStringLiteral("rot%1-%2").arg(rotate).arg(crop.isNull() ? 0 : 1);
        const QString in = scanPage(name + QStringLiteral(".pdf"), rotate, origin,
                                    crop.isNull() ? std::nullopt : std::optional<QRectF>(crop));
        const QString pdf = out(name + QStringLiteral("-out.pdf")), hocr = out(name + QStringLiteral(".hocr"));
        const ProcessResult r = ocr({in, QStringLiteral("-o"), pdf, QStringLiteral("--hocr"), hocr});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QVERIFY(containsAll(pageStreams(pdf, 0), pageStreams(in, 0)));
        const auto ocrWords = hocrWordsInPoints(hocr, 1, 300);
        const double aligned = alignedShare(ocrWords, pdfWordsOnPage(pdf, 1, !crop.isNull()));
        qInfo("%s: %d OCR words, %.1f %% aligned", qPrintable(name), int(ocrWords.size()), aligned * 100);
        QVERIFY(ocrWords.size() >= (crop.isNull() ? 55u : 20u));
        QVERIFY(aligned >= 0.9);
    }

    // A scan skewed by 2.5°: OCR runs on the straightened image, the words must land on the
    // tilted words of the original page. Truth: the upright page's OCR boxes turned by Qt.
    void skewedScanAligns()
    {
        const QString uprightHocr = out(QStringLiteral("upright.hocr"));
        QCOMPARE(ocr({m_phototest, QStringLiteral("--hocr"), uprightHocr}).exitCode, 0);
        PIX* pix = pixRead(QFile::encodeName(m_phototest).constData());
        QImage upright(pixGetWidth(pix), pixGetHeight(pix), QImage::Format_Grayscale8);
        for (int y = 0; y < upright.height(); ++y)
            for (int x = 0; x < upright.width(); ++x) {
                l_uint32 v = 0;
                pixGetPixel(pix, x, y, &v);
                upright.scanLine(y)[x] = v ? 0 : 255;
            }
        pixDestroy(&pix);
        const QTransform turn = QTransform().rotate(2.5);
        QImage skewed = upright.transformed(turn, Qt::SmoothTransformation).convertToFormat(QImage::Format_Grayscale8);
        const QTransform map = QImage::trueMatrix(turn, upright.width(), upright.height());
        // transformed() fills outside with black for Grayscale8: paint it white.
        QImage page(skewed.size(), QImage::Format_Grayscale8);
        page.fill(255);
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QPointF src = map.inverted().map(QPointF(x + 0.5, y + 0.5));
                if (QRectF(upright.rect()).contains(src))
                    page.scanLine(y)[x] = skewed.scanLine(y)[x];
            }
        FixtureImage img;
        img.widthPx = page.width();
        img.heightPx = page.height();
        img.dpi = 200;
        QByteArray raw;
        for (int y = 0; y < page.height(); ++y)
            raw.append(reinterpret_cast<const char*>(page.constScanLine(y)), page.width());
        img.data = qCompress(raw).mid(4);
        img.dict = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(page.width()) + " /Height "
                   + QByteArray::number(page.height()) + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode";
        FixturePage fp;
        fp.image = img;
        const QString in = out(QStringLiteral("skewed.pdf")), pdf = out(QStringLiteral("skewed-out.pdf"));
        QVERIFY(writeImagePdf(in, {fp}));
        const ProcessResult r = ocr({in, QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        std::vector<BoxedWord> expected = hocrWords(readText(uprightHocr));
        for (BoxedWord& w : expected) {
            const QRectF px = map.mapRect(w.box);
            w.box = QRectF(px.left() * 72 / 200, px.top() * 72 / 200, px.width() * 72 / 200, px.height() * 72 / 200);
        }
        const double aligned = alignedShare(expected, pdfWordsOnPage(pdf, 1));
        qInfo("skewed 2.5 degrees: %.1f %% of %d words aligned", aligned * 100, int(expected.size()));
        QVERIFY(aligned >= 0.9);
    }

    // An upside-down scan on an unrotated page: OCR turns it upright; the layer must still sit
    // on the upside-down words of the page.
    void upsideDownScanAligns()
    {
        const QString in = out(QStringLiteral("upside.pdf")), pdf = out(QStringLiteral("upside-out.pdf")),
                      hocr = out(QStringLiteral("upside.hocr"));
        FixturePage fp;
        fp.image = g4Image(m_phototest);
        fp.rotate = 180;  // the image is drawn turned by 180° in user space …
        QVERIFY(writeImagePdf(in, {fp}));
        QByteArray bytes = readBytes(in);
        QVERIFY(bytes.contains("/Rotate 180"));
        bytes.replace("/Rotate 180", "/Rotate 0  ");  // … and shown that way (same length: xref stays valid)
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const double W = fp.image->widthPt(), H = fp.image->heightPt();
        const ProcessResult r = ocr({in, QStringLiteral("-o"), pdf, QStringLiteral("--hocr"), hocr});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QVERIFY(characterErrorRate(m_truth, pdfPageText(pdf, 1)) < 0.05);
        // The OCR boxes are in the upright image: turn them back by 180° onto the page.
        std::vector<BoxedWord> words = hocrWordsInPoints(hocr, 1, 300);
        for (BoxedWord& w : words)
            w.box = QRectF(QPointF(W - w.box.right(), H - w.box.bottom()), QPointF(W - w.box.left(), H - w.box.top()));
        const double aligned = alignedShare(words, pdfWordsOnPage(pdf, 1));
        qInfo("upside-down scan: %.1f %% aligned", aligned * 100);
        QVERIFY(aligned >= 0.9);
    }

    // The same page image stored as JBIG2: decoded by poppler for OCR, kept as JBIG2.
    void jbig2Page()
    {
        FixturePage fp;
        fp.image = jbig2Image(m_phototest);
        const QString in = out(QStringLiteral("jbig2.pdf")), pdf = out(QStringLiteral("jbig2-out.pdf"));
        QVERIFY(writeImagePdf(in, {fp}));
        const ProcessResult r = ocr({in, QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        const auto images = pdfImageList(pdf);
        QCOMPARE(int(images.size()), 1);
        QCOMPARE(images[0].encoding, QStringLiteral("jbig2"));
        QCOMPARE(images[0].size, pdfImageList(in).at(0).size);
        QCOMPARE(images[0].width, 640);
        QVERIFY(containsAll(pageStreams(pdf, 0), pageStreams(in, 0)));
        const double cer = characterErrorRate(m_truth, pdfPageText(pdf, 1));
        qInfo("JBIG2 page: CER %.2f %%", cer * 100);
        QVERIFY(cer < 0.03);
    }

    // Skip keeps any text layer (tesseract's own PDF); redo replaces it (no doubled words);
    // force rasterises.
    void modesOnTesseractPdf()
    {
        const QString base = out(QStringLiteral("tess"));
        const ProcessResult t = run(QStringLiteral("tesseract"), {m_phototest, base, QStringLiteral("pdf")});
        QVERIFY2(t.exitCode == 0, t.err.constData());
        const QString in = base + QStringLiteral(".pdf");
        const int wordsIn = int(pdfWordsOnPage(in, 1).size());
        QVERIFY(wordsIn > 50);

        const QString skip = out(QStringLiteral("tess-skip.pdf"));
        QCOMPARE(ocr({in, QStringLiteral("-o"), skip}).exitCode, 0);
        QVERIFY(qpdfCheck(skip));
        QCOMPARE(pageStreams(skip, 0), pageStreams(in, 0));
        QVERIFY(!hasOcrLayer(skip, 0));

        const QString redo = out(QStringLiteral("tess-redo.pdf"));
        QCOMPARE(ocr({in, QStringLiteral("-o"), redo, QStringLiteral("--mode"), QStringLiteral("redo")}).exitCode, 0);
        QVERIFY(qpdfCheck(redo));
        QVERIFY(hasOcrLayer(redo, 0));
        const int wordsRedo = int(pdfWordsOnPage(redo, 1).size());
        qInfo("tesseract PDF: %d words in, %d after redo", wordsIn, wordsRedo);
        QVERIFY(qAbs(wordsRedo - wordsIn) <= wordsIn / 10);  // replaced, not doubled
        QVERIFY(characterErrorRate(m_truth, pdfPageText(redo, 1)) < 0.03);
        // The image is the same object data.
        QCOMPARE(pdfImageList(redo).at(0).encoding, QStringLiteral("ccitt"));
        QCOMPARE(pdfImageList(redo).at(0).size, pdfImageList(in).at(0).size);

        const QString force = out(QStringLiteral("tess-force.pdf"));
        QCOMPARE(ocr({in, QStringLiteral("-o"), force, QStringLiteral("--mode"), QStringLiteral("force")}).exitCode, 0);
        QVERIFY(qpdfCheck(force));
        QCOMPARE(pdfImageList(force).at(0).width, 960);  // the page rendered at 300 dpi
        QVERIFY(characterErrorRate(m_truth, pdfPageText(force, 1)) < 0.03);
    }

    // An earlier invisible layer with a word that is not on the page, and a visible stamp.
    void redoReplacesOnlyTheInvisibleLayer()
    {
        const QByteArray extra = "BT /F1 10 Tf 3 Tr 20 20 Td (OLDLAYERWORD) Tj ET\n"
                                 "BT /F1 9 Tf 0 Tr 150 6 Td (VISIBLESTAMP) Tj ET\n";
        const QString in = scanPage(QStringLiteral("layered.pdf"), 0, {}, std::nullopt, extra);
        const QString skip = out(QStringLiteral("layered-skip.pdf")), redo = out(QStringLiteral("layered-redo.pdf")),
                      redoTxt = out(QStringLiteral("layered-redo.txt"));
        QCOMPARE(ocr({in, QStringLiteral("-o"), skip}).exitCode, 0);
        QVERIFY(pdfPageText(skip, 1).contains(QStringLiteral("OLDLAYERWORD")));
        QCOMPARE(pageStreams(skip, 0), pageStreams(in, 0));

        const ProcessResult r = ocr({in, QStringLiteral("-o"), redo, QStringLiteral("--mode"), QStringLiteral("redo"),
                                     QStringLiteral("--sidecar"), redoTxt});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(redo));
        const QString text = pdfPageText(redo, 1);
        QCOMPARE(count(text, QStringLiteral("OLDLAYERWORD")), 0);
        QCOMPARE(count(text, QStringLiteral("VISIBLESTAMP")), 1);  // kept, and not OCRed a second time
        const double cer = characterErrorRate(m_truth, QString(text).remove(QStringLiteral("VISIBLESTAMP")));
        qInfo("redo: CER %.2f %% without the stamp", cer * 100);
        QVERIFY(cer < 0.05);
        // The image is untouched; the visible text is still drawn by the page's content.
        QVERIFY(pageStreams(redo, 0).contains(g4Image(m_phototest).data));
        const QString sidecar = readText(redoTxt);
        QVERIFY(sidecar.contains(QStringLiteral("VISIBLESTAMP")));
        QVERIFY(!sidecar.contains(QStringLiteral("OLDLAYERWORD")));
    }

    void encryptedInput()
    {
        const QString enc = out(QStringLiteral("enc-in.pdf"));
        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--encrypt"), QStringLiteral("open sesame"),
                                              QStringLiteral("owner-pw"), QStringLiteral("256"), QStringLiteral("--"),
                                              m_scan, enc}).exitCode, 0);
        const QString pdf = out(QStringLiteral("enc-in-out.pdf"));
        ProcessResult r = ocr({enc, QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("password-protected") && r.err.contains("--input-password-file"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(pdf));
        r = ocr({enc, QStringLiteral("-o"), pdf, QStringLiteral("--input-password-file"), writePassword(QStringLiteral("wrong.txt"), "nope")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("password") && r.err.contains("wrong"), r.err.constData());
        QVERIFY(!QFile::exists(pdf));
        r = ocr({enc, QStringLiteral("-o"), pdf, QStringLiteral("--input-password-file"), writePassword(QStringLiteral("right.txt"), "open sesame")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));  // decrypted output: opens without a password
        QVERIFY(characterErrorRate(m_truth, pdfPageText(pdf, 1)) < 0.03);
        // The owner password opens it too.
        r = ocr({enc, QStringLiteral("-o"), out(QStringLiteral("enc-owner.pdf")), QStringLiteral("--input-password-file"),
                 writePassword(QStringLiteral("owner.txt"), "owner-pw")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void encryptedOutput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("PDF input") << QStringLiteral("scan");
        QTest::newRow("JPEG input") << QStringLiteral("jpeg");
    }

    void encryptedOutput()
    {
        QFETCH(QString, input);
        const QString in = input == QLatin1String("scan") ? m_scan : dataFile(QStringLiteral("dh_locke_de_book_p0008.jpg"));
        const QString pdf = out(input + QStringLiteral("-enc.pdf"));
        const ProcessResult r = ocr({in, QStringLiteral("-o"), pdf, QStringLiteral("--lang"), QStringLiteral("eng+deu"),
                                     QStringLiteral("--encrypt-password-file"), writePassword(QStringLiteral("out.txt"), "S3cret-export")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!qpdfCheck(pdf));
        QVERIFY(qpdfCheck(pdf, QStringLiteral("S3cret-export")));
        QVERIFY(!qpdfCheck(pdf, QStringLiteral("S3cret-exporT")));
        const ProcessResult enc = run(QStringLiteral("qpdf"), {QStringLiteral("--show-encryption"),
                                                               QStringLiteral("--password=S3cret-export"), pdf});
        QVERIFY2(enc.out.contains("R = 6") && enc.out.contains("AESv3"), enc.out.constData());
        const ProcessResult images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), QStringLiteral("-upw"),
                                                                       QStringLiteral("S3cret-export"), pdf});
        // Not re-encoded: a JPEG stays DCT at its size, the scan stays CCITT.
        QVERIFY2(images.out.contains(input == QLatin1String("scan") ? " ccitt " : " jpeg "), images.out.constData());
        QCOMPARE(ocr({in, QStringLiteral("-o"), pdf, QStringLiteral("--pdfa"), QStringLiteral("--encrypt-password-file"),
                      out(QStringLiteral("out.txt"))}).exitCode, 2);
    }

    void pdfaOutput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("image input (streamed)") << QStringLiteral("tif");
        QTest::newRow("scanned PDF input (grafted)") << QStringLiteral("pdf");
    }

    void pdfaOutput()
    {
        QFETCH(QString, input);
        const QString pdf = out(input + QStringLiteral("-a.pdf"));
        const ProcessResult r = ocr({input == QLatin1String("tif") ? m_phototest : m_scan, QStringLiteral("-o"), pdf,
                                     QStringLiteral("--pdfa")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QPDF q;
        q.processFile(QFile::encodeName(pdf).constData());
        QPDFObjectHandle root = q.getRoot();
        const std::shared_ptr<Buffer> xmpData = root.getKey("/Metadata").getStreamData();
        const QByteArray xmp(reinterpret_cast<const char*>(xmpData->getBuffer()), qsizetype(xmpData->getSize()));
        QVERIFY(xmp.contains("<pdfaid:part>2</pdfaid:part>"));
        QVERIFY(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        QVERIFY(!root.getKey("/Metadata").getDict().hasKey("/Filter"));  // PDF/A: metadata uncompressed
        // Info and XMP agree.
        const QString producer = QString::fromStdString(q.getTrailer().getKey("/Info").getKey("/Producer").getUTF8Value());
        QVERIFY(xmp.contains("<pdf:Producer>" + producer.toUtf8() + "</pdf:Producer>"));
        QPDFObjectHandle intent = root.getKey("/OutputIntents").getArrayItem(0);
        QVERIFY(intent.getKey("/S").isNameAndEquals("/GTS_PDFA1"));
        QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
        QCOMPARE(profile.getDict().getKey("/N").getIntValue(), 3LL);
        const std::shared_ptr<Buffer> icc = profile.getStreamData();
        const QByteArray iccBytes(reinterpret_cast<const char*>(icc->getBuffer()), qsizetype(icc->getSize()));
        QCOMPARE(iccBytes.mid(36, 4), QByteArray("acsp"));
        QCOMPARE(iccBytes.mid(12, 12), QByteArray("mntrRGB XYZ "));
        QVERIFY(!q.isEncrypted());
        // pdffonts: every font embedded.
        const QList<QByteArray> fonts = run(QStringLiteral("pdffonts"), {pdf}).out.split('\n').mid(2);
        int embedded = 0;
        for (const QByteArray& line : fonts) {
            if (line.trimmed().isEmpty())
                continue;
            const QList<QByteArray> f = line.simplified().split(' ');
            QVERIFY2(f.size() >= 5 && f[f.size() - 5] == "yes", line.constData());
            ++embedded;
        }
        QVERIFY(embedded > 0);
    }

    // A PDF whose font is not embedded cannot be declared PDF/A without converting it.
    void pdfaRefusesWhatItCannotHonour()
    {
        FixturePage page;
        page.emptySize = QSizeF(300, 200);
        page.extraContent = "BT /F1 24 Tf 20 100 Td (Helvetica, not embedded) Tj ET\n";
        const QString in = out(QStringLiteral("helvetica.pdf")), pdf = out(QStringLiteral("helvetica-a.pdf"));
        QVERIFY(writeImagePdf(in, {page}));
        const ProcessResult r = ocr({in, QStringLiteral("-o"), pdf, QStringLiteral("--pdfa")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("PDF/A") && r.err.contains("not embedded"), r.err.constData());
        QVERIFY(!QFile::exists(pdf));
    }

    // By default nothing of the original's metadata survives; --keep-metadata keeps it.
    void metadata()
    {
        const QString born = out(QStringLiteral("meta-born.pdf")), mixed = out(QStringLiteral("meta-mixed.pdf"));
        QVERIFY(writeBornDigitalPdf(born, {{QStringLiteral("Board minutes")}}));
        QCOMPARE(run(QStringLiteral("qpdf"), {born, QStringLiteral("--pages"), born, m_scan, QStringLiteral("--"), mixed}).exitCode, 0);
        QVERIFY(run(QStringLiteral("pdfinfo"), {mixed}).out.contains("Secret merger memo"));
        const QString plain = out(QStringLiteral("meta-plain.pdf")), kept = out(QStringLiteral("meta-kept.pdf"));
        QCOMPARE(ocr({mixed, QStringLiteral("-o"), plain}).exitCode, 0);
        QCOMPARE(ocr({mixed, QStringLiteral("-o"), kept, QStringLiteral("--keep-metadata")}).exitCode, 0);
        const QByteArray info = run(QStringLiteral("pdfinfo"), {plain}).out;
        QVERIFY2(!info.contains("Secret merger memo") && !info.contains("Fixture Creator"), info.constData());
        QVERIFY(info.contains("VaultOCR"));
        const QByteArray bytes = readBytes(plain);
        QVERIFY(!bytes.contains("Secret merger memo") && !bytes.contains("Fixture Creator"));
        QPDF a, b;
        a.processFile(QFile::encodeName(mixed).constData());
        b.processFile(QFile::encodeName(plain).constData());
        QVERIFY(!b.getRoot().hasKey("/Metadata"));
        QVERIFY(a.getTrailer().getKey("/ID").getArrayItem(0).unparse() != b.getTrailer().getKey("/ID").getArrayItem(0).unparse());
        QVERIFY(run(QStringLiteral("pdfinfo"), {kept}).out.contains("Secret merger memo"));
        QVERIFY(qpdfCheck(plain) && qpdfCheck(kept));
        // Also when every page is rasterised (--mode force), and into PDF/A's XMP.
        const QString forced = out(QStringLiteral("meta-forced.pdf"));
        QCOMPARE(ocr({mixed, QStringLiteral("-o"), forced, QStringLiteral("--keep-metadata"), QStringLiteral("--mode"),
                      QStringLiteral("force"), QStringLiteral("--pdfa")}).exitCode, 0);
        QVERIFY(run(QStringLiteral("pdfinfo"), {forced}).out.contains("Secret merger memo"));
        QVERIFY(readBytes(forced).contains("<rdf:li xml:lang=\"x-default\">Secret merger memo</rdf:li>"));
        QVERIFY(qpdfCheck(forced));
    }

    // A page too large to render is refused before rendering when it needs OCR, and kept
    // without ever being rendered when it already has text.
    void hugePage()
    {
        FixturePage blank;
        blank.emptySize = QSizeF(14400, 14400);
        const QString in = out(QStringLiteral("huge.pdf")), pdf = out(QStringLiteral("huge-out.pdf"));
        QVERIFY(writeImagePdf(in, {blank}));
        ProcessResult r = ocr({in, QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("megapixel limit"), r.err.constData());
        QVERIFY(!QFile::exists(pdf));
        FixturePage poster = blank;
        poster.extraContent = "BT /F1 400 Tf 100 7000 Td (POSTER) Tj ET\n";
        const QString posterIn = out(QStringLiteral("poster.pdf"));
        QVERIFY(writeImagePdf(posterIn, {poster}));
        r = ocr({posterIn, QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pageStreams(pdf, 0), pageStreams(posterIn, 0));
    }

    // A damaged cross-reference table: qpdf rebuilds it, and the output is clean.
    void malformedXref()
    {
        QByteArray bytes = readBytes(m_scan);
        const qsizetype xref = bytes.lastIndexOf("xref\n");
        QVERIFY(xref > 0);
        for (qsizetype i = bytes.indexOf(" 00000 n", xref); i > 0; i = bytes.indexOf(" 00000 n", i + 1))
            bytes[i - 3] = '9';  // every offset points somewhere wrong
        const qsizetype start = bytes.lastIndexOf("startxref\n") + 10;
        bytes.replace(start, bytes.indexOf('\n', start) - start, "999999");
        const QString in = out(QStringLiteral("badxref.pdf")), pdf = out(QStringLiteral("badxref-out.pdf"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const ProcessResult r = ocr({in, QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QVERIFY(characterErrorRate(m_truth, pdfPageText(pdf, 1)) < 0.03);
        // Beyond repair: one clear line, exit 3, nothing written.
        const QString broken = out(QStringLiteral("broken.pdf"));
        QFile g(broken);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 5 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        g.close();
        const ProcessResult bad = ocr({broken, QStringLiteral("-o"), out(QStringLiteral("broken-out.pdf"))});
        QCOMPARE(bad.exitCode, 3);
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY(!QFile::exists(out(QStringLiteral("broken-out.pdf"))));
    }

    void altoSidecar()
    {
        const QString alto = out(QStringLiteral("photo.alto.xml")), hocr = out(QStringLiteral("photo.hocr"));
        const ProcessResult r = ocr({m_scan, QStringLiteral("--alto"), alto, QStringLiteral("--hocr"), hocr});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString xml = readText(alto);
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), alto}).exitCode, 0);
        QVERIFY(xml.contains(QStringLiteral("xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\"")));
        static const QRegularExpression stringRe(QStringLiteral("<String [^>]*HPOS=\"(\\d+)\" VPOS=\"(\\d+)\" WIDTH=\"(\\d+)\" HEIGHT=\"(\\d+)\" WC=\"([\\d.]+)\" CONTENT=\"([^\"]*)\""));
        std::vector<BoxedWord> altoWords;
        for (auto it = stringRe.globalMatch(xml); it.hasNext();) {
            const auto m = it.next();
            altoWords.push_back({m.captured(6), QRectF(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                                      m.captured(4).toInt())});
            QVERIFY(m.captured(5).toDouble() <= 1.0);
        }
        const std::vector<BoxedWord> hocrW = hocrWords(readText(hocr));
        QCOMPARE(altoWords.size(), hocrW.size());
        for (size_t i = 0; i < hocrW.size(); ++i) {
            QCOMPARE(altoWords[i].box, hocrW[i].box);
        }
        QStringList words;
        for (const BoxedWord& w : altoWords)
            words << w.text;
        QVERIFY(characterErrorRate(m_truth, words.join(QLatin1Char(' '))) < 0.03);
    }

    // Image inputs: the scan itself is the page image (never re-encoded after OCR turned or
    // deskewed it); /Rotate shows it upright and the text lies on its words.
    void imageInputsKeepTheScan()
    {
        const QString rot90 = dataFile(QStringLiteral("tess_phototest_rot90.png"));
        const QString pdf = out(QStringLiteral("rot90png.pdf")), hocr = out(QStringLiteral("rot90png.hocr"));
        ProcessResult r = ocr({rot90, QStringLiteral("-o"), pdf, QStringLiteral("--hocr"), hocr});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).out.contains("Page rot:        270"));
        const auto images = pdfImageList(pdf);
        QCOMPARE(images.at(0).width, 480);  // the file's own orientation
        QCOMPARE(images.at(0).height, 640);
        QVERIFY(characterErrorRate(m_truth, pdfPageText(pdf, 1)) < 0.03);
        const double aligned = alignedShare(hocrWordsInPoints(hocr, 1, 200), pdfWordsOnPage(pdf, 1));
        qInfo("rotated PNG input: %.1f %% aligned", aligned * 100);
        QVERIFY(aligned >= 0.9);

        // A JPEG comes out bit for bit (pdfimages -j undoes a Flate wrapper, if any).
        const QString jpeg = dataFile(QStringLiteral("dh_locke_de_book_p0008.jpg"));
        const QString jpdf = out(QStringLiteral("locke.pdf"));
        r = ocr({jpeg, QStringLiteral("--lang"), QStringLiteral("deu"), QStringLiteral("-o"), jpdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(run(QStringLiteral("pdfimages"), {QStringLiteral("-j"), jpdf, out(QStringLiteral("locke-img"))}).exitCode, 0);
        QCOMPARE(readBytes(out(QStringLiteral("locke-img-000.jpg"))), readBytes(jpeg));
        QVERIFY(QFileInfo(jpdf).size() < QFileInfo(jpeg).size() + 30 * 1024);
    }

    // An image first, then a PDF: the PDF's pages are appended to a new document, kept or grafted.
    void imageThenPdf()
    {
        const QString born = out(QStringLiteral("born2.pdf"));
        QVERIFY(writeBornDigitalPdf(born, {{QStringLiteral("Appendix page")}}));
        const QString pdf = out(QStringLiteral("image-then-pdf.pdf")), txt = out(QStringLiteral("image-then-pdf.txt"));
        const ProcessResult r = ocr({m_phototest, born, m_scan, QStringLiteral("-o"), pdf, QStringLiteral("--sidecar"), txt});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QCOMPARE(pdfPageCount(pdf), 3);
        QCOMPARE(pageStreams(pdf, 1), pageStreams(born, 0));
        QVERIFY(containsAll(pageStreams(pdf, 2), pageStreams(m_scan, 0)));
        QVERIFY(hasOcrLayer(pdf, 2));
        for (int page : {1, 3})
            QVERIFY(characterErrorRate(m_truth, pdfPageText(pdf, page)) < 0.03);
        QVERIFY(pdfPageText(pdf, 2).contains(QStringLiteral("Appendix page")));
    }

    // PDF input, encryption and every sidecar: nothing but the outputs is written anywhere.
    void noTempFiles()
    {
        QTemporaryDir home, tmp, outDir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        const QString pw = writePassword(QStringLiteral("tmp-pw.txt"), "temp-check");
        const ProcessResult r = ocr({m_scan, QStringLiteral("--mode"), QStringLiteral("redo"), QStringLiteral("-o"),
                                     outDir.filePath(QStringLiteral("o.pdf")), QStringLiteral("--encrypt-password-file"), pw,
                                     QStringLiteral("--alto"), outDir.filePath(QStringLiteral("o.xml"))},
                                    env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(filesBelow(home.path()), QStringList());
        QCOMPARE(filesBelow(tmp.path()), QStringList());
        QCOMPARE(filesBelow(outDir.path()), (QStringList{QStringLiteral("o.pdf"), QStringLiteral("o.xml")}));
    }
};

QTEST_MAIN(TestPdfCli)
#include "TestPdfCli.moc"
