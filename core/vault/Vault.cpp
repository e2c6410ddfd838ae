#include "vault/Vault.h"

#include "vault/ClassChange.h"
#include "vault/DocumentImporter.h"
#include "vault/DocumentReader.h"
#include "vault/IndexFile.h"
#include "vault/KeyRotation.h"
#include "vault/OcrCorrections.h"
#include "vault/VaultState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

namespace vo {
namespace {

Q_LOGGING_CATEGORY(lcVaultOpen, "vaultocr.vault.open")

QString tr(const char* s) { return QCoreApplication::translate("Vault", s); }

DocumentInfo infoOf(const DocumentEntry& e, const QDateTime& now)
{
    return DocumentInfo{e.id, e.name, e.sensitivity, e.pages, e.created, e.expires, e.ocr,
                        e.languages, e.originalBytes, e.isExpiredAt(now)};
}

Result<VaultLock> lockFor(const VaultPaths& paths, VaultAccess access)
{
    if (access == VaultAccess::ReadOnly)
        return VaultLock();
    auto lock = VaultLock::acquire(paths.lockFile());
    if (!lock && access == VaultAccess::ReadOnlyIfBusy)
        return VaultLock();
    return lock;
}

}  // namespace

Vault::Vault(std::unique_ptr<VaultState> state) : d(std::move(state)) {}
Vault::~Vault() { lock(); }

Result<std::unique_ptr<Vault>> Vault::open(const QString& root, VaultOpenOptions options)
{
    auto s = std::make_unique<VaultState>(root);
    auto header = VaultHeader::read(s->paths.header());
    if (!header)
        return header.error();
    s->header = header.value();
    auto lock = lockFor(s->paths, options.access);
    if (!lock)
        return lock.error();
    s->lock = std::move(lock).value();
    s->keychain = defaultKeychain(options.keychain);
    s->policy = options.policy;
    auto env = index_file::read(s->paths.index());
    if (!env)
        return env.error();
    auto keys = master_key::unlock(s->header, env->keySlots, s->keychain.get(), options.passphrase);
    if (!keys && !s->writable() && env->keySlots.mode == KeyMode::Keychain) {
        // A reader can race a writer's key rotation (old index read, new key already in the
        // keychain): read the index once more.
        auto again = index_file::read(s->paths.index());
        if (again && again->slotBytes != env->slotBytes) {
            env = std::move(again);
            keys = master_key::unlock(s->header, env->keySlots, s->keychain.get(), options.passphrase);
        }
    }
    if (!keys)
        return keys.error();
    auto index = index_file::open(env.value(), s->header, keys->masterKey);
    if (!index)
        return index.error();
    s->keySlots = env->keySlots;
    s->index = std::move(index).value();
    s->masterKey = std::move(keys->masterKey);
    s->passphraseKek = std::move(keys->passphraseKek);
    auto auditSecret = s->ring().unwrapAuditSecret(s->index.wrappedAuditSecret);
    if (!auditSecret)
        return auditSecret.error();
    s->audit.emplace(s->paths.audit(), auditSecret.value(), s->header.digest());
    if (s->writable()) {
        if (keys->keychainPending)
            key_rotation::finishKeychainReplacement(*s);
        else
            key_rotation::dropStalePendingEntry(*s);
    }
    std::unique_ptr<Vault> vault(new Vault(std::move(s)));
    if (auto a = vault->afterOpen(options.purgeExpiredOnOpen); !a)
        return a.error();
    return vault;
}

Result<void> Vault::afterOpen(bool purge)
{
    if (d->writable()) {
        d->blobs.removeOrphans(d->index.liveBlobs());
        // AtomicFile's fallback names (file systems without O_TMPFILE) left by a crash.
        for (const QString& n : QDir(d->paths.root()).entryList({QStringLiteral(".vaultocr-*.part")},
                                                               QDir::Files | QDir::Hidden))
            QFile::remove(d->paths.root() + QLatin1Char('/') + n);
    }
    d->recordWithPolicy(AuditAction::Unlocked);
    if (!d->writable())
        return {};
    if (d->policy) {
        VaultIndex next = d->index;
        std::vector<const DocumentEntry*> clamped;
        for (DocumentEntry& e : next.documents) {
            const auto cap = d->policy->maxRetentionSeconds(e.sensitivity);
            if (cap && e.expires > e.created.addSecs(*cap)) {
                e.expires = e.created.addSecs(*cap);
                clamped.push_back(&e);
            }
        }
        if (!clamped.empty()) {
            for (const DocumentEntry* e : clamped)
                d->record(AuditAction::PolicyClamped, e->id, e->sensitivity, e->pages);
            if (auto c = d->commit(std::move(next)); !c)
                return c;
        }
    }
    if (purge) {
        // A purge that cannot be written (a full disk) must not lock the user out of the rest:
        // expired documents are refused on every access anyway, the next open or `vaultocr purge`
        // tries again, and the latter reports the failure as its own error.
        if (auto p = purgeExpired(); !p) {
            if (p.error().code != ErrorCode::OutputNotWritable)
                return p.error();
            qCWarning(lcVaultOpen, "expired documents were not purged yet: %s", qUtf8Printable(p.error().message));
        }
    }
    return {};
}

void Vault::lock()
{
    if (!d || d->masterKey.isEmpty())
        return;
    d->record(AuditAction::Locked);
    if (d->writable())
        (void)d->commit(d->index);  // anchors the audit trail's tail in the index
    d->masterKey.wipe();
    d->passphraseKek.wipe();
    d->audit.reset();
    d->index = VaultIndex();
    d->lock.release();
}

bool Vault::isLocked() const { return d->masterKey.isEmpty(); }
bool Vault::isReadOnly() const { return !d->writable(); }
QUuid Vault::uuid() const { return d->header.uuid(); }
KeyMode Vault::keyMode() const { return d->keySlots.mode; }
quint64 Vault::keyEpoch() const { return d->keySlots.epoch; }
QString Vault::root() const { return d->paths.root(); }
RetentionSettings Vault::retention() const { return d->index.retention; }

std::vector<DocumentInfo> Vault::documents() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<DocumentInfo> out;
    for (const DocumentEntry& e : d->index.documents)
        out.push_back(infoOf(e, now));
    return out;
}

Result<DocumentInfo> Vault::document(const QString& id) const
{
    auto e = d->accessible(id);
    if (!e)
        return e.error();
    return infoOf(*e.value(), QDateTime::currentDateTimeUtc());
}

Result<QString> Vault::importFile(const QString& path, const ImportOptions& options, ImportObserver* observer,
                                  const CancelToken& cancel)
{
    DocumentImporter importer(*d, options, observer, cancel);
    return importer.run(path);
}

Result<void> Vault::visitPages(const QString& id, const PageVisitor& visitor) const
{
    return DocumentReader(*d).visitPages(id, visitor);
}

Result<QString> Vault::text(const QString& id) const { return DocumentReader(*d).text(id); }

Result<void> Vault::readOriginal(const QString& id, const std::function<Result<void>(const QByteArray&)>& sink) const
{
    return DocumentReader(*d).readOriginal(id, sink);
}

Result<void> Vault::exportDocument(const QString& id, const QString& destination, ExportKind kind,
                                   const PdfExportOptions& pdf)
{
    return DocumentReader(*d).exportTo(id, destination, kind, pdf);
}

Result<void> Vault::saveCorrections(const QString& id, const std::vector<OcrPage>& pages)
{
    return saveCorrectedPages(*d, id, pages);
}

Result<int> Vault::remove(const QStringList& ids) { return deleteNow(ids, AuditAction::Deleted); }

Result<int> Vault::purgeExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList expired;
    for (const DocumentEntry& e : d->index.documents) {
        if (e.isExpiredAt(now))
            expired << e.id;
    }
    if (expired.isEmpty())
        return 0;
    return deleteNow(expired, AuditAction::ExpiryPurged);
}

Result<int> Vault::deleteNow(const QStringList& ids, AuditAction action)
{
    if (auto w = d->requireWritable(); !w)
        return w.error();
    VaultIndex next = d->index;
    std::vector<DocumentEntry> removed;
    QStringList blobs;
    for (const QString& id : ids) {
        const DocumentEntry* e = next.find(id);
        if (!e)
            return makeError(ErrorCode::NotFound, tr("no document %1 in the vault; nothing was deleted").arg(id));
        removed.push_back(*e);
        blobs << e->blobs();
        next.remove(id);
        if (action == AuditAction::ExpiryPurged)
            next.addTombstone(id);
    }
    if (auto r = key_rotation::rotateAndCommit(*d, std::move(next)); !r)
        return r.error();
    d->blobs.remove(blobs);
    for (const DocumentEntry& e : removed)
        d->record(action, e.id, e.sensitivity, e.pages);
    d->record(AuditAction::KeyRotated);
    return int(removed.size());
}

Result<void> Vault::rotateKey()
{
    if (auto r = key_rotation::rotateAndCommit(*d, d->index); !r)
        return r;
    d->record(AuditAction::KeyRotated);
    return {};
}

Result<void> Vault::setExpiry(const QString& id, const QDateTime& expires)
{
    if (auto w = d->requireWritable(); !w)
        return w;
    auto current = d->accessible(id);
    if (!current)
        return current.error();
    VaultIndex next = d->index;
    DocumentEntry* e = next.find(id);
    QDateTime when = expires.toUTC();
    if (d->policy) {
        if (const auto cap = d->policy->maxRetentionSeconds(e->sensitivity); cap && when > e->created.addSecs(*cap))
            return makeError(ErrorCode::PolicyForbids,
                             tr("your organisation's policy does not allow keeping this document that long"));
    }
    e->expires = when;
    const DocumentEntry copy = *e;
    if (auto c = d->commit(std::move(next)); !c)
        return c;
    d->record(AuditAction::ExpiryChanged, copy.id, copy.sensitivity, copy.pages);
    return {};
}

Result<void> Vault::setSensitivity(const QString& id, SensitivityClass sensitivity, ClassChangeExpiry expiry)
{
    return changeSensitivity(*d, id, sensitivity, expiry);
}

Result<void> Vault::setRetention(SensitivityClass sensitivity, qint64 seconds)
{
    if (auto w = d->requireWritable(); !w)
        return w;
    if (d->policy) {
        if (const auto cap = d->policy->maxRetentionSeconds(sensitivity); cap && seconds > *cap)
            return makeError(ErrorCode::PolicyForbids,
                             tr("your organisation's policy sets a shorter retention for this class"));
    }
    VaultIndex next = d->index;
    if (auto r = next.retention.setRetentionSeconds(sensitivity, seconds); !r)
        return r;
    if (auto c = d->commit(std::move(next)); !c)
        return c;
    d->record(AuditAction::SettingsChanged, {}, sensitivity);
    return {};
}

Result<std::vector<AuditRecord>> Vault::auditRecords() const
{
    if (!d->audit)
        return makeError(ErrorCode::VaultUnavailable, tr("the vault is locked"));
    return d->audit->readAll();
}

AuditVerifyReport Vault::verifyAudit() const
{
    if (!d->audit)
        return AuditVerifyReport{false, 0, -1, tr("the vault is locked")};
    return d->audit->verify(d->index.auditAnchor);
}

}  // namespace vo
