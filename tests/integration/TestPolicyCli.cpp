// The organisation's policy on the command line (issue 8), on the test build of the binary
// (vaultocr-policytest, which reads $VAULTOCR_TEST_POLICY_FILE) with the real keychain: every
// refusal has exit code 11 and says the organisation's policy forbids it, a malformed policy
// stops every command with exit code 12 naming file and line, clamping shows in `list` and
// `audit`, and the shipped `vaultocr` ignores the test variable.
#include "TestUtil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vo::test;

class TestPolicyCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_bin;
    int m_n = 0;

    QString writePolicy(const QByteArray& json)
    {
        const QString path = m_tmp.filePath(QStringLiteral("policy-%1.json").arg(++m_n));
        return writeBytes(path, json) ? path : QString();
    }

    ProcessResult cli(const QString& policy, const QString& vault, const QString& command, QStringList args = {},
                      const QString& binary = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("VAULTOCR_VAULT"));
        e.insert(QStringLiteral("VAULTOCR_TEST_POLICY_FILE"), policy);
        if (!vault.isEmpty())
            args = QStringList{QStringLiteral("--vault"), vault} + args;
        return run(binary.isEmpty() ? m_bin : binary, QStringList{command} + args, e);
    }

    QString png(const QString& name)
    {
        QImage img(200, 120, QImage::Format_RGB32);
        img.fill(Qt::white);
        const QString path = m_tmp.filePath(name);
        return img.save(path, "PNG") ? path : QString();
    }

    QString b2sum(const QString& path)
    {
        const ProcessResult r = run(QStandardPaths::findExecutable(QStringLiteral("b2sum")),
                                    {QStringLiteral("-l"), QStringLiteral("256"), path});
        return QString::fromLatin1(r.out.split(' ').first());
    }

    static QString firstLine(const QByteArray& b) { return QString::fromUtf8(b).section(QLatin1Char('\n'), 0, 0); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        m_bin = qEnvironmentVariable("VAULTOCR_POLICYTEST_BIN");
        QVERIFY(QFileInfo(m_bin).isExecutable());
        QVERIFY(QFileInfo(vaultocrBinary()).isExecutable());
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("b2sum")).isEmpty());
    }

    void malformedPolicyStopsEveryCommand()
    {
        const QString bad = writePolicy("{\n  \"classes\": {\n    \"hihg\": {\"max_retention_days\": 7}\n  }\n}\n");
        const QString vault = m_tmp.filePath(QStringLiteral("never"));
        for (const QString& cmd : {QStringLiteral("init"), QStringLiteral("list"), QStringLiteral("policy"),
                                   QStringLiteral("audit")}) {
            const ProcessResult r = cli(bad, vault, cmd);
            QCOMPARE(r.exitCode, 12);
            const QString err = QString::fromUtf8(r.err).trimmed();
            QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));  // one line
            QVERIFY2(err.contains(bad + QStringLiteral(", line 3:")), qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("unknown class \"hihg\"")), qPrintable(err));
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(!QFileInfo::exists(vault));  // init opened and created nothing
        // Bad JSON: the parser's offset becomes the line.
        const QString broken = writePolicy("{\n  \"require_passphrase\": true,\n  \"max_clipboard_seconds\": 30,\n}\n");
        const ProcessResult r = cli(broken, vault, QStringLiteral("ocr"), {png(QStringLiteral("x.png")),
                                                                       QStringLiteral("--sidecar"), m_tmp.filePath(QStringLiteral("x.txt"))});
        QCOMPARE(r.exitCode, 12);
        QVERIFY2(r.err.contains((broken + QStringLiteral(", line 4: not valid JSON")).toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("x.txt"))));
        // --help still answers, and lists the code.
        const ProcessResult help = cli(bad, {}, QStringLiteral("list"), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("12 the organisation's"));
        const ProcessResult top = cli(bad, {}, QStringLiteral("--help"));
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains("12 the organisation's"));
    }

    void policyCommandShowsPathHashAndRules()
    {
        const QString path = writePolicy(R"({"classes": {"high": {"max_retention_days": 7, "exports": ["pdf-encrypted"]}},
                                             "min_auto_lock_minutes": 5, "allowed_languages": ["eng", "deu"]})");
        const ProcessResult r = cli(path, {}, QStringLiteral("policy"));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("policy: ") + path), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("BLAKE2b-256 ") + b2sum(path)), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("high documents: kept at most 7 day(s)")));
        QVERIFY(out.contains(QStringLiteral("high documents: exports allowed only as pdf-encrypted")));
        QVERIFY(out.contains(QStringLiteral("OCR languages allowed: eng, deu")));
        const ProcessResult none = cli(m_tmp.filePath(QStringLiteral("absent.json")), {}, QStringLiteral("policy"));
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.startsWith("policy: none"));
    }

    void passphraseRequiredAtInit()
    {
        const QString path = writePolicy(R"({"require_passphrase": true})");
        const QString vault = m_tmp.filePath(QStringLiteral("keychain-vault"));
        const ProcessResult r = cli(path, vault, QStringLiteral("init"));
        QCOMPARE(r.exitCode, 11);
        QVERIFY2(r.err.contains("organisation's policy requires a passphrase"), r.err.constData());
        QVERIFY(!QFileInfo::exists(vault + QStringLiteral("/vault.index")));
        // With a passphrase it works.
        const QString passFile = m_tmp.filePath(QStringLiteral("pass.txt"));
        QFile f(passFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("correct horse battery staple\n");
        f.close();
        const ProcessResult ok = cli(path, vault, QStringLiteral("init"), {QStringLiteral("--passphrase-file"), passFile});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        // recover into the keychain would loosen it: refused before the key is asked for.
        const ProcessResult rec = cli(path, vault, QStringLiteral("recover"),
                                      {QStringLiteral("--recovery-key-file"), passFile});
        QCOMPARE(rec.exitCode, 11);
    }

    void refusalsChangeNothing()
    {
        const QString path = writePolicy(R"({"classes": {"high": {"max_retention_days": 7, "exports": ["pdf-encrypted"]}},
                                             "allowed_languages": ["eng"]})");
        const QString vault = m_tmp.filePath(QStringLiteral("refusals"));
        QCOMPARE(cli(path, vault, QStringLiteral("init")).exitCode, 0);
        const QString scan = png(QStringLiteral("scan.png"));
        const ProcessResult imp = cli(path, vault, QStringLiteral("import"),
                                      {scan, QStringLiteral("--no-ocr"), QStringLiteral("--class"), QStringLiteral("high")});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        const QString id = QString::fromUtf8(imp.out).trimmed();
        QCOMPARE(id.size(), 16);

        // Export as plain text, PDF or the original: exit 11, the message, no file.
        for (const QStringList& args : {QStringList{QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("out.txt"))},
                                        QStringList{QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("out.pdf"))},
                                        QStringList{QStringLiteral("--original"), QStringLiteral("-o"),
                                                    m_tmp.filePath(QStringLiteral("out.png"))}}) {
            const ProcessResult r = cli(path, vault, QStringLiteral("export"), QStringList{id} + args);
            QCOMPARE(r.exitCode, 11);
            QVERIFY2(firstLine(r.err).contains(QStringLiteral("your organisation's policy forbids exporting high documents")),
                     r.err.constData());
        }
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("out.txt"))));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("out.pdf"))));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("out.png"))));

        // Longer than the cap: import --expires-in and expire --in.
        const ProcessResult longImport = cli(path, vault, QStringLiteral("import"),
                                             {scan, QStringLiteral("--no-ocr"), QStringLiteral("--class"),
                                              QStringLiteral("high"), QStringLiteral("--expires-in"), QStringLiteral("8d")});
        QCOMPARE(longImport.exitCode, 11);
        QVERIFY(longImport.err.contains("organisation's policy"));
        const ProcessResult expire = cli(path, vault, QStringLiteral("expire"), {id, QStringLiteral("--in"), QStringLiteral("30d")});
        QCOMPARE(expire.exitCode, 11);
        QVERIFY(expire.err.contains("organisation's policy"));

        // A language the policy does not allow: import -l and ocr -l.
        const ProcessResult lang = cli(path, vault, QStringLiteral("import"), {scan, QStringLiteral("-l"), QStringLiteral("deu")});
        QCOMPARE(lang.exitCode, 11);
        QVERIFY2(lang.err.contains("organisation's policy forbids OCR language 'deu'"), lang.err.constData());
        const ProcessResult ocr = cli(path, {}, QStringLiteral("ocr"),
                                      {scan, QStringLiteral("-l"), QStringLiteral("eng+deu"), QStringLiteral("--sidecar"),
                                       m_tmp.filePath(QStringLiteral("ocr.txt"))});
        QCOMPARE(ocr.exitCode, 11);
        QVERIFY2(ocr.err.contains("organisation's policy forbids OCR language 'deu'"), ocr.err.constData());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("ocr.txt"))));

        // Still exactly the one document, with its original expiry.
        const ProcessResult list = cli(path, vault, QStringLiteral("list"), {QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray docs = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(docs.size(), 1);
        const QJsonObject d = docs.at(0).toObject();
        const QDateTime created = QDateTime::fromString(d.value(QStringLiteral("created")).toString(), Qt::ISODate);
        const QDateTime expires = QDateTime::fromString(d.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        QVERIFY(qAbs(created.secsTo(expires) - 7 * 86400) <= 1);
    }

    // Imported under 30 days; the organisation lowers moderate to 7: the next open clamps it and
    // the audit trail says so, with the new policy's hash in the unlock record.
    void clampShowsInListAndAudit()
    {
        const QString p30 = writePolicy(R"({"classes": {"moderate": {"max_retention_days": 30}}})");
        const QString vault = m_tmp.filePath(QStringLiteral("clamp"));
        QCOMPARE(cli(p30, vault, QStringLiteral("init")).exitCode, 0);
        const ProcessResult imp = cli(p30, vault, QStringLiteral("import"),
                                      {png(QStringLiteral("clamp.png")), QStringLiteral("--no-ocr")});
        QCOMPARE(imp.exitCode, 0);
        const QString id = QString::fromUtf8(imp.out).trimmed();

        const QString p7 = writePolicy(R"({"classes": {"moderate": {"max_retention_days": 7}}})");
        const ProcessResult list = cli(p7, vault, QStringLiteral("list"), {QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject d = QJsonDocument::fromJson(list.out).array().at(0).toObject();
        const QDateTime created = QDateTime::fromString(d.value(QStringLiteral("created")).toString(), Qt::ISODate);
        const QDateTime expires = QDateTime::fromString(d.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        QVERIFY(qAbs(created.secsTo(expires) - 7 * 86400) <= 1);

        const ProcessResult audit = cli(p7, vault, QStringLiteral("audit"));
        QCOMPARE(audit.exitCode, 0);
        const QStringList lines = QString::fromUtf8(audit.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList clamps;
        for (const QString& l : lines) {
            if (l.contains(QStringLiteral("policy-clamp")))
                clamps << l;
        }
        QCOMPARE(clamps.size(), 1);
        QVERIFY2(clamps[0].contains(id) && clamps[0].contains(QStringLiteral("moderate")), qPrintable(clamps[0]));
        const QString h7 = b2sum(p7).left(26);
        const QString h30 = b2sum(p30).left(26);
        QVERIFY(lines.filter(QStringLiteral("vault-created")).first().contains(QStringLiteral("policy=") + h30));
        QVERIFY(!lines.filter(QStringLiteral("unlocked")).filter(QStringLiteral("policy=") + h7).isEmpty());
        QCOMPARE(cli(p7, vault, QStringLiteral("audit"), {QStringLiteral("--verify")}).exitCode, 0);
    }

    // The data-path report's "Managed policy" section: the file in force, its hash, its rules.
    void reportIncludesThePolicy()
    {
        const QString path = writePolicy(R"({"classes": {"high": {"max_retention_days": 7}}, "max_clipboard_seconds": 30})");
        const ProcessResult r = cli(path, m_tmp.filePath(QStringLiteral("no-vault-here")), QStringLiteral("report"),
                                    {QStringLiteral("--no-unlock")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        const QString section = out.mid(out.indexOf(QStringLiteral("Managed policy")));
        QVERIFY2(section.contains(QStringLiteral("Managed policy `%1` applies").arg(path)), qPrintable(section.left(600)));
        QVERIFY(section.contains(QStringLiteral("BLAKE2b-256 `%1`").arg(b2sum(path))));
        QVERIFY(section.contains(QStringLiteral("high documents: kept at most 7 day(s)")));
        QVERIFY(section.contains(QStringLiteral("copied text is cleared after at most 30 second(s)")));
    }

    // The shipped binary has no override: the variable is ignored (a malformed file named by it
    // changes nothing) and its name is not even in the binary, while the test binary has it.
    void shippedBinaryIgnoresTheOverride()
    {
        const QString bad = writePolicy("{ not json");
        const ProcessResult r = cli(bad, {}, QStringLiteral("policy"), {}, vaultocrBinary());
        QVERIFY2(r.exitCode != 12 && !r.err.contains(bad.toUtf8()) && !r.out.contains(bad.toUtf8()), r.err.constData());
        QVERIFY(r.out.contains("/etc/vaultocr/policy.json"));
        const QByteArray needle("VAULTOCR_TEST_POLICY_FILE");
        QVERIFY(!readBytes(vaultocrBinary()).contains(needle));
        QVERIFY(readBytes(m_bin).contains(needle));  // positive control
    }
};

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "TestPolicyCli.moc"
