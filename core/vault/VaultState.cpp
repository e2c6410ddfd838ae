#include "vault/VaultState.h"

#include "crypto/KeychainStore.h"
#include "vault/IndexFile.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace vo {
namespace {

Q_LOGGING_CATEGORY(lcVault, "vaultocr.vault")

QString tr(const char* s) { return QCoreApplication::translate("Vault", s); }

}  // namespace

std::shared_ptr<KeyStore> defaultKeychain(std::shared_ptr<KeyStore> given)
{
    return given ? std::move(given) : std::make_shared<KeychainStore>();
}

Result<void> VaultState::requireWritable() const
{
    if (masterKey.isEmpty())
        return makeError(ErrorCode::VaultUnavailable, tr("the vault is locked"));
    if (!writable())
        return makeError(ErrorCode::VaultUnavailable,
                         tr("the vault is open read-only because another VaultOCR process is using it"));
    return {};
}

Result<void> VaultState::commit(VaultIndex next)
{
    return commitWithKey(std::move(next), keySlots, SecureBuffer::copyOf(masterKey.data(), masterKey.size()));
}

Result<void> VaultState::commitWithKey(VaultIndex next, KeySlots newSlots, SecureBuffer newKey)
{
    if (auto w = requireWritable(); !w)
        return w;
    if (audit) {
        if (auto anchor = audit->currentAnchor())
            next.auditAnchor = anchor.value();
    }
    if (auto w = index_file::write(paths.index(), header, newSlots, newKey, next); !w)
        return makeError(w.error().code, tr("the vault was not changed: %1").arg(w.error().message));
    index = std::move(next);
    keySlots = std::move(newSlots);
    masterKey = std::move(newKey);  // the old key's memory is zeroed and freed here
    return {};
}

void VaultState::record(AuditAction action, const QString& documentId, std::optional<SensitivityClass> sensitivity,
                        int pages, quint8 detail)
{
    if (!audit)
        return;
    if (auto r = audit->append(action, documentId, sensitivity, pages, detail); !r)
        qCWarning(lcVault, "audit record not written (action %d)", int(action));
}

void VaultState::recordWithPolicy(AuditAction action)
{
    if (!audit)
        return;
    const QByteArray hash = policy ? policy->policyHash() : QByteArray();
    if (auto r = audit->append(action, {}, std::nullopt, 0, 0, hash); !r)
        qCWarning(lcVault, "audit record not written (action %d)", int(action));
}

Result<const DocumentEntry*> VaultState::accessible(const QString& id) const
{
    if (masterKey.isEmpty())
        return makeError(ErrorCode::VaultUnavailable, tr("the vault is locked"));
    const DocumentEntry* e = index.find(id);
    if (!e) {
        if (index.expiredIds.contains(id))
            return makeError(ErrorCode::Expired, tr("document %1 expired and was purged").arg(id));
        return makeError(ErrorCode::NotFound, tr("no document %1 in the vault").arg(id));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (e->isExpiredAt(now))
        return makeError(ErrorCode::Expired, tr("document %1 expired").arg(id));
    if (policy) {
        if (const auto cap = policy->maxRetentionSeconds(e->sensitivity); cap && e->created.addSecs(*cap) <= now)
            return makeError(ErrorCode::Expired, tr("document %1 expired").arg(id));
    }
    return e;
}

}  // namespace vo
