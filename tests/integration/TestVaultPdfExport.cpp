// A vault export of a PDF-born document keeps the original's pages, like `vaultocr ocr` in its
// default (skip) mode: a mixed PDF (one born-digital page, one CCITT G4 scan) is imported with
// the real binary and keychain, then exported. The born-digital page's streams (content, fonts)
// come out byte for byte and get no layer; the scan keeps its image object's bytes and gains a
// text layer that lies on its words (pdftotext CER and box alignment against the vault's own
// hOCR); the file is the input plus a small layer, not a re-rasterised copy. PDF/A and AES-256
// exports of the same document keep the pages too and pass qpdf --check (with the password).
// Last, a correction saved through the core reaches the scanned page's layer and leaves the
// born-digital page as it was.
#include "PdfFixtures.h"
#include "VaultCliSupport.h"

#include "crypto/KeychainStore.h"
#include "vault/Vault.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vo;
using namespace vo::test;

namespace {

qint64 fileSize(const QString& path) { return QFileInfo(path).size(); }

}  // namespace

class TestVaultPdfExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<VaultCli> m_cli;
    QString m_uuid, m_id, m_truth, m_mixed, m_hocr;

    QString out(const QString& name) const { return m_dir.filePath(name); }
    ProcessResult exportAs(const QStringList& args) const
    {
        return (*m_cli)(QStringLiteral("export"), QStringList{m_id} + args);
    }

    // What every PDF kind must show: page 1 exactly as it was, page 2's streams all still there
    // plus a text layer that reads as the ground truth and lies on the words.
    void checkPagesKept(const QString& pdf, const char* password = nullptr, const QString& upw = {})
    {
        QCOMPARE(pageStreams(pdf, 0, password), pageStreams(m_mixed, 0));
        QVERIFY(!hasOcrLayer(pdf, 0, password));
        const QList<QByteArray> before = pageStreams(m_mixed, 1), after = pageStreams(pdf, 1, password);
        QVERIFY(containsAll(after, before));
        QVERIFY(after.size() > before.size());
        QVERIFY(hasOcrLayer(pdf, 1, password));
        if (!upw.isEmpty()) {
            const ProcessResult text = run(QStringLiteral("pdftotext"), {QStringLiteral("-upw"), upw, QStringLiteral("-f"),
                                                                         QStringLiteral("2"), QStringLiteral("-l"),
                                                                         QStringLiteral("2"), pdf, QStringLiteral("-")});
            QCOMPARE(text.exitCode, 0);
            QVERIFY(characterErrorRate(m_truth, QString::fromUtf8(text.out)) < 0.03);
            return;
        }
        QCOMPARE(pdfPageText(pdf, 1), pdfPageText(m_mixed, 1));
        const double cer = characterErrorRate(m_truth, pdfPageText(pdf, 2));
        const double aligned = alignedShare(hocrWordsInPoints(m_hocr, 2, 300), pdfWordsOnPage(pdf, 2));
        qInfo("%s: page 2 CER %.2f %%, %.1f %% of words aligned (IoU >= 0.5)", qPrintable(QFileInfo(pdf).fileName()),
              cer * 100, aligned * 100);
        QVERIFY(cer < 0.03);
        QVERIFY(aligned >= 0.9);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        QVERIFY(!vaultocrBinary().isEmpty());
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("VAULTOCR_KEEP_TEST_FILES"));  // for debugging
        const QString phototest = dataFile(QStringLiteral("tess_phototest.tif"));
        m_truth = readText(dataFile(QStringLiteral("tess_phototest.gt.txt")));
        QVERIFY(!phototest.isEmpty() && !m_truth.isEmpty());

        const QString born = out(QStringLiteral("born.pdf")), scan = out(QStringLiteral("scan.pdf"));
        m_mixed = out(QStringLiteral("mixed.pdf"));
        QVERIFY(writeBornDigitalPdf(born, {{QStringLiteral("Born digital memo"), QStringLiteral("Quarterly numbers enclosed")}}));
        FixturePage page;
        page.image = g4Image(phototest);
        QVERIFY(writeImagePdf(scan, {page}));
        QCOMPARE(run(QStringLiteral("qpdf"), {QStringLiteral("--empty"), QStringLiteral("--pages"), born, scan,
                                              QStringLiteral("--"), m_mixed}).exitCode, 0);

        m_cli = std::make_unique<VaultCli>(out(QStringLiteral("vault")), out(QStringLiteral("tmp")));
        const ProcessResult init = (*m_cli)(QStringLiteral("init"));
        QVERIFY2(init.exitCode == 0, init.err.constData());
        m_uuid = vaultUuidFrom(init.out);
        const ProcessResult imp = (*m_cli)(QStringLiteral("import"), {m_mixed});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        const QStringList ids = idsFrom(imp.out);
        QCOMPARE(ids.size(), 1);
        m_id = ids[0];
        // The vault's own OCR words (its hOCR at the import's 300 dpi), to check the layer's boxes.
        m_hocr = out(QStringLiteral("mixed.hocr"));
        const ProcessResult hocr = exportAs({QStringLiteral("-o"), m_hocr});
        QVERIFY2(hocr.exitCode == 0, hocr.err.constData());
    }

    void pdfKeepsTheOriginalPages()
    {
        const QString pdf = out(QStringLiteral("export.pdf"));
        const ProcessResult r = exportAs({QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QCOMPARE(pdfPageCount(pdf), 2);
        checkPagesKept(pdf);
        // The scan's image object as it was: same encoding, size and pixels; no other image.
        const auto imagesIn = pdfImageList(m_mixed), imagesOut = pdfImageList(pdf);
        QCOMPARE(int(imagesOut.size()), int(imagesIn.size()));
        QCOMPARE(imagesOut.back().encoding, QStringLiteral("ccitt"));
        QCOMPARE(imagesOut.back().size, imagesIn.back().size);
        QCOMPARE(imagesOut.back().width, imagesIn.back().width);
        QCOMPARE(imagesOut.back().height, imagesIn.back().height);
        // The input plus a text layer (an embedded glyphless font and one page of words), not two
        // re-rasterised pages.
        const qint64 in = fileSize(m_mixed), exported = fileSize(pdf);
        qInfo("mixed PDF: input %lld bytes, vault export %lld bytes", in, exported);
        QVERIFY(exported > in);
        QVERIFY(exported < in + 32 * 1024);
    }

    void pdfaKeepsTheOriginalPages()
    {
        const QString pdf = out(QStringLiteral("export-a.pdf"));
        const ProcessResult r = exportAs({QStringLiteral("-o"), pdf, QStringLiteral("--pdfa")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QPDF q;
        q.processFile(QFile::encodeName(pdf).constData());
        const std::shared_ptr<Buffer> xmp = q.getRoot().getKey("/Metadata").getStreamData();
        const QByteArray packet(reinterpret_cast<const char*>(xmp->getBuffer()), qsizetype(xmp->getSize()));
        QVERIFY(packet.contains("<pdfaid:part>2</pdfaid:part>"));
        QVERIFY(packet.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        QVERIFY(q.getRoot().getKey("/OutputIntents").getArrayItem(0).getKey("/S").isNameAndEquals("/GTS_PDFA1"));
        checkPagesKept(pdf);
    }

    void encryptedKeepsTheOriginalPages()
    {
        const QString pdf = out(QStringLiteral("export-e.pdf"));
        const QString pw = out(QStringLiteral("pw.txt"));
        QVERIFY(writeBytes(pw, "Vault-Gr4ft pw\n"));
        const ProcessResult r = exportAs({QStringLiteral("-o"), pdf, QStringLiteral("--encrypt-password-file"), pw});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf, QStringLiteral("Vault-Gr4ft pw")));
        QVERIFY(!qpdfCheck(pdf));
        const ProcessResult enc = run(QStringLiteral("qpdf"), {QStringLiteral("--show-encryption"),
                                                               QStringLiteral("--password=Vault-Gr4ft pw"), pdf});
        QVERIFY2(enc.out.contains("R = 6") && enc.out.contains("AESv3"), enc.out.constData());
        QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).exitCode != 0);
        checkPagesKept(pdf, "Vault-Gr4ft pw", QStringLiteral("Vault-Gr4ft pw"));
    }

    // Text, hOCR and ALTO still come from the stored OCR of both pages.
    void textExportHasBothPages()
    {
        const QString txt = out(QStringLiteral("export.txt"));
        QCOMPARE(exportAs({QStringLiteral("-o"), txt}).exitCode, 0);
        const QStringList pages = readText(txt).split(QLatin1Char('\f'));
        QCOMPARE(pages.size(), 2);
        QVERIFY(pages[0].contains(QStringLiteral("Quarterly numbers enclosed")));
        QVERIFY(characterErrorRate(m_truth, pages[1]) < 0.03);
    }

    // Runs last (declaration order): it changes the stored OCR the checks above compare with.
    void correctionsReachTheGraftedLayer()
    {
        {
            auto vault = Vault::open(m_cli->vault(), VaultOpenOptions{});
            QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().message));
            std::vector<OcrPage> pages;
            QVERIFY(vault.value()->visitPages(m_id, [&](const OcrPage& p, const PdfImage*) -> Result<void> {
                pages.push_back(p);
                return {};
            }).ok());
            QCOMPARE(pages.size(), size_t(2));
            // One word of each page: the scan's reaches its layer; the born-digital page keeps its own text.
            pages[0].blocks.at(0).lines.at(0).words.at(0).text = QStringLiteral("Bornmarkerword");
            pages[1].blocks.at(0).lines.at(0).words.at(0).text = QStringLiteral("Scanmarkerword");
            QVERIFY(vault.value()->saveCorrections(m_id, pages).ok());
        }
        const QString pdf = out(QStringLiteral("export-corrected.pdf"));
        const ProcessResult r = exportAs({QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QCOMPARE(pageStreams(pdf, 0), pageStreams(m_mixed, 0));
        QCOMPARE(pdfPageText(pdf, 1), pdfPageText(m_mixed, 1));
        QVERIFY(!pdfPageText(pdf, 1).contains(QStringLiteral("Bornmarkerword")));
        const QString scanned = pdfPageText(pdf, 2);
        QVERIFY2(scanned.contains(QStringLiteral("Scanmarkerword")), qPrintable(scanned));
        QVERIFY(containsAll(pageStreams(pdf, 1), pageStreams(m_mixed, 1)));
    }

    void cleanupTestCase()
    {
        if (!m_uuid.isEmpty())
            (void)KeychainStore().remove(m_uuid);
    }
};

QTEST_MAIN(TestVaultPdfExport)
#include "TestVaultPdfExport.moc"
