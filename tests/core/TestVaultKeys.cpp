// Getting at the master key and what happens when something is wrong: passphrase mode (Argon2id
// at MODERATE, wrong passphrase = AuthFailed), a lost keychain entry (AuthFailed with the recovery
// hint) and `recover` with the recovery key, and tampering — one flipped byte in the header, the
// index or a content chunk gives the documented error, never garbage, and the other documents
// stay readable.
#include "VaultTestSupport.h"

#include "crypto/KeychainStore.h"
#include "crypto/RecoveryKey.h"
#include "vault/VaultHeader.h"

#include <QTemporaryDir>

#include <cstring>

using namespace vo;
using namespace vo::test;

namespace {

PassphraseSource fixedPassphrase(const char* text)
{
    return [text]() -> Result<SecureBuffer> { return SecureBuffer::copyOf(text, std::strlen(text)); };
}

ImportOptions fakeImport(const QString& word)
{
    ImportOptions o;
    o.engineFactory = fakeOcr(word);
    o.jobs = 1;
    return o;
}

}  // namespace

class TestVaultKeys : public QObject, protected KeychainVaultFixture {
    Q_OBJECT

    QString fixture(const QString& name) { return writeNoisePng(m_tmp.filePath(name), 64, 48, quint32(qHash(name))); }

    Result<std::unique_ptr<Vault>> open(const QString& root, PassphraseSource pass = {})
    {
        VaultOpenOptions o;
        o.passphrase = std::move(pass);
        return openVault(root, std::move(o));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
    }

    void passphraseModeAndRecovery()
    {
        const QString root = newRoot();
        QString id;
        SecureBuffer recoveryText;
        {
            VaultCreateOptions o;
            o.mode = KeyMode::Passphrase;
            o.passphrase = fixedPassphrase("correct horse battery staple");
            o.keychain = m_keychain;
            auto c = Vault::create(root, std::move(o));
            QVERIFY(c.ok());
            QCOMPARE(c->vault->keyMode(), KeyMode::Passphrase);
            id = c->vault->importFile(fixture(QStringLiteral("p.png")), fakeImport(QStringLiteral("Secret")), nullptr, {}).value();
            recoveryText = std::move(c->recoveryKeyText);
            QCOMPARE(recoveryText.size(), size_t(69));
            // Deletes rotate the key under the same passphrase.
            const QString tmp = c->vault->importFile(fixture(QStringLiteral("q.png")), fakeImport(QStringLiteral("Q")), nullptr, {}).value();
            QVERIFY(c->vault->remove({tmp}).ok());
        }
        // The header holds the KDF parameters, never the passphrase; nothing in the keychain.
        auto header = VaultHeader::read(root + QStringLiteral("/vault.header"));
        QVERIFY(header.ok());
        QVERIFY(!m_keychain->read(header->account()).ok());

        auto wrong = open(root, fixedPassphrase("Correct horse battery staple"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::AuthFailed);
        QVERIFY(wrong.error().message.contains(QStringLiteral("passphrase")));
        QCOMPARE(open(root).error().code, ErrorCode::AuthFailed);  // no passphrase source at all
        {
            auto right = open(root, fixedPassphrase("correct horse battery staple"));
            QVERIFY(right.ok());
            QCOMPARE(right.value()->text(id).value(), QStringLiteral("Secret"));
        }
        // Forgotten passphrase: the recovery key sets a new one.
        auto badKey = SecureBuffer::copyOf("AAAA-AAAA", 9);
        QCOMPARE(Vault::recover(root, badKey, {KeyMode::Passphrase, fixedPassphrase("x"), m_keychain, {}}).error().code,
                 ErrorCode::Usage);
        {
            VaultRecoverOptions ro{KeyMode::Passphrase, fixedPassphrase("new passphrase"), m_keychain, {}};
            auto rec = Vault::recover(root, recoveryText, std::move(ro));
            QVERIFY2(rec.ok(), qPrintable(rec.ok() ? QString() : rec.error().message));
        }
        QCOMPARE(open(root, fixedPassphrase("correct horse battery staple")).error().code, ErrorCode::AuthFailed);
        auto renewed = open(root, fixedPassphrase("new passphrase"));
        QVERIFY(renewed.ok());
        QCOMPARE(renewed.value()->text(id).value(), QStringLiteral("Secret"));
    }

    void lostKeychainEntryNeedsRecoveryKey()
    {
        const QString root = newRoot();
        QString id;
        SecureBuffer recoveryText;
        {
            VaultCreateOptions o;
            o.keychain = m_keychain;
            auto c = Vault::create(root, std::move(o));
            QVERIFY(c.ok());
            id = c->vault->importFile(fixture(QStringLiteral("k.png")), fakeImport(QStringLiteral("Kc")), nullptr, {}).value();
            recoveryText = std::move(c->recoveryKeyText);
        }
        auto header = VaultHeader::read(root + QStringLiteral("/vault.header"));
        QVERIFY(m_keychain->remove(header->account()).ok());
        auto lost = open(root);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, ErrorCode::AuthFailed);
        QVERIFY2(lost.error().message.contains(QStringLiteral("recover")), qPrintable(lost.error().message));

        // Another vault's recovery key does not unlock this one.
        SecureBuffer otherText;
        {
            VaultCreateOptions o;
            o.keychain = m_keychain;
            auto other = Vault::create(newRoot(), std::move(o));
            QVERIFY(other.ok());
            otherText = std::move(other->recoveryKeyText);
        }
        QCOMPARE(Vault::recover(root, otherText, {KeyMode::Keychain, {}, m_keychain, {}}).error().code, ErrorCode::AuthFailed);
        {
            auto rec = Vault::recover(root, recoveryText, {KeyMode::Keychain, {}, m_keychain, {}});
            QVERIFY(rec.ok());
        }
        auto back = open(root);
        QVERIFY(back.ok());
        QCOMPARE(back.value()->text(id).value(), QStringLiteral("Kc"));
        auto records = back.value()->auditRecords();
        QVERIFY(std::any_of(records->begin(), records->end(), [](const AuditRecord& r) { return r.action == AuditAction::Recovered; }));
    }

    void tamperedHeaderIndexAndContent()
    {
        const QString root = newRoot();
        QString a, b;
        QStringList blobsA;
        {
            VaultCreateOptions o;
            o.keychain = m_keychain;
            auto c = Vault::create(root, std::move(o));
            QVERIFY(c.ok());
            a = c->vault->importFile(fixture(QStringLiteral("ta.png")), fakeImport(QStringLiteral("DocA")), nullptr, {}).value();
            blobsA = blobFiles(root);
            b = c->vault->importFile(fixture(QStringLiteral("tb.png")), fakeImport(QStringLiteral("DocB")), nullptr, {}).value();
        }
        const QString headerPath = root + QStringLiteral("/vault.header");
        const QString indexPath = root + QStringLiteral("/vault.index");
        const QByteArray header = fileBytes(headerPath);
        const QByteArray index = fileBytes(indexPath);
        // Every single byte of the header is covered.
        for (qint64 i = 0; i < header.size(); ++i) {
            QVERIFY(flipByte(headerPath, i));
            auto r = open(root);
            QVERIFY2(!r.ok(), qPrintable(QString::number(i)));
            QVERIFY2(r.error().code == ErrorCode::Integrity, qPrintable(QStringLiteral("%1: %2").arg(i).arg(r.error().message)));
            QVERIFY(writeBytes(headerPath, header));
        }
        // The index: its clear front (key slots) and its sealed body, sampled every 7 bytes.
        for (qint64 i = 0; i < index.size(); i += 7) {
            QVERIFY(flipByte(indexPath, i));
            auto r = open(root);
            QVERIFY2(!r.ok() && r.error().code == ErrorCode::Integrity,
                     qPrintable(QStringLiteral("byte %1: %2").arg(i).arg(r.ok() ? QStringLiteral("opened") : r.error().message)));
            QVERIFY(writeBytes(indexPath, index));
        }
        // A content chunk of document A: A fails with Integrity (not garbage), B stays readable.
        for (const QString& blob : blobsA) {
            const QString path = root + QStringLiteral("/blobs/") + blob;
            const QByteArray before = fileBytes(path);
            QVERIFY(flipByte(path, before.size() / 2));
            auto v = open(root);
            QVERIFY(v.ok());
            QCOMPARE(v.value()->text(b).value(), QStringLiteral("DocB"));
            auto t = v.value()->text(a);
            QByteArray original;
            auto o = v.value()->readOriginal(a, [&](const QByteArray& c) -> Result<void> { original += c; return {}; });
            auto pdf = v.value()->exportDocument(a, m_tmp.filePath(QStringLiteral("a.pdf")), ExportKind::Pdf);
            const bool oneFailed = (!t.ok() && t.error().code == ErrorCode::Integrity)
                                || (!o.ok() && o.error().code == ErrorCode::Integrity)
                                || (!pdf.ok() && pdf.error().code == ErrorCode::Integrity);
            QVERIFY2(oneFailed, qPrintable(blob));
            if (t.ok())
                QCOMPARE(t.value(), QStringLiteral("DocA"));  // never garbage
            // A failed export leaves no partial file behind.
            QCOMPARE(QFile::exists(m_tmp.filePath(QStringLiteral("a.pdf"))), pdf.ok());
            QFile::remove(m_tmp.filePath(QStringLiteral("a.pdf")));
            v.value()->lock();
            QVERIFY(writeBytes(path, before));
        }
        // Truncation of any blob (its FINAL chunk gone) is caught too.
        for (const QString& blob : blobsA) {
            const QString path = root + QStringLiteral("/blobs/") + blob;
            const QByteArray full = fileBytes(path);
            QVERIFY(writeBytes(path, full.left(full.size() - 20)));
            auto v = open(root);
            QVERIFY(v.ok());
            const QString pdf = m_tmp.filePath(QStringLiteral("t.pdf"));
            auto t = v.value()->text(a);
            auto o = v.value()->readOriginal(a, [](const QByteArray&) -> Result<void> { return {}; });
            auto e = v.value()->exportDocument(a, pdf, ExportKind::Pdf);
            QFile::remove(pdf);
            const int failures = int(!t.ok()) + int(!o.ok()) + int(!e.ok());
            QVERIFY2(failures >= 1, qPrintable(blob));
            for (const Error* err : {t.ok() ? nullptr : &t.error(), o.ok() ? nullptr : &o.error(), e.ok() ? nullptr : &e.error()})
                QVERIFY(!err || err->code == ErrorCode::Integrity);
            QCOMPARE(v.value()->text(b).value(), QStringLiteral("DocB"));
            v.value()->lock();
            QVERIFY(writeBytes(path, full));
        }
    }

    void swappedBlobsAreRejected()
    {
        // Two documents' blobs swapped on disk: each document's key fails on the other's data.
        const QString root = newRoot();
        VaultCreateOptions o;
        o.keychain = m_keychain;
        auto c = Vault::create(root, std::move(o));
        QVERIFY(c.ok());
        ImportOptions noOcr;
        noOcr.recognize = false;
        const QString a = c->vault->importFile(fixture(QStringLiteral("sa.png")), noOcr, nullptr, {}).value();
        const QStringList first = blobFiles(root);
        c->vault->importFile(fixture(QStringLiteral("sb.png")), noOcr, nullptr, {}).value();
        QStringList both = blobFiles(root);
        for (const QString& f : first)
            both.removeAll(f);
        const QString pa = root + QStringLiteral("/blobs/") + first.first();
        const QString pb = root + QStringLiteral("/blobs/") + both.first();
        const QByteArray ba = fileBytes(pa);
        QVERIFY(writeBytes(pa, fileBytes(pb)));
        QVERIFY(writeBytes(pb, ba));
        auto r = c->vault->readOriginal(a, [](const QByteArray&) -> Result<void> { return {}; });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Integrity);
    }

    void cleanupTestCase() { removeKeychainEntries(); }
};

QTEST_GUILESS_MAIN(TestVaultKeys)
#include "TestVaultKeys.moc"
