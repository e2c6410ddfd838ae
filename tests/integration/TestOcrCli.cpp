// `vaultocr ocr` end to end: the real binary, real tesseract, output checked with poppler-utils
// and qpdf the way a reviewer would.
#include "PdfTools.h"
#include "TestUtil.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace vo::test;

class TestOcrCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString out(const QString& name) const { return m_dir.filePath(name); }
    ProcessResult ocr(const QStringList& args, const QProcessEnvironment& env = {})
    {
        return run(vaultocrBinary(), QStringList{QStringLiteral("ocr")} + args, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(vaultocrBinary()), "VAULTOCR_BIN not set or missing");
    }

    // The searchable PDF of phototest: its text, the boxes under the words, and the page image.
    void phototestSearchablePdf()
    {
        const QString pdf = out(QStringLiteral("photo.pdf")), hocr = out(QStringLiteral("photo.hocr")),
                      txt = out(QStringLiteral("photo.txt"));
        const ProcessResult r = ocr({dataFile(QStringLiteral("tess_phototest.tif")), QStringLiteral("-o"), pdf,
                                     QStringLiteral("--hocr"), hocr, QStringLiteral("--sidecar"), txt});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());  // nothing on stdout: no text leaks into logs

        const QString truth = readText(dataFile(QStringLiteral("tess_phototest.gt.txt")));
        const double pdfCer = characterErrorRate(truth, pdfText(pdf));
        const double txtCer = characterErrorRate(truth, readText(txt));
        qInfo("phototest: CER of pdftotext(output) = %.2f %%, of the sidecar = %.2f %%", pdfCer * 100, txtCer * 100);
        QVERIFY2(pdfCer < 0.03, qPrintable(QString::number(pdfCer)));
        QVERIFY2(txtCer < 0.02, qPrintable(QString::number(txtCer)));

        QVERIFY(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode == 0);

        // pdfimages: the page image at the input's own pixel size (640×480, bilevel → CCITT).
        const auto images = pdfImages(pdf);
        QCOMPARE(int(images.size()), 1);
        QCOMPARE(images[0].width, 640);
        QCOMPARE(images[0].height, 480);

        // Boxes: ≥ 90 % of OCR words have a pdftotext box with IoU ≥ 0.5. phototest is 200 dpi.
        const auto ocrWords = hocrWords(readText(hocr));
        const auto pdfWords = pdfWordsWithBoxes(pdf);
        QVERIFY(ocrWords.size() > 50);
        const double scale = 72.0 / 200.0;
        int hits = 0;
        for (const BoxedWord& w : ocrWords) {
            const QRectF pts(w.box.x() * scale, w.box.y() * scale, w.box.width() * scale, w.box.height() * scale);
            double best = 0;
            for (const BoxedWord& p : pdfWords) {
                if (p.text == w.text)
                    best = std::max(best, iou(pts, p.box));
            }
            hits += best >= 0.5 ? 1 : 0;
        }
        const double ratio = double(hits) / double(ocrWords.size());
        qInfo("phototest: %d of %d words (%.1f %%) have IoU >= 0.5", hits, int(ocrWords.size()), ratio * 100);
        QVERIFY(ratio >= 0.9);
    }

    // Several inputs become one output in the order given; the sidecar separates pages with \f.
    void severalInputsOneOutput()
    {
        const QString pdf = out(QStringLiteral("two.pdf")), txt = out(QStringLiteral("two.txt"));
        const ProcessResult r = ocr({dataFile(QStringLiteral("tess_phototest_rot90.png")),
                                     dataFile(QStringLiteral("tess_phototest.tif")), QStringLiteral("-o"), pdf,
                                     QStringLiteral("--sidecar"), txt, QStringLiteral("--jobs"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPageCount(pdf), 2);
        const QStringList pages = readText(txt).split(QLatin1Char('\f'));
        QCOMPARE(pages.size(), 2);
        const QString truth = readText(dataFile(QStringLiteral("tess_phototest.gt.txt")));
        QVERIFY(characterErrorRate(truth, pages[0]) < 0.03);  // the rotated page, turned upright
        QVERIFY(characterErrorRate(truth, pages[1]) < 0.02);
    }

    // PDF input (rasterised at --dpi) and --pages over all inputs.
    void pdfInputAndPageSelection()
    {
        const QString three = out(QStringLiteral("three.pdf"));
        const QString photo = dataFile(QStringLiteral("tess_phototest.tif"));
        const QString euro = dataFile(QStringLiteral("tess_eurotext_multilang.tif"));
        QCOMPARE(ocr({photo, euro, photo, QStringLiteral("-o"), three}).exitCode, 0);
        QCOMPARE(pdfPageCount(three), 3);

        const QString second = out(QStringLiteral("second.pdf")), txt = out(QStringLiteral("second.txt"));
        const ProcessResult r = ocr({three, QStringLiteral("--pages"), QStringLiteral("2"), QStringLiteral("-o"), second,
                                     QStringLiteral("--sidecar"), txt, QStringLiteral("--lang"), QStringLiteral("eng+deu+fra")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPageCount(second), 1);
        const double cer = characterErrorRate(readText(dataFile(QStringLiteral("tess_eurotext_multilang.gt.txt"))), readText(txt));
        qInfo("eurotext through a PDF round trip: CER %.2f %%", cer * 100);
        QVERIFY(cer < 0.06);
        // The rendered page is 300 DPI: the image of a 1024×800 @300dpi page comes back at that size.
        const auto images = pdfImages(second);
        QCOMPARE(int(images.size()), 1);
        QVERIFY(qAbs(images[0].width - 1024) <= 2);
    }

    void badInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.png") << 3;
        QTest::newRow("text named png") << QByteArray("this is not an image\n") << QStringLiteral("notes.png") << 3;
        QTest::newRow("truncated pdf") << QByteArray("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R") << QStringLiteral("cut.pdf") << 3;
        QTest::newRow("garbage tiff") << QByteArray("II*\0garbagegarbage", 18) << QStringLiteral("x.tif") << 3;
    }

    void badInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString input = dir.filePath(name);
        QVERIFY(writeBytes(input, bytes));
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        const ProcessResult r = ocr({input, QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.crashed);
        QCOMPARE(r.err.count('\n'), 1);  // one line
        QVERIFY(r.err.startsWith("vaultocr: "));
        QCOMPARE(filesBelow(dir.path()), QStringList{name});  // nothing written
    }

    void truncatedRealPdf()
    {
        const QString full = out(QStringLiteral("full.pdf"));
        QCOMPARE(ocr({dataFile(QStringLiteral("tess_phototest.tif")), QStringLiteral("-o"), full}).exitCode, 0);
        const QByteArray bytes = readBytes(full);
        const QString cut = out(QStringLiteral("half.pdf"));
        QVERIFY(writeBytes(cut, bytes.left(bytes.size() / 2)));
        const ProcessResult r = ocr({cut, QStringLiteral("-o"), out(QStringLiteral("never.pdf"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFile::exists(out(QStringLiteral("never.pdf"))));
    }

    void missingLanguage()
    {
        const ProcessResult r = ocr({dataFile(QStringLiteral("tess_phototest.tif")), QStringLiteral("--lang"),
                                     QStringLiteral("eng+xyz"), QStringLiteral("-o"), out(QStringLiteral("lang.pdf"))});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("tesseract-ocr-xyz"), r.err.constData());
        QVERIFY(!QFile::exists(out(QStringLiteral("lang.pdf"))));
    }

    void usageAndOutputErrors()
    {
        QCOMPARE(ocr({}).exitCode, 2);
        QCOMPARE(ocr({dataFile(QStringLiteral("tess_phototest.tif"))}).exitCode, 2);  // no output named
        QCOMPARE(ocr({dataFile(QStringLiteral("tess_phototest.tif")), QStringLiteral("--pages"), QStringLiteral("3-1"),
                      QStringLiteral("-o"), out(QStringLiteral("p.pdf"))}).exitCode, 2);
        QCOMPARE(ocr({QStringLiteral("/nonexistent/file.png"), QStringLiteral("-o"), out(QStringLiteral("p.pdf"))}).exitCode, 3);
        QCOMPARE(ocr({dataFile(QStringLiteral("tess_phototest.tif")), QStringLiteral("-o"),
                      QStringLiteral("/nonexistent-dir/out.pdf")}).exitCode, 5);
        QCOMPARE(run(vaultocrBinary(), {QStringLiteral("--version")}).out.trimmed(), QByteArray("vaultocr " VAULTOCR_VERSION));
        const ProcessResult help = ocr({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--sidecar") && help.out.contains("Exit codes"));
    }

    // Over SSH or on a console there is no display: the desktop app says so and points to the
    // command line, instead of Qt aborting with its details withheld by the log policy.
    void guiWithoutDisplayExplainsItself()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& var : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")})
            env.remove(var);
        const ProcessResult gui = run(vaultocrBinary(), {}, env, 30'000);
        QVERIFY(!gui.crashed);
        QCOMPARE(gui.exitCode, 2);
        QVERIFY2(gui.err.contains("no display") && gui.err.contains("vaultocr --help"), gui.err.constData());
        // The command line still works in the same environment.
        QCOMPARE(run(vaultocrBinary(), {QStringLiteral("--version")}, env).exitCode, 0);
    }

    // Nothing but the requested outputs is written: HOME and TMPDIR stay empty.
    void noTempFiles()
    {
        QTemporaryDir home, tmp, outDir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
        const QString pdf = outDir.filePath(QStringLiteral("o.pdf"));
        const ProcessResult r = ocr({dataFile(QStringLiteral("dh_locke_de_book_p0008.jpg")), QStringLiteral("--lang"),
                                     QStringLiteral("deu"), QStringLiteral("-o"), pdf, QStringLiteral("--sidecar"),
                                     outDir.filePath(QStringLiteral("o.txt"))},
                                    env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(filesBelow(home.path()), QStringList());
        QCOMPARE(filesBelow(tmp.path()), QStringList());
        QCOMPARE(filesBelow(outDir.path()), (QStringList{QStringLiteral("o.pdf"), QStringLiteral("o.txt")}));
        // A JPEG input is embedded as it was (DCT), not re-encoded, unless it had to be rotated/deskewed.
        const auto images = pdfImages(pdf);
        QCOMPARE(int(images.size()), 1);
        QCOMPARE(images[0].width, 1504);
    }

    // Ctrl-C mid-job: exit 130, and no output at all (not even a partial one).
    void interruptLeavesNothing()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("big.pdf"));
        QStringList args{QStringLiteral("ocr")};
        for (int i = 0; i < 8; ++i)
            args << dataFile(QStringLiteral("unlv_8087_054_magazine_multicol.tif"));
        args << QStringLiteral("--jobs") << QStringLiteral("1") << QStringLiteral("-o") << pdf
             << QStringLiteral("--sidecar") << dir.filePath(QStringLiteral("big.txt"));
        QProcess p;
        p.start(vaultocrBinary(), args);
        QVERIFY(p.waitForStarted());
        // 8 dense pages take well over 10 s on one worker; interrupt once the first page is under way.
        QTest::qWait(2500);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 130);
        QCOMPARE(filesBelow(dir.path()), QStringList());
    }

    void languagesCommand()
    {
        const ProcessResult r = run(vaultocrBinary(), {QStringLiteral("languages")});
        QCOMPARE(r.exitCode, 0);
        const QStringList langs = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(langs.contains(QStringLiteral("eng")) && langs.contains(QStringLiteral("deu")));
        QVERIFY(!langs.contains(QStringLiteral("osd")));
    }
};

QTEST_GUILESS_MAIN(TestOcrCli)
#include "TestOcrCli.moc"
