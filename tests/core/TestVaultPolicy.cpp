// The vault under the organisation's policy (issue 8), with the real keychain: retention caps at
// import and — for documents already stored — at the next open (clamped, recorded in the audit
// trail), refused expiry/retention/export/key-mode/language requests that change nothing, and
// the policy's hash in every unlock record (old records without one still read).
#include "VaultTestSupport.h"

#include "crypto/KeychainStore.h"
#include "policy/PolicyFile.h"
#include "vault/AuditLog.h"
#include "vault/RetentionPolicy.h"
#include "vault/VaultHeader.h"

#include <QTemporaryDir>

using namespace vo;
using namespace vo::test;

class TestVaultPolicy : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::shared_ptr<KeychainStore> m_keychain;
    QStringList m_roots;
    int m_n = 0;

    std::shared_ptr<const ManagedPolicy> policy(const QByteArray& json)
    {
        const QString path = m_tmp.filePath(QStringLiteral("policy-%1.json").arg(++m_n));
        writeBytes(path, json);
        auto p = PolicyFile::load(path);
        return p ? p.value() : nullptr;
    }

    std::unique_ptr<Vault> create(const QString& name, std::shared_ptr<const ManagedPolicy> p = {})
    {
        const QString root = m_tmp.filePath(name);
        m_roots << root;
        VaultCreateOptions o;
        o.keychain = m_keychain;
        o.policy = std::move(p);
        auto c = Vault::create(root, std::move(o));
        return c ? std::move(c->vault) : nullptr;
    }

    std::unique_ptr<Vault> open(const QString& name, std::shared_ptr<const ManagedPolicy> p,
                                VaultAccess access = VaultAccess::ReadWrite)
    {
        VaultOpenOptions o;
        o.keychain = m_keychain;
        o.policy = std::move(p);
        o.access = access;
        auto v = Vault::open(m_tmp.filePath(name), std::move(o));
        if (!v)
            qWarning("open: %s", qPrintable(v.error().message));
        return v ? std::move(v.value()) : nullptr;
    }

    Result<QString> import(Vault& v, SensitivityClass c, std::optional<qint64> expiresIn = std::nullopt,
                           const QString& languages = QStringLiteral("eng"))
    {
        ImportOptions o;
        o.engineFactory = fakeOcr(QStringLiteral("PolicyWord"));
        o.jobs = 1;
        o.sensitivity = c;
        o.expiresInSeconds = expiresIn;
        o.ocr.languages = languages;
        const int n = ++m_n;
        const QString png = writeNoisePng(m_tmp.filePath(QStringLiteral("page-%1.png").arg(n)), 40, 30, quint32(n));
        return v.importFile(png, o, nullptr, {});
    }

    static std::vector<AuditRecord> records(const Vault& v)
    {
        auto r = v.auditRecords();
        return r ? r.value() : std::vector<AuditRecord>{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        m_keychain = std::make_shared<KeychainStore>(
            QStringLiteral("VaultOCR-test-%1").arg(QRandomGenerator::global()->generate64(), 0, 16));
    }

    // A document imported under a 30-day rule; the organisation lowers it to 7: the next open
    // shortens its expiry, says so in the audit trail, and does it only once.
    void clampedAtNextOpen()
    {
        auto p30 = policy(R"({"classes": {"moderate": {"max_retention_days": 30}}})");
        auto v = create(QStringLiteral("clamp"), p30);
        QVERIFY(v);
        auto id = import(*v, SensitivityClass::Moderate);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        const DocumentInfo before = v->document(id.value()).value();
        QCOMPARE(before.created.secsTo(before.expires), 30 * kSecondsPerDay);
        v->lock();
        v.reset();

        auto p7 = policy(R"({"classes": {"moderate": {"max_retention_days": 7}}})");
        v = open(QStringLiteral("clamp"), p7);
        QVERIFY(v);
        const DocumentInfo after = v->document(id.value()).value();
        QCOMPARE(after.created, before.created);
        QCOMPARE(after.expires, before.created.addSecs(7 * kSecondsPerDay));
        auto log = records(*v);
        int clamps = 0;
        for (const AuditRecord& r : log) {
            if (r.action == AuditAction::PolicyClamped) {
                ++clamps;
                QCOMPARE(r.documentId, id.value());
                QCOMPARE(r.sensitivity, SensitivityClass::Moderate);
            }
        }
        QCOMPARE(clamps, 1);
        // The unlock that clamped recorded the 7-day policy's hash; the one before, the 30-day one's.
        QByteArrayList hashes;
        for (const AuditRecord& r : log) {
            if (r.action == AuditAction::Unlocked || r.action == AuditAction::VaultCreated)
                hashes << r.policyHash;
        }
        QCOMPARE(hashes.size(), 2);
        QCOMPARE(hashes[0], p30->policyHash().left(AuditLog::kPolicyHashBytes));
        QCOMPARE(hashes[1], p7->policyHash().left(AuditLog::kPolicyHashBytes));
        v->lock();
        v.reset();

        // Clamped once: the next open finds nothing to do.
        v = open(QStringLiteral("clamp"), p7);
        QVERIFY(v);
        int clampsNow = 0;
        for (const AuditRecord& r : records(*v))
            clampsNow += r.action == AuditAction::PolicyClamped;
        QCOMPARE(clampsNow, 1);
        QVERIFY(v->verifyAudit().ok);
    }

    void capAtImport()
    {
        auto p = policy(R"({"classes": {"low": {"max_retention_days": 7}}})");
        auto v = create(QStringLiteral("import"), p);
        QVERIFY(v);
        // The class's default (90 days) is capped silently …
        auto id = import(*v, SensitivityClass::Low);
        QVERIFY(id.ok());
        const DocumentInfo d = v->document(id.value()).value();
        QCOMPARE(d.created.secsTo(d.expires), 7 * kSecondsPerDay);
        // … a shorter request is honoured, a longer one refused and nothing stored.
        auto shortId = import(*v, SensitivityClass::Low, 3600);
        QVERIFY(shortId.ok());
        const DocumentInfo s = v->document(shortId.value()).value();
        QCOMPARE(s.created.secsTo(s.expires), 3600);
        const auto blobsBefore = blobFiles(m_tmp.filePath(QStringLiteral("import")));
        auto refused = import(*v, SensitivityClass::Low, 8 * kSecondsPerDay);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PolicyForbids);
        QVERIFY2(refused.error().message.contains(QStringLiteral("organisation's policy")), qPrintable(refused.error().message));
        QCOMPARE(v->documents().size(), size_t(2));
        QCOMPARE(blobFiles(m_tmp.filePath(QStringLiteral("import"))), blobsBefore);
        // No rule for moderate: 30 days as usual.
        auto m = import(*v, SensitivityClass::Moderate, 60 * kSecondsPerDay);
        QVERIFY(m.ok());
    }

    void expiryAndRetentionCannotExceedTheCap()
    {
        auto p = policy(R"({"classes": {"high": {"max_retention_days": 7}}})");
        auto v = create(QStringLiteral("expiry"), p);
        QVERIFY(v);
        auto id = import(*v, SensitivityClass::High);
        QVERIFY(id.ok());
        const QDateTime was = v->document(id.value())->expires;
        auto r = v->setExpiry(id.value(), QDateTime::currentDateTimeUtc().addDays(30));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::PolicyForbids);
        QCOMPARE(v->document(id.value())->expires, was);
        QVERIFY(v->setExpiry(id.value(), QDateTime::currentDateTimeUtc().addDays(2)).ok());

        auto s = v->setRetention(SensitivityClass::High, 8 * kSecondsPerDay);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::PolicyForbids);
        QCOMPARE(v->retention().retentionSeconds(SensitivityClass::High), 7 * kSecondsPerDay);  // the default
        QVERIFY(v->setRetention(SensitivityClass::High, 3 * kSecondsPerDay).ok());
        QVERIFY(v->setRetention(SensitivityClass::Low, 400 * kSecondsPerDay).ok());  // no rule for low
    }

    void exportRefused()
    {
        auto p = policy(R"({"classes": {"high": {"exports": ["pdf-encrypted"]}, "low": {"exports": ["txt"]}}})");
        auto v = create(QStringLiteral("export"), p);
        QVERIFY(v);
        auto high = import(*v, SensitivityClass::High);
        auto low = import(*v, SensitivityClass::Low);
        QVERIFY(high.ok() && low.ok());
        for (ExportKind k : {ExportKind::Text, ExportKind::Pdf, ExportKind::Hocr, ExportKind::Original}) {
            const QString out = m_tmp.filePath(QStringLiteral("refused-%1.out").arg(int(k)));
            auto r = v->exportDocument(high.value(), out, k);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::PolicyForbids);
            QVERIFY2(r.error().message.contains(QStringLiteral("organisation's policy forbids")), qPrintable(r.error().message));
            QVERIFY(!QFile::exists(out));
        }
        const QString txt = m_tmp.filePath(QStringLiteral("allowed.txt"));
        QVERIFY(v->exportDocument(low.value(), txt, ExportKind::Text).ok());
        QVERIFY(readText(txt).contains(QStringLiteral("PolicyWord")));
        // Only the allowed export is in the audit trail.
        int exports = 0;
        for (const AuditRecord& r : records(*v)) {
            if (r.action == AuditAction::Exported) {
                ++exports;
                QCOMPARE(r.documentId, low.value());
            }
        }
        QCOMPARE(exports, 1);
    }

    void passphraseRequired()
    {
        auto p = policy(R"({"require_passphrase": true})");
        const QString root = m_tmp.filePath(QStringLiteral("keychain-mode"));
        VaultCreateOptions o;
        o.keychain = m_keychain;
        o.policy = p;
        o.mode = KeyMode::Keychain;
        auto c = Vault::create(root, std::move(o));
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::PolicyForbids);
        QVERIFY(!QFileInfo::exists(root));  // refused before anything was written

        // Recovering into the keychain is refused too (before the recovery key is even parsed).
        VaultRecoverOptions r;
        r.keychain = m_keychain;
        r.policy = p;
        auto rec = Vault::recover(root, SecureBuffer::copyOf("x", 1), std::move(r));
        QVERIFY(!rec.ok());
        QCOMPARE(rec.error().code, ErrorCode::PolicyForbids);
    }

    void languagesRefusedAtImport()
    {
        auto p = policy(R"({"allowed_languages": ["eng", "deu"]})");
        auto v = create(QStringLiteral("languages"), p);
        QVERIFY(v);
        QVERIFY(import(*v, SensitivityClass::Low, std::nullopt, QStringLiteral("eng+deu")).ok());
        auto r = import(*v, SensitivityClass::Low, std::nullopt, QStringLiteral("eng+spa"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::PolicyForbids);
        QVERIFY(r.error().message.contains(QStringLiteral("'spa'")));
        QCOMPARE(v->documents().size(), size_t(1));
    }

    // Without a policy the unlock records carry no hash — as every record written before the
    // policy existed (layout version 1: detail 0, zeros) — and the same log, opened later under a
    // policy, reads both kinds.
    void recordsWithoutPolicyStillRead()
    {
        auto v = create(QStringLiteral("nopolicy"));
        QVERIFY(v);
        v->lock();
        v.reset();
        auto p = policy("{}");
        v = open(QStringLiteral("nopolicy"), p);
        QVERIFY(v);
        std::vector<AuditRecord> log = records(*v);
        QCOMPARE(log.size(), size_t(3));  // created, locked, unlocked
        QCOMPARE(log[0].action, AuditAction::VaultCreated);
        QVERIFY(log[0].policyHash.isEmpty());
        QCOMPARE(log[0].detail, quint8(0));
        QCOMPARE(log[2].action, AuditAction::Unlocked);
        QCOMPARE(log[2].policyHash, p->policyHash().left(AuditLog::kPolicyHashBytes));
        QVERIFY(log[2].documentId.isEmpty());
        QCOMPARE(log[2].pages, 0);
        QVERIFY(v->verifyAudit().ok);
    }

    void cleanupTestCase()
    {
        for (const QString& root : m_roots) {
            auto h = VaultHeader::read(root + QStringLiteral("/vault.header"));
            if (h.ok())
                (void)m_keychain->remove(h->account());
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultPolicy)
#include "TestVaultPolicy.moc"
