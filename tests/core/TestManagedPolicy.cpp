// The organisation's policy file (issue 8): every rule parsed from JSON, the answers ManagedPolicy
// gives, the hash (checked against coreutils' b2sum), and failing closed: every kind of malformed
// file is an error of its own code that names the file, the line and the problem.
#include "TestUtil.h"

#include "policy/ManagedPolicy.h"
#include "policy/PolicyFile.h"
#include "vault/RetentionPolicy.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vo;
using namespace vo::test;

namespace {

const QByteArray kIssueExample = R"({
  "classes": {
    "high": {"max_retention_days": 7, "exports": ["pdf-encrypted"]},
    "moderate": {"max_retention_days": 30},
    "low": {"max_retention_days": 365}
  },
  "require_passphrase": false,
  "min_auto_lock_minutes": 5,
  "max_clipboard_seconds": 30,
  "allowed_languages": ["eng", "deu", "fra"]
}
)";

}  // namespace

class TestManagedPolicy : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString write(const QByteArray& bytes, const QString& name = QStringLiteral("policy.json"))
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    std::shared_ptr<const ManagedPolicy> load(const QByteArray& bytes)
    {
        auto p = PolicyFile::load(write(bytes));
        return p ? p.value() : nullptr;
    }

private slots:
    void issueExampleParses()
    {
        auto p = load(kIssueExample);
        QVERIFY(p);
        QVERIFY(p->present());
        const PolicyRules& r = p->rules();
        QCOMPARE(r.of(SensitivityClass::High).maxRetentionDays, 7);
        QCOMPARE(r.of(SensitivityClass::High).exports, QList<ExportKind>{ExportKind::PdfEncrypted});
        QCOMPARE(r.of(SensitivityClass::Moderate).maxRetentionDays, 30);
        QVERIFY(!r.of(SensitivityClass::Moderate).exports);
        QCOMPARE(r.of(SensitivityClass::Low).maxRetentionDays, 365);
        QCOMPARE(r.requirePassphrase, false);
        QCOMPARE(r.minAutoLockMinutes, 5);
        QCOMPARE(r.maxClipboardSeconds, 30);
        QCOMPARE(r.allowedLanguages, (QStringList{QStringLiteral("eng"), QStringLiteral("deu"), QStringLiteral("fra")}));
        QCOMPARE(p->maxRetentionSeconds(SensitivityClass::High), 7 * kSecondsPerDay);
        QCOMPARE(p->maxRetentionSeconds(SensitivityClass::Low), 365 * kSecondsPerDay);
    }

    void emptyObjectHasNoRules()
    {
        auto p = load("{}");
        QVERIFY(p);
        QVERIFY(p->present());
        QCOMPARE(p->rules(), PolicyRules{});
        QVERIFY(!p->maxRetentionSeconds(SensitivityClass::High));
        QVERIFY(p->checkExport(SensitivityClass::High, ExportKind::Original).ok());
        QVERIFY(p->checkKeyMode(KeyMode::Keychain).ok());
        QVERIFY(p->checkLanguages(QStringLiteral("spa+ita")).ok());
        QCOMPARE(p->describe(), QStringList{QStringLiteral("no rules")});
    }

    void missingFileIsNoPolicy()
    {
        auto p = PolicyFile::load(m_tmp.filePath(QStringLiteral("does-not-exist.json")));
        QVERIFY(p.ok());
        QVERIFY(!p.value()->present());
        QVERIFY(p.value()->policyHash().isEmpty());
        QVERIFY(p.value()->checkExport(SensitivityClass::High, ExportKind::Pdf).ok());
    }

    void hashIsBlake2bOfTheFileBytes()
    {
        const QString path = write(kIssueExample, QStringLiteral("hashed.json"));
        auto p = PolicyFile::load(path);
        QVERIFY(p.ok());
        QCOMPARE(p.value()->policyHash().size(), 32);
        // An independent implementation: coreutils' b2sum.
        const QString b2sum = QStandardPaths::findExecutable(QStringLiteral("b2sum"));
        QVERIFY2(!b2sum.isEmpty(), "b2sum (coreutils) is needed");
        const ProcessResult r = run(b2sum, {QStringLiteral("-l"), QStringLiteral("256"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(p.value()->hashHex(), QString::fromLatin1(r.out.split(' ').first()));
        // Another byte, another hash.
        auto other = load(kIssueExample + ' ');
        QVERIFY(other && other->policyHash() != p.value()->policyHash());
    }

    void exportRule()
    {
        auto p = load(kIssueExample);
        QVERIFY(p);
        QVERIFY(p->checkExport(SensitivityClass::High, ExportKind::PdfEncrypted).ok());
        for (ExportKind k : {ExportKind::Pdf, ExportKind::PdfA, ExportKind::Text, ExportKind::Hocr, ExportKind::Alto,
                             ExportKind::Original}) {
            const auto r = p->checkExport(SensitivityClass::High, k);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::PolicyForbids);
            QVERIFY2(r.error().message.contains(QStringLiteral("organisation's policy forbids")), qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(exportKindName(k)));
        }
        // No "exports" for moderate: everything allowed.
        for (ExportKind k : kPolicyExportKinds)
            QVERIFY(p->checkExport(SensitivityClass::Moderate, k).ok());
        // An empty list allows nothing.
        auto none = load(R"({"classes": {"low": {"exports": []}}})");
        QVERIFY(none);
        QVERIFY(!none->checkExport(SensitivityClass::Low, ExportKind::Text).ok());
        QCOMPARE(exitCodeFor(ErrorCode::PolicyForbids), 11);
    }

    void passphraseRule()
    {
        auto p = load(R"({"require_passphrase": true})");
        QVERIFY(p);
        QVERIFY(p->checkKeyMode(KeyMode::Passphrase).ok());
        const auto r = p->checkKeyMode(KeyMode::Keychain);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::PolicyForbids);
        QVERIFY(r.error().message.contains(QStringLiteral("passphrase")));
        auto off = load(R"({"require_passphrase": false})");
        QVERIFY(off && off->checkKeyMode(KeyMode::Keychain).ok());
    }

    void languageRule()
    {
        auto p = load(kIssueExample);
        QVERIFY(p);
        QVERIFY(p->checkLanguages(QStringLiteral("eng")).ok());
        QVERIFY(p->checkLanguages(QStringLiteral("deu+fra")).ok());
        const auto r = p->checkLanguages(QStringLiteral("eng+spa"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::PolicyForbids);
        QVERIFY2(r.error().message.contains(QStringLiteral("'spa'")), qPrintable(r.error().message));
        QCOMPARE(p->effectiveLanguages(QStringLiteral("eng+spa")), QStringLiteral("eng"));
        QCOMPARE(p->effectiveLanguages(QStringLiteral("spa")), QStringLiteral("eng"));  // first allowed
        QCOMPARE(p->effectiveLanguages(QStringLiteral("fra+deu")), QStringLiteral("fra+deu"));
    }

    void autoLockAndClipboardRules()
    {
        auto p = load(kIssueExample);
        QVERIFY(p);
        QCOMPARE(p->effectiveAutoLockMinutes(0), 5);   // "never" is not allowed
        QCOMPARE(p->effectiveAutoLockMinutes(2), 5);
        QCOMPARE(p->effectiveAutoLockMinutes(15), 15);
        QCOMPARE(p->effectiveClipboardSeconds(3600), 30);
        QCOMPARE(p->effectiveClipboardSeconds(10), 10);
        const ManagedPolicy none;
        QCOMPARE(none.effectiveAutoLockMinutes(0), 0);
        QCOMPARE(none.effectiveClipboardSeconds(3600), 3600);
    }

    void describeListsEveryRule()
    {
        auto p = load(kIssueExample);
        QVERIFY(p);
        const QString text = p->describe().join(QLatin1Char('\n'));
        for (const char* s : {"high documents: kept at most 7 day(s)", "moderate documents: kept at most 30 day(s)",
                              "low documents: kept at most 365 day(s)", "high documents: exports allowed only as pdf-encrypted",
                              "at least 5 minute(s)", "at most 30 second(s)", "OCR languages allowed: eng, deu, fra"})
            QVERIFY2(text.contains(QLatin1String(s)), s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("problem");
        QTest::newRow("bad JSON: missing comma") << QByteArray("{\n  \"require_passphrase\": true\n  \"max_clipboard_seconds\": 30\n}")
                                                 << 3 << QStringLiteral("not valid JSON");
        QTest::newRow("bad JSON: trailing garbage") << QByteArray("{\n\n}\nx") << 4 << QStringLiteral("not valid JSON");
        QTest::newRow("empty file") << QByteArray() << 1 << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << QStringLiteral("must be a JSON object");
        QTest::newRow("unknown key") << QByteArray("{\n  \"min_auto_lock_minutes\": 5,\n  \"max_export_size\": 3\n}")
                                     << 3 << QStringLiteral("unknown key \"max_export_size\"");
        QTest::newRow("misspelt key") << QByteArray("{\n\n  \"require_pasphrase\": true\n}") << 3
                                      << QStringLiteral("unknown key \"require_pasphrase\"");
        QTest::newRow("wrong type: bool") << QByteArray("{\n  \"require_passphrase\": \"yes\"\n}") << 2
                                          << QStringLiteral("must be true or false");
        QTest::newRow("wrong type: number") << QByteArray("{\n  \"max_clipboard_seconds\": \"30\"\n}") << 2
                                            << QStringLiteral("\"max_clipboard_seconds\" must be a whole number");
        QTest::newRow("fraction") << QByteArray("{\"min_auto_lock_minutes\": 2.5}") << 1
                                  << QStringLiteral("must be a whole number");
        QTest::newRow("negative minutes") << QByteArray("{\n\"min_auto_lock_minutes\": -5\n}") << 2
                                          << QStringLiteral("must not be negative");
        QTest::newRow("negative days")
            << QByteArray("{\"classes\": {\n  \"low\": {\n    \"max_retention_days\": -1\n  }\n}}") << 3
            << QStringLiteral("\"max_retention_days\" must not be negative");
        QTest::newRow("zero days") << QByteArray("{\"classes\": {\"low\": {\"max_retention_days\": 0}}}") << 1
                                   << QStringLiteral("must be from 1 to 36600");
        QTest::newRow("unknown class")
            << QByteArray("{\n  \"classes\": {\n    \"high\": {\"max_retention_days\": 7},\n    \"secret\": {}\n  }\n}")
            << 4 << QStringLiteral("unknown class \"secret\"");
        QTest::newRow("class in capitals") << QByteArray("{\"classes\": {\"High\": {}}}") << 1
                                           << QStringLiteral("unknown class \"High\"");
        QTest::newRow("unknown key in class")
            << QByteArray("{\"classes\": {\n\"high\": {\n\"max_days\": 7}}}") << 3
            << QStringLiteral("unknown key \"max_days\" in class \"high\"");
        QTest::newRow("class not an object") << QByteArray("{\"classes\": {\"low\": 7}}") << 1
                                             << QStringLiteral("class \"low\" must be an object");
        QTest::newRow("unknown export kind")
            << QByteArray("{\"classes\": {\"high\": {\"exports\": [\n\"pdf\",\n\"docx\"]}}}") << 3
            << QStringLiteral("unknown export kind \"docx\"");
        QTest::newRow("exports not a list") << QByteArray("{\"classes\": {\"high\": {\"exports\": \"pdf\"}}}") << 1
                                            << QStringLiteral("must be a list of strings");
        QTest::newRow("unknown language")
            << QByteArray("{\n  \"allowed_languages\": [\"eng\",\n    \"english\"]\n}") << 3
            << QStringLiteral("unknown language \"english\"");
        QTest::newRow("no languages") << QByteArray("{\"allowed_languages\": []}") << 1
                                      << QStringLiteral("at least one language");
        QTest::newRow("language not a string") << QByteArray("{\"allowed_languages\": [\"eng\", 3]}") << 1
                                               << QStringLiteral("must be a list of strings");
        QTest::newRow("clipboard over range") << QByteArray("{\"max_clipboard_seconds\": 100000}") << 1
                                              << QStringLiteral("must be from 1 to 3600");
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, problem);
        const QString path = write(json, QStringLiteral("bad.json"));
        auto p = PolicyFile::load(path);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::PolicyInvalid);
        QCOMPARE(exitCodeFor(ErrorCode::PolicyInvalid), 12);
        const QString m = p.error().message;
        QVERIFY2(m.contains(QStringLiteral("%1, line %2:").arg(path).arg(line)), qPrintable(m));
        QVERIFY2(m.contains(problem), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("No vault is opened")), qPrintable(m));
    }

    void unreadableOrNotAFile()
    {
        auto dir = PolicyFile::load(m_tmp.path());
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, ErrorCode::PolicyInvalid);
        QVERIFY(dir.error().message.contains(m_tmp.path()));
        const QString big = write(QByteArray(PolicyFile::kMaxBytes + 1, ' '), QStringLiteral("big.json"));
        auto tooBig = PolicyFile::load(big);
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().code, ErrorCode::PolicyInvalid);
        if (::geteuid() != 0) {  // root reads a 0000 file anyway
            const QString locked = write("{}", QStringLiteral("locked.json"));
            QFile::setPermissions(locked, QFileDevice::Permissions());
            auto r = PolicyFile::load(locked);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::PolicyInvalid);
        }
    }
};

QTEST_GUILESS_MAIN(TestManagedPolicy)
#include "TestManagedPolicy.moc"
