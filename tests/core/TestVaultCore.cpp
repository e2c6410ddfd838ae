// The vault's core API against the real keychain (gnome-keyring on the test session bus), real
// files and real crypto; only OCR is a fake engine here (the CLI tests use tesseract). Covers
// import → reopen → read back byte-identical, delete-now with key rotation (an old index copy is
// undecryptable afterwards), expiry, the writer lock, and that failed or cancelled imports and
// crash leftovers leave nothing behind.
#include "VaultTestSupport.h"

#include "crypto/KeychainStore.h"
#include "vault/IndexFile.h"
#include "vault/MasterKeyAccess.h"
#include "vault/VaultHeader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

using namespace vo;
using namespace vo::test;

namespace {

class CancelAfterFirstChunk : public ImportObserver {
public:
    explicit CancelAfterFirstChunk(CancelToken& t) : m_token(t) {}
    void originalStored(qint64, qint64) override { m_token.cancel(); }

private:
    CancelToken& m_token;
};

}  // namespace

class TestVaultCore : public QObject, protected KeychainVaultFixture {
    Q_OBJECT


    static ImportOptions fakeImport(const QString& word, std::optional<qint64> expiresIn = std::nullopt)
    {
        ImportOptions o;
        o.engineFactory = fakeOcr(word);
        o.jobs = 1;
        o.expiresInSeconds = expiresIn;
        return o;
    }

    QString fixture(const QString& name, int w = 64, int h = 48)
    {
        return writeNoisePng(m_tmp.filePath(name), w, h, quint32(qHash(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        QVERIFY(m_tmp.isValid());
    }

    void importReopenReadBack()
    {
        const QString root = newRoot();
        const QString a = fixture(QStringLiteral("alpha.png"), 640, 480);
        const QString b = fixture(QStringLiteral("beta.png"));
        QString idA, idB;
        {
            auto v = createVault(root);
            QVERIFY(v);
            auto ra = v->importFile(a, fakeImport(QStringLiteral("AlphaWord")), nullptr, CancelToken());
            QVERIFY2(ra.ok(), qPrintable(ra.ok() ? QString() : ra.error().message));
            auto rb = v->importFile(b, fakeImport(QStringLiteral("BetaWord")), nullptr, CancelToken());
            QVERIFY(rb.ok());
            idA = ra.value();
            idB = rb.value();
            QCOMPARE(idA.size(), 16);
            QVERIFY(idA != idB);
        }
        auto v = openVault(root);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        const auto docs = v.value()->documents();
        QCOMPARE(docs.size(), size_t(2));
        QCOMPARE(docs[0].name, QStringLiteral("alpha.png"));
        QCOMPARE(docs[0].pages, 1);
        QCOMPARE(docs[0].ocr, OcrState::Done);
        QCOMPARE(docs[0].sensitivity, SensitivityClass::Moderate);
        QCOMPARE(docs[0].created.secsTo(docs[0].expires), 30 * 86400);
        QCOMPARE(v.value()->text(idA).value(), QStringLiteral("AlphaWord"));
        QCOMPARE(v.value()->text(idB).value(), QStringLiteral("BetaWord"));
        QByteArray original;
        QVERIFY(v.value()->readOriginal(idA, [&](const QByteArray& c) -> Result<void> { original += c; return {}; }).ok());
        QCOMPARE(original, fileBytes(a));
        int images = 0;
        QVERIFY(v.value()->visitPages(idA, [&](const OcrPage& p, const PdfImage* img) -> Result<void> {
            images += img ? 1 : 0;
            return p.imageSize == QSize(640, 480) ? Result<void>() : makeError(ErrorCode::Internal, QStringLiteral("size"));
        }).ok());
        QCOMPARE(images, 0);  // images are read only for the PDF export
        // Nothing readable on disk: names, the recognised words, or the original's bytes.
        const QByteArray middle = fileBytes(a).mid(fileBytes(a).size() / 2, 64);
        for (const QString& f : filesBelow(root)) {
            const QByteArray bytes = fileBytes(root + QLatin1Char('/') + f);
            QVERIFY2(!bytes.contains("AlphaWord") && !bytes.contains("alpha.png") && !bytes.contains(middle), qPrintable(f));
        }
        QCOMPARE(v.value()->document(QStringLiteral("0000000000000000")).error().code, ErrorCode::NotFound);
    }

    void deleteNowShredsOldIndexCopies()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        const QString keep = v->importFile(fixture(QStringLiteral("keep.png")), fakeImport(QStringLiteral("Keep")), nullptr, {}).value();
        const QString drop = v->importFile(fixture(QStringLiteral("drop.png")), fakeImport(QStringLiteral("Drop")), nullptr, {}).value();
        const QByteArray oldIndex = fileBytes(root + QStringLiteral("/vault.index"));
        const QStringList blobsBefore = blobFiles(root);
        QCOMPARE(blobsBefore.size(), 6);
        const quint64 epoch = v->keyEpoch();
        auto r = v->remove({drop});
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 1);
        QCOMPARE(v->keyEpoch(), epoch + 1);
        QCOMPARE(blobFiles(root).size(), 3);
        QCOMPARE(v->document(drop).error().code, ErrorCode::NotFound);
        QCOMPARE(v->text(keep).value(), QStringLiteral("Keep"));

        // The keys that exist after the delete: the keychain entry (and no leftover .next).
        auto header = VaultHeader::read(root + QStringLiteral("/vault.header"));
        QVERIFY(header.ok());
        auto current = m_keychain->read(header->account());
        QVERIFY(current.ok());
        QVERIFY(!m_keychain->read(master_key::pendingAccount(header.value())).ok());
        auto oldEnv = index_file::decode(oldIndex);
        QVERIFY(oldEnv.ok());
        auto oldOpen = index_file::open(oldEnv.value(), header.value(), current.value());
        QVERIFY(!oldOpen.ok());
        QCOMPARE(oldOpen.error().code, ErrorCode::Integrity);
        // Control: the same key does open the index committed by the delete.
        auto newEnv = index_file::read(root + QStringLiteral("/vault.index"));
        QVERIFY(newEnv.ok());
        auto newOpen = index_file::open(newEnv.value(), header.value(), current.value());
        QVERIFY(newOpen.ok());
        QCOMPARE(newOpen->documents.size(), size_t(1));
        // Unknown ID: nothing is deleted.
        QCOMPARE(v->remove({keep, QStringLiteral("ffffffffffffffff")}).error().code, ErrorCode::NotFound);
        QCOMPARE(v->documents().size(), size_t(1));
    }

    void deleteNowIsFastForThousandDocuments()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        const QString png = fixture(QStringLiteral("tiny.png"), 8, 8);
        ImportOptions o;
        o.recognize = false;
        QStringList ids;
        for (int i = 0; i < 1000; ++i) {
            auto id = v->importFile(png, o, nullptr, {});
            QVERIFY(id.ok());
            ids << id.value();
        }
        QElapsedTimer t;
        t.start();
        auto r = v->remove({ids.takeAt(500)});
        const qint64 deleteMs = t.elapsed();
        QVERIFY(r.ok());
        v->lock();
        t.restart();
        auto reopened = openVault(root);
        const qint64 openMs = t.elapsed();
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->documents().size(), size_t(999));
        qInfo("1000 documents: delete-now %lld ms, open %lld ms", deleteMs, openMs);
        QVERIFY2(deleteMs < 1000, qPrintable(QString::number(deleteMs)));
    }

    void expiredDocumentsRefuseAndArePurged()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        const QString id = v->importFile(fixture(QStringLiteral("short.png")), fakeImport(QStringLiteral("Soon"), 1), nullptr, {}).value();
        const QString other = v->importFile(fixture(QStringLiteral("long.png")), fakeImport(QStringLiteral("Later")), nullptr, {}).value();
        QCOMPARE(v->text(id).value(), QStringLiteral("Soon"));
        QThread::msleep(1200);
        auto t = v->text(id);
        QCOMPARE(t.error().code, ErrorCode::Expired);
        QVERIFY(t.error().message.contains(QStringLiteral("expired")));
        QCOMPARE(v->readOriginal(id, [](const QByteArray&) -> Result<void> { return {}; }).error().code, ErrorCode::Expired);
        QVERIFY(v->documents()[0].expired);
        QCOMPARE(v->purgeExpired().value(), 1);
        QCOMPARE(v->purgeExpired().value(), 0);
        QCOMPARE(v->text(id).error().code, ErrorCode::Expired);  // tombstone: still "expired", not "unknown"
        QCOMPARE(v->text(other).value(), QStringLiteral("Later"));
        QCOMPARE(blobFiles(root).size(), 3);
        auto audit = v->auditRecords();
        QVERIFY(audit.ok());
        const bool purged = std::any_of(audit->begin(), audit->end(), [&](const AuditRecord& r) {
            return r.action == AuditAction::ExpiryPurged && r.documentId == id && r.pages == 1
                && r.sensitivity == SensitivityClass::Moderate;
        });
        QVERIFY(purged);
        QVERIFY(v->verifyAudit().ok);
    }

    void expiredDocumentsArePurgedAtOpen()
    {
        const QString root = newRoot();
        {
            auto v = createVault(root);
            QVERIFY(v);
            QVERIFY(v->importFile(fixture(QStringLiteral("open.png")), fakeImport(QStringLiteral("X"), 1), nullptr, {}).ok());
        }
        QThread::msleep(1100);
        auto v = openVault(root);
        QVERIFY(v.ok());
        QCOMPARE(v.value()->documents().size(), size_t(0));
        QCOMPARE(blobFiles(root).size(), 0);
    }

    void secondWriterIsRefusedOrReadOnly()
    {
        const QString root = newRoot();
        auto writer = createVault(root);
        QVERIFY(writer);
        const QString id = writer->importFile(fixture(QStringLiteral("lock.png")), fakeImport(QStringLiteral("Locked")), nullptr, {}).value();
        auto second = openVault(root, VaultAccess::ReadWrite);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::VaultUnavailable);
        QVERIFY(second.error().message.contains(QStringLiteral("another")));
        auto reader = openVault(root, VaultAccess::ReadOnlyIfBusy);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->isReadOnly());
        QCOMPARE(reader.value()->text(id).value(), QStringLiteral("Locked"));
        QCOMPARE(reader.value()->remove({id}).error().code, ErrorCode::VaultUnavailable);
        QCOMPARE(reader.value()->importFile(fixture(QStringLiteral("l2.png")), fakeImport(QStringLiteral("Y")), nullptr, {})
                     .error().code, ErrorCode::VaultUnavailable);
        writer->lock();
        auto now = openVault(root, VaultAccess::ReadWrite);
        QVERIFY(now.ok());
    }

    void failedOrCancelledImportLeavesNothing()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        const QByteArray indexBefore = fileBytes(root + QStringLiteral("/vault.index"));
        CancelToken cancelled;
        cancelled.cancel();
        const QString big = fixture(QStringLiteral("big.png"), 1200, 900);  // ~3 MB, many chunks
        QCOMPARE(v->importFile(big, fakeImport(QStringLiteral("Z")), nullptr, cancelled).error().code, ErrorCode::Cancelled);
        CancelToken midway;
        CancelAfterFirstChunk observer(midway);
        QCOMPARE(v->importFile(big, fakeImport(QStringLiteral("Z")), &observer, midway).error().code, ErrorCode::Cancelled);
        // OCR fails after the original was stored: its committed blob must go again.
        ImportOptions failing = fakeImport(QStringLiteral("Z"));
        failing.engineFactory = []() -> Result<std::unique_ptr<OcrEngine>> {
            return makeError(ErrorCode::LanguageMissing, QStringLiteral("no engine"));
        };
        QVERIFY(!v->importFile(big, failing, nullptr, {}).ok());
        QCOMPARE(v->importFile(m_tmp.filePath(QStringLiteral("missing.png")), fakeImport(QStringLiteral("Z")), nullptr, {})
                     .error().code, ErrorCode::InputUnreadable);
        QCOMPARE(blobFiles(root), QStringList());
        QCOMPARE(fileBytes(root + QStringLiteral("/vault.index")), indexBefore);
        QCOMPARE(v->documents().size(), size_t(0));
    }

    void crashLeftoversAreRemovedAtOpen()
    {
        const QString root = newRoot();
        QString id;
        {
            auto v = createVault(root);
            QVERIFY(v);
            id = v->importFile(fixture(QStringLiteral("orph.png")), fakeImport(QStringLiteral("Kept")), nullptr, {}).value();
        }
        const QStringList live = blobFiles(root);
        QVERIFY(writeBytes(root + QStringLiteral("/blobs/0123456789abcdef0123456789abcdef"), QByteArray(100, 'x')));
        QVERIFY(writeBytes(root + QStringLiteral("/blobs/.vaultocr-0011223344556677.part"), QByteArray(10, 'y')));
        // A read-only opener must not touch them (it is not the writer)...
        {
            auto ro = openVault(root, VaultAccess::ReadOnly);
            QVERIFY(ro.ok());
            QCOMPARE(blobFiles(root).size(), live.size() + 2);
        }
        // ...the next writer does.
        auto v = openVault(root);
        QVERIFY(v.ok());
        QCOMPARE(blobFiles(root), live);
        QCOMPARE(v.value()->text(id).value(), QStringLiteral("Kept"));
    }

    void rotateKeyKeepsEverythingReadable()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        const QString id = v->importFile(fixture(QStringLiteral("rot.png")), fakeImport(QStringLiteral("Rotated")), nullptr, {}).value();
        for (int i = 0; i < 3; ++i)
            QVERIFY(v->rotateKey().ok());
        QCOMPARE(v->keyEpoch(), quint64(4));
        v->lock();
        auto again = openVault(root);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->text(id).value(), QStringLiteral("Rotated"));
        const AuditVerifyReport rep = again.value()->verifyAudit();
        QVERIFY2(rep.ok, qPrintable(rep.problem));
        auto records = again.value()->auditRecords();
        QVERIFY(records.ok());
        QCOMPARE(std::count_if(records->begin(), records->end(),
                               [](const AuditRecord& r) { return r.action == AuditAction::KeyRotated; }), 3);
    }

    void settingsAndPerDocumentExpiry()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        QVERIFY(v->setRetention(SensitivityClass::High, 3600).ok());
        ImportOptions o = fakeImport(QStringLiteral("H"));
        o.sensitivity = SensitivityClass::High;
        const QString id = v->importFile(fixture(QStringLiteral("high.png")), o, nullptr, {}).value();
        auto d = v->document(id).value();
        QCOMPARE(d.created.secsTo(d.expires), 3600);
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(3);
        QVERIFY(v->setExpiry(id, later).ok());
        v->lock();
        auto again = openVault(root);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->retention().retentionSeconds(SensitivityClass::High), 3600);
        QCOMPARE(again.value()->document(id).value().expires.toSecsSinceEpoch(), later.toSecsSinceEpoch());
    }

    void correctionsReplaceTheOcrResult()
    {
        const QString root = newRoot();
        auto v = createVault(root);
        QVERIFY(v);
        const QString id = v->importFile(fixture(QStringLiteral("fix.png")), fakeImport(QStringLiteral("Wrnog")), nullptr, {}).value();
        const QStringList blobsBefore = blobFiles(root);
        std::vector<OcrPage> pages;
        QVERIFY(v->visitPages(id, [&](const OcrPage& p, const PdfImage*) -> Result<void> { pages.push_back(p); return {}; }).ok());
        QCOMPARE(pages.size(), size_t(1));
        pages[0].blocks[0].lines[0].words[0].text = QStringLiteral("Wrong");
        QCOMPARE(v->saveCorrections(id, {}).error().code, ErrorCode::Usage);
        QVERIFY(v->saveCorrections(id, pages).ok());
        QCOMPARE(blobFiles(root).size(), blobsBefore.size());
        QVERIFY(blobFiles(root) != blobsBefore);  // a new blob, the old one removed
        v->lock();
        auto again = openVault(root);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->text(id).value(), QStringLiteral("Wrong"));
    }

    void cleanupTestCase() { removeKeychainEntries(); }
};

QTEST_GUILESS_MAIN(TestVaultCore)
#include "TestVaultCore.moc"
