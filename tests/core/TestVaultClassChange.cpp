// Changing a stored document's sensitivity class (issue 3/4): the expiry is recomputed from the
// import time under the new class's retention, capped by the organisation's policy; --keep-expiry
// keeps it (capped); a change that would expire the document at once is refused and changes
// nothing; an expired document stays unopenable; every change is in the audit trail.
#include "VaultTestSupport.h"

#include "crypto/KeychainStore.h"
#include "vault/VaultHeader.h"

#include <QTemporaryDir>
#include <QThread>

using namespace vo;
using namespace vo::test;

namespace {

// The organisation allows low documents 10 days and high ones 2 days.
class CappingPolicy : public VaultPolicy {
public:
    std::optional<qint64> maxRetentionSeconds(SensitivityClass c) const override
    {
        if (c == SensitivityClass::Low)
            return 10 * 86400;
        if (c == SensitivityClass::High)
            return 2 * 86400;
        return std::nullopt;
    }
};

}  // namespace

class TestVaultClassChange : public QObject, protected KeychainVaultFixture {
    Q_OBJECT


    QString import(Vault& v, const QString& name, std::optional<qint64> expiresIn = std::nullopt)
    {
        ImportOptions o;
        o.engineFactory = fakeOcr(QStringLiteral("Word"));
        o.jobs = 1;
        o.expiresInSeconds = expiresIn;
        auto id = v.importFile(writeNoisePng(m_tmp.filePath(name), 64, 48, quint32(qHash(name))), o, nullptr, {});
        return id.ok() ? id.value() : QString();
    }

    static std::vector<AuditRecord> classChanges(const Vault& v)
    {
        std::vector<AuditRecord> out;
        const auto records = v.auditRecords();
        if (!records)
            return out;
        for (const AuditRecord& r : records.value())
            if (r.action == AuditAction::ClassChanged)
                out.push_back(r);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
    }

    void expiryRecomputedFromImportTime()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        const QString id = import(*v, QStringLiteral("a.png"));
        QVERIFY(!id.isEmpty());
        const DocumentInfo before = v->document(id).value();
        QCOMPARE(before.sensitivity, SensitivityClass::Moderate);
        QCOMPARE(before.created.secsTo(before.expires), 30 * 86400);

        QVERIFY(v->setSensitivity(id, SensitivityClass::Low).ok());
        DocumentInfo d = v->document(id).value();
        QCOMPARE(d.sensitivity, SensitivityClass::Low);
        QCOMPARE(d.created, before.created);
        QCOMPARE(d.created.secsTo(d.expires), 90 * 86400);  // from import, not from now

        QVERIFY(v->setSensitivity(id, SensitivityClass::High).ok());
        d = v->document(id).value();
        QCOMPARE(d.created.secsTo(d.expires), 7 * 86400);

        // Audit: one record per change, new class + old class, the document and its pages.
        const auto changes = classChanges(*v);
        QCOMPARE(changes.size(), size_t(2));
        QCOMPARE(changes[0].documentId, id);
        QCOMPARE(changes[0].sensitivity, std::optional(SensitivityClass::Low));
        QCOMPARE(changes[0].detail, quint8(SensitivityClass::Moderate));
        QCOMPARE(changes[0].pages, 1);
        QCOMPARE(changes[1].sensitivity, std::optional(SensitivityClass::High));
        QCOMPARE(changes[1].detail, quint8(SensitivityClass::Low));
        QCOMPARE(auditActionName(AuditAction::ClassChanged), QStringLiteral("class-change"));
        QVERIFY(v->verifyAudit().ok);

        // Committed: another open sees the class and the expiry.
        v->lock();
        auto again = openVault(root);
        QVERIFY(again.ok());
        const DocumentInfo reopened = again.value()->document(id).value();
        QCOMPARE(reopened.sensitivity, SensitivityClass::High);
        QCOMPARE(reopened.expires, d.expires);
        QCOMPARE(again.value()->text(id).value(), QStringLiteral("Word"));
    }

    void keepExpiryAndPolicyCap()
    {
        const QString root = newRoot();
        QString id;
        {
            auto v = createVault(root);
            QVERIFY(v);
            id = import(*v, QStringLiteral("b.png"));
            QVERIFY(v->setExpiry(id, QDateTime::currentDateTimeUtc().addDays(5)).ok());
        }
        VaultOpenOptions capped;
        capped.policy = std::make_shared<CappingPolicy>();
        auto opened = openVault(root, std::move(capped));
        QVERIFY(opened.ok());
        Vault& v = *opened.value();
        const DocumentInfo before = v.document(id).value();
        // Keep: 5 days from now stays (the low cap of 10 days from import is further away).
        QVERIFY(v.setSensitivity(id, SensitivityClass::Low, ClassChangeExpiry::Keep).ok());
        QCOMPARE(v.document(id).value().expires, before.expires);
        // Recompute: 90 days for low, capped by the policy to 10 days from import.
        QVERIFY(v.setSensitivity(id, SensitivityClass::Low).ok());
        QCOMPARE(before.created.secsTo(v.document(id).value().expires), 10 * 86400);
        // Keep, but high is capped at 2 days from import.
        QVERIFY(v.setSensitivity(id, SensitivityClass::High, ClassChangeExpiry::Keep).ok());
        QCOMPARE(before.created.secsTo(v.document(id).value().expires), 2 * 86400);
        QCOMPARE(classChanges(v).size(), size_t(3));
    }

    void refusedChangesChangeNothing()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        QVERIFY(v->setRetention(SensitivityClass::High, 1).ok());
        const QString id = import(*v, QStringLiteral("c.png"));
        const QString shortLived = import(*v, QStringLiteral("d.png"), 1);
        QVERIFY(!id.isEmpty() && !shortLived.isEmpty());
        QThread::msleep(1100);  // past the 1-second retention of "high" and of `shortLived`

        // Under "high" (1 s from import) the document would already have expired: refused.
        const DocumentInfo before = v->document(id).value();
        auto r = v->setSensitivity(id, SensitivityClass::High);
        QCOMPARE(r.error().code, ErrorCode::Usage);
        QVERIFY2(r.error().message.contains(QStringLiteral("expired")), qPrintable(r.error().message));
        const DocumentInfo after = v->document(id).value();
        QCOMPARE(after.sensitivity, before.sensitivity);
        QCOMPARE(after.expires, before.expires);
        // Keeping its expiry is allowed.
        QVERIFY(v->setSensitivity(id, SensitivityClass::High, ClassChangeExpiry::Keep).ok());

        // An expired document cannot be revived by a class with a longer retention.
        QCOMPARE(v->setSensitivity(shortLived, SensitivityClass::Low).error().code, ErrorCode::Expired);
        QCOMPARE(v->text(shortLived).error().code, ErrorCode::Expired);
        QCOMPARE(v->document(shortLived).error().code, ErrorCode::Expired);
        QCOMPARE(v->setSensitivity(QStringLiteral("0000000000000000"), SensitivityClass::Low).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(classChanges(*v).size(), size_t(1));  // only the accepted change
        QCOMPARE(v->purgeExpired().value(), 1);
    }

    void readOnlyVaultRefuses()
    {
        const QString root = newRoot();
        auto writer = createVault(root);
        QVERIFY(writer);
        const QString id = import(*writer, QStringLiteral("e.png"));
        auto reader = openVault(root, VaultAccess::ReadOnlyIfBusy);
        QVERIFY(reader.ok());
        QCOMPARE(reader.value()->setSensitivity(id, SensitivityClass::Low).error().code, ErrorCode::VaultUnavailable);
    }

    void cleanupTestCase() { removeKeychainEntries(); }
};

QTEST_GUILESS_MAIN(TestVaultClassChange)
#include "TestVaultClassChange.moc"
