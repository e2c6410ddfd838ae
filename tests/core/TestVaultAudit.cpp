// The audit trail: content-free records, chained MACs that stay verifiable across key rotations,
// and `verify` names the first bad record for each kind of tampering — a modified byte, a swapped
// pair, a removed record, a truncated tail, a half-written record.
#include "VaultTestSupport.h"

#include "crypto/KeychainStore.h"
#include "vault/AuditLog.h"
#include "vault/VaultHeader.h"

#include <QTemporaryDir>

using namespace vo;
using namespace vo::test;

class TestVaultAudit : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root;
    QString m_auditPath;
    QByteArray m_pristine;
    std::shared_ptr<KeychainStore> m_keychain;

    std::unique_ptr<Vault> reopen()
    {
        VaultOpenOptions o;
        o.keychain = m_keychain;
        o.access = VaultAccess::ReadOnly;  // a reader appends "unlocked" too, but never rewrites
        auto v = Vault::open(m_root, std::move(o));
        return v.ok() ? std::move(v.value()) : nullptr;
    }

    AuditVerifyReport verifyWith(const QByteArray& log)
    {
        writeBytes(m_auditPath, log);
        auto v = reopen();
        if (!v)
            return AuditVerifyReport{false, 0, -2, QStringLiteral("cannot open")};
        // Verify what the test wrote, not including the reader's own "unlocked" record.
        writeBytes(m_auditPath, log);
        return v->verifyAudit();
    }

    static QByteArray record(const QByteArray& log, int i) { return log.mid(i * AuditLog::kRecordBytes, AuditLog::kRecordBytes); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        m_keychain = std::make_shared<KeychainStore>(
            QStringLiteral("VaultOCR-test-%1").arg(QRandomGenerator::global()->generate64(), 0, 16));
        m_root = m_tmp.filePath(QStringLiteral("vault"));
        m_auditPath = m_root + QStringLiteral("/audit.log");
        VaultCreateOptions o;
        o.keychain = m_keychain;
        auto c = Vault::create(m_root, std::move(o));
        QVERIFY(c.ok());
        ImportOptions imp;
        imp.engineFactory = fakeOcr(QStringLiteral("AuditMarkerWord"));
        imp.jobs = 1;
        imp.sensitivity = SensitivityClass::High;
        const QString png = writeNoisePng(m_tmp.filePath(QStringLiteral("audit-name-marker.png")), 64, 48, 7);
        const QString id = c->vault->importFile(png, imp, nullptr, {}).value();
        QVERIFY(c->vault->exportDocument(id, m_tmp.filePath(QStringLiteral("out.txt")), ExportKind::Text).ok());
        QVERIFY(c->vault->rotateKey().ok());
        QVERIFY(c->vault->remove({id}).ok());
        c->vault->lock();
        m_pristine = fileBytes(m_auditPath);
        QCOMPARE(m_pristine.size() % AuditLog::kRecordBytes, 0);
    }

    void recordsAreContentFree()
    {
        auto v = reopen();
        QVERIFY(v);
        auto records = v->auditRecords();
        QVERIFY(records.ok());
        QStringList actions;
        for (const AuditRecord& r : records.value())
            actions << auditActionName(r.action);
        QCOMPARE(actions.join(QLatin1Char(' ')),
                 QStringLiteral("vault-created import ocr-finished export key-rotation delete key-rotation locked unlocked"));
        const AuditRecord& imported = records.value()[1];
        QCOMPARE(imported.pages, 1);
        QCOMPARE(imported.sensitivity, SensitivityClass::High);
        QCOMPARE(imported.documentId.size(), 16);
        QCOMPARE(records.value()[3].detail, quint8(ExportKind::Text));
        // On disk the records are sealed: no name, no word, no ID in the clear.
        QVERIFY(!m_pristine.contains("audit-name-marker"));
        QVERIFY(!m_pristine.contains("AuditMarkerWord"));
        QVERIFY(!m_pristine.contains(imported.documentId.toLatin1()));
        QVERIFY(!m_pristine.contains(QByteArray::fromHex(imported.documentId.toLatin1())));
    }

    void intactLogVerifies()
    {
        const AuditVerifyReport r = verifyWith(m_pristine);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.records, quint64(m_pristine.size() / AuditLog::kRecordBytes));
    }

    void modifiedRecord_data()
    {
        QTest::addColumn<int>("recordIndex");
        QTest::addColumn<int>("byteInRecord");
        QTest::newRow("first, sealed part") << 0 << 30;
        QTest::newRow("third, nonce") << 2 << 3;
        QTest::newRow("fourth, MAC") << 3 << 100;
        QTest::newRow("last, tag") << -1 << 70;
    }
    void modifiedRecord()
    {
        QFETCH(int, recordIndex);
        QFETCH(int, byteInRecord);
        const int n = int(m_pristine.size() / AuditLog::kRecordBytes);
        const int idx = recordIndex < 0 ? n - 1 : recordIndex;
        QByteArray log = m_pristine;
        const qsizetype at = qsizetype(idx) * AuditLog::kRecordBytes + byteInRecord;
        log[at] = char(log[at] ^ 0x01);
        const AuditVerifyReport r = verifyWith(log);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadRecord, qint64(idx + 1));
        QVERIFY2(r.problem.contains(QStringLiteral("record %1").arg(idx + 1)), qPrintable(r.problem));
    }

    void reorderedRecords()
    {
        QByteArray log = m_pristine;
        const QByteArray r2 = record(log, 2), r3 = record(log, 3);
        log.replace(2 * AuditLog::kRecordBytes, AuditLog::kRecordBytes, r3);
        log.replace(3 * AuditLog::kRecordBytes, AuditLog::kRecordBytes, r2);
        const AuditVerifyReport r = verifyWith(log);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadRecord, qint64(3));
        QVERIFY2(r.problem.contains(QStringLiteral("out of place")), qPrintable(r.problem));
    }

    void removedRecord()
    {
        QByteArray log = m_pristine;
        log.remove(4 * AuditLog::kRecordBytes, AuditLog::kRecordBytes);
        const AuditVerifyReport r = verifyWith(log);
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadRecord, qint64(5));
        QVERIFY2(r.problem.contains(QStringLiteral("reordered or removed")), qPrintable(r.problem));
    }

    void truncatedTail()
    {
        // Dropping whole records from the end keeps every remaining MAC valid; the anchor the
        // index committed at lock time catches it.
        QByteArray log = m_pristine;
        log.chop(2 * AuditLog::kRecordBytes);
        const AuditVerifyReport r = verifyWith(log);
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QStringLiteral("truncated")), qPrintable(r.problem));
        QCOMPARE(r.firstBadRecord, qint64(log.size() / AuditLog::kRecordBytes + 1));
    }

    void halfWrittenRecord()
    {
        const AuditVerifyReport r = verifyWith(m_pristine + QByteArray(50, '\x01'));
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.contains(QStringLiteral("incomplete")), qPrintable(r.problem));
        // The next append replaces the torn tail and the chain is whole again.
        writeBytes(m_auditPath, m_pristine + QByteArray(50, '\x01'));
        auto v = reopen();  // appends "unlocked"
        QVERIFY(v);
        const AuditVerifyReport after = v->verifyAudit();
        QVERIFY2(after.ok, qPrintable(after.problem));
        QCOMPARE(fileBytes(m_auditPath).size(), m_pristine.size() + AuditLog::kRecordBytes);
    }

    void cleanupTestCase()
    {
        auto h = VaultHeader::read(m_root + QStringLiteral("/vault.header"));
        if (h.ok())
            (void)m_keychain->remove(h->account());
    }
};

QTEST_GUILESS_MAIN(TestVaultAudit)
#include "TestVaultAudit.moc"
