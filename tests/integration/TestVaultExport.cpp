// `vaultocr export` of every kind and `vaultocr set-class`, on the built binary with the real
// keychain and real tesseract: a real page is imported, then exported as PDF/A (qpdf --check,
// XMP pdfaid 2/B, OutputIntent), as an AES-256 PDF (opens with the password only; text CER
// against the ground truth), as ALTO (xmllint; the words are the OCR's), and the audit trail
// names each exact kind. Refused combinations exit 2 and write nothing.
#include "PdfTools.h"
#include "VaultCliSupport.h"

#include "crypto/KeychainStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <qpdf/QPDF.hh>

using namespace vo;
using namespace vo::test;

namespace {

QStringList altoWords(const QString& path)
{
    QStringList words;
    QXmlStreamReader xml(readBytes(path));
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("String"))
            words << xml.attributes().value(QLatin1String("CONTENT")).toString();
    }
    return xml.hasError() ? QStringList() : words;
}

// The formats of the export records, in order ("format=pdfa" → "pdfa").
QStringList exportFormats(const QByteArray& auditOutput)
{
    QStringList formats;
    static const QRegularExpression re(QStringLiteral("\\bexport\\b.*format=(\\S+)"));
    for (const QByteArray& line : auditOutput.split('\n')) {
        const auto m = re.match(QString::fromUtf8(line));
        if (m.hasMatch())
            formats << m.captured(1);
    }
    return formats;
}

}  // namespace

class TestVaultExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<VaultCli> m_cli;
    QString m_uuid;
    QString m_id;
    QString m_truth;

    QString out(const QString& name) const { return m_dir.filePath(QStringLiteral("out/") + name); }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    }
    ProcessResult exportAs(const QStringList& args) const
    {
        return (*m_cli)(QStringLiteral("export"), QStringList{m_id} + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        QVERIFY(!vaultocrBinary().isEmpty());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        m_cli = std::make_unique<VaultCli>(m_dir.filePath(QStringLiteral("vault")), m_dir.filePath(QStringLiteral("tmp")));
        const ProcessResult init = (*m_cli)(QStringLiteral("init"));
        QVERIFY2(init.exitCode == 0, init.err.constData());
        m_uuid = vaultUuidFrom(init.out);
        const QString page = dataFile(QStringLiteral("tess_phototest.tif"));
        m_truth = readText(dataFile(QStringLiteral("tess_phototest.gt.txt")));
        QVERIFY(!page.isEmpty() && !m_truth.isEmpty());
        const ProcessResult imp = (*m_cli)(QStringLiteral("import"), {page, QStringLiteral("--class"), QStringLiteral("high")});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        const QStringList ids = idsFrom(imp.out);
        QCOMPARE(ids.size(), 1);
        m_id = ids[0];
    }

    void pdfa()
    {
        const QString pdf = out(QStringLiteral("a.pdf"));
        const ProcessResult r = exportAs({QStringLiteral("-o"), pdf, QStringLiteral("--pdfa")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf));
        QPDF q;
        q.processFile(QFile::encodeName(pdf).constData());
        QVERIFY(!q.isEncrypted());
        QPDFObjectHandle root = q.getRoot();
        const std::shared_ptr<Buffer> xmpData = root.getKey("/Metadata").getStreamData();
        const QByteArray xmp(reinterpret_cast<const char*>(xmpData->getBuffer()), qsizetype(xmpData->getSize()));
        QVERIFY2(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp.constData());
        QVERIFY(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
        QPDFObjectHandle intent = root.getKey("/OutputIntents").getArrayItem(0);
        QVERIFY(intent.getKey("/S").isNameAndEquals("/GTS_PDFA1"));
        QVERIFY(intent.getKey("/DestOutputProfile").isStream());
        QVERIFY(characterErrorRate(m_truth, pdfText(pdf)) < 0.03);
    }

    void encrypted()
    {
        const QString pdf = out(QStringLiteral("e.pdf"));
        const QString pw = writeFile(QStringLiteral("pw.txt"), "Vault-Exp0rt pw\n");
        const ProcessResult r = exportAs({QStringLiteral("-o"), pdf, QStringLiteral("--encrypt-password-file"), pw});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(qpdfCheck(pdf, QStringLiteral("Vault-Exp0rt pw")));
        QVERIFY(!qpdfCheck(pdf));
        QVERIFY(!qpdfCheck(pdf, QStringLiteral("Vault-Exp0rt pW")));
        const ProcessResult enc = run(QStringLiteral("qpdf"), {QStringLiteral("--show-encryption"),
                                                               QStringLiteral("--password=Vault-Exp0rt pw"), pdf});
        QVERIFY2(enc.out.contains("R = 6") && enc.out.contains("AESv3"), enc.out.constData());
        const ProcessResult locked = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(locked.exitCode != 0);
        QVERIFY(!locked.out.contains("quick"));
        const ProcessResult text = run(QStringLiteral("pdftotext"), {QStringLiteral("-upw"), QStringLiteral("Vault-Exp0rt pw"),
                                                                     pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const double cer = characterErrorRate(m_truth, QString::fromUtf8(text.out));
        qInfo("encrypted vault export: CER %.2f %%", cer * 100);
        QVERIFY(cer < 0.03);
        QVERIFY(!readBytes(pdf).contains("quick"));  // the text layer is encrypted too
    }

    void alto()
    {
        const QString xml = out(QStringLiteral("page.xml"));
        const ProcessResult r = exportAs({QStringLiteral("-o"), xml});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), xml}).exitCode, 0);
        QVERIFY(readText(xml).contains(QStringLiteral("xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\"")));
        const QStringList words = altoWords(xml);
        const ProcessResult text = (*m_cli)(QStringLiteral("text"), {m_id});
        QCOMPARE(text.exitCode, 0);
        const QStringList ocrWords = QString::fromUtf8(text.out).split(QRegularExpression(QStringLiteral("\\s+")),
                                                                      Qt::SkipEmptyParts);
        QVERIFY(words.size() > 40);
        QCOMPARE(words, ocrWords);
        QVERIFY(characterErrorRate(m_truth, words.join(QLatin1Char(' '))) < 0.03);
    }

    void refusedCombinationsWriteNothing()
    {
        const QString pw = writeFile(QStringLiteral("pw2.txt"), "secret\n");
        const QString pdf = out(QStringLiteral("refused.pdf")), txt = out(QStringLiteral("refused.txt"));
        ProcessResult r = exportAs({QStringLiteral("-o"), pdf, QStringLiteral("--pdfa"), QStringLiteral("--encrypt-password-file"), pw});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("PDF/A"), r.err.constData());
        QVERIFY(!QFile::exists(pdf));
        // An "encrypted" text file would come out in clear: refused.
        r = exportAs({QStringLiteral("-o"), txt, QStringLiteral("--encrypt-password-file"), pw});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(txt));
        r = exportAs({QStringLiteral("-o"), out(QStringLiteral("x.pdf")), QStringLiteral("--encrypt-password-file"),
                      m_dir.filePath(QStringLiteral("missing.txt"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY(!QFile::exists(out(QStringLiteral("x.pdf"))));
        QCOMPARE(exportAs({QStringLiteral("-o"), out(QStringLiteral("x.doc"))}).exitCode, 2);
        // `vaultocr ocr` reads the same options the same way.
        r = run(vaultocrBinary(), {QStringLiteral("ocr"), dataFile(QStringLiteral("tess_phototest.tif")), QStringLiteral("-o"),
                                   pdf, QStringLiteral("--pdfa"), QStringLiteral("--encrypt-password-file"), pw}, m_cli->env());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(filesBelow(m_dir.filePath(QStringLiteral("out"))).filter(QStringLiteral("refused")).isEmpty());
    }

    // Runs after the exports above (Qt Test keeps declaration order).
    void auditNamesTheExactKind()
    {
        const ProcessResult plain = exportAs({QStringLiteral("-o"), out(QStringLiteral("plain.pdf"))});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(qpdfCheck(out(QStringLiteral("plain.pdf"))));
        const ProcessResult audit = (*m_cli)(QStringLiteral("audit"));
        QCOMPARE(audit.exitCode, 0);
        QCOMPARE(exportFormats(audit.out),
                 (QStringList{QStringLiteral("pdfa"), QStringLiteral("pdf-encrypted"), QStringLiteral("alto"), QStringLiteral("pdf")}));
        QVERIFY(!audit.out.contains("page.xml") && !audit.out.contains("e.pdf"));  // never the destination
        QCOMPARE((*m_cli)(QStringLiteral("audit"), {QStringLiteral("--verify")}).exitCode, 0);
    }

    void setClass()
    {
        ProcessResult r = (*m_cli)(QStringLiteral("set-class"), {m_id, QStringLiteral("low")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject doc = findDoc(listJson((*m_cli)(QStringLiteral("list"), {QStringLiteral("--json")})), m_id);
        QCOMPARE(doc.value(QStringLiteral("class")).toString(), QStringLiteral("low"));
        const QDateTime created = QDateTime::fromString(doc.value(QStringLiteral("created")).toString(), Qt::ISODate);
        QDateTime expires = QDateTime::fromString(doc.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        QCOMPARE(created.secsTo(expires), 90 * 86400);  // low: 90 days from import
        QVERIFY(r.out.contains(doc.value(QStringLiteral("expires")).toString().toUtf8()));

        // --keep-expiry: the class changes, the expiry does not.
        r = (*m_cli)(QStringLiteral("set-class"), {m_id, QStringLiteral("moderate"), QStringLiteral("--keep-expiry")});
        QCOMPARE(r.exitCode, 0);
        doc = findDoc(listJson((*m_cli)(QStringLiteral("list"), {QStringLiteral("--json")})), m_id);
        QCOMPARE(doc.value(QStringLiteral("class")).toString(), QStringLiteral("moderate"));
        QCOMPARE(QDateTime::fromString(doc.value(QStringLiteral("expires")).toString(), Qt::ISODate), expires);

        QCOMPARE((*m_cli)(QStringLiteral("set-class"), {m_id, QStringLiteral("secret")}).exitCode, 2);
        QCOMPARE((*m_cli)(QStringLiteral("set-class"), {m_id}).exitCode, 2);
        QCOMPARE((*m_cli)(QStringLiteral("set-class"), {QStringLiteral("0123456789abcdef"), QStringLiteral("low")}).exitCode, 9);
        const QByteArray audit = (*m_cli)(QStringLiteral("audit")).out;
        QCOMPARE(audit.count("class-change"), 2);
        QVERIFY2(audit.contains(m_id.toLatin1() + "  low  1 page(s)  from=high"), audit.constData());
        QVERIFY(audit.contains(m_id.toLatin1() + "  moderate  1 page(s)  from=low"));
        QCOMPARE(findDoc(listJson((*m_cli)(QStringLiteral("list"), {QStringLiteral("--json")})), m_id)
                     .value(QStringLiteral("class")).toString(), QStringLiteral("moderate"));
    }

    void cleanupTestCase()
    {
        if (!m_uuid.isEmpty())
            (void)KeychainStore().remove(m_uuid);
    }
};

QTEST_MAIN(TestVaultExport)
#include "TestVaultExport.moc"
