#include "vault/KeyRotation.h"

#include "vault/MasterKeyAccess.h"

#include <QLoggingCategory>

namespace vo::key_rotation {
namespace {

Q_LOGGING_CATEGORY(lcRotation, "vaultocr.vault.rotation")

Result<void> rewrap(const KeyRing& from, const KeyRing& to, VaultIndex& next)
{
    SecureBuffer scratch(kKeyBytes);
    for (DocumentEntry& e : next.documents) {
        auto wrapped = from.rewrapDataKey(to, e.id, e.wrappedKey, scratch);
        if (!wrapped)
            return wrapped.error();
        e.wrappedKey = wrapped.value();
    }
    auto audit = from.unwrapAuditSecret(next.wrappedAuditSecret);
    if (!audit)
        return audit.error();
    auto wrappedAudit = to.wrapAuditSecret(audit.value());
    if (!wrappedAudit)
        return wrappedAudit.error();
    next.wrappedAuditSecret = wrappedAudit.value();
    return {};
}

}  // namespace

Result<void> rotateAndCommit(VaultState& s, VaultIndex next)
{
    if (auto w = s.requireWritable(); !w)
        return w;
    SecureBuffer newKey = SecureBuffer::random(kKeyBytes);
    const KeyRing oldRing = s.ring();
    const KeyRing newRing(newKey, s.header.digest());
    if (auto r = rewrap(oldRing, newRing, next); !r)
        return r;
    auto recovery = oldRing.unwrapRecoveryKey(next.wrappedRecoveryKey);
    if (!recovery)
        return recovery.error();
    auto wrappedRecovery = newRing.wrapRecoveryKey(recovery.value());
    if (!wrappedRecovery)
        return wrappedRecovery.error();
    next.wrappedRecoveryKey = wrappedRecovery.value();
    auto keySlots = master_key::makeSlots(s.header, s.keySlots.epoch + 1, s.keySlots.mode, newKey, recovery.value(),
                                       &s.passphraseKek, s.keySlots.kdf);
    recovery.value().wipe();
    if (!keySlots)
        return keySlots.error();

    const bool keychain = s.keySlots.mode == KeyMode::Keychain;
    const QString pending = master_key::pendingAccount(s.header);
    if (keychain) {
        if (auto w = s.keychain->write(pending, newKey); !w)
            return w;
    }
    if (auto c = s.commitWithKey(std::move(next), std::move(keySlots.value()), std::move(newKey)); !c) {
        if (keychain)
            (void)s.keychain->remove(pending);
        return c;
    }
    if (keychain)
        finishKeychainReplacement(s);
    return {};
}

void finishKeychainReplacement(VaultState& s)
{
    if (auto w = s.keychain->write(s.header.account(), s.masterKey); !w) {
        qCWarning(lcRotation, "keychain entry not replaced yet; the next open finishes it");
        return;
    }
    (void)s.keychain->remove(master_key::pendingAccount(s.header));
}

void dropStalePendingEntry(VaultState& s)
{
    if (s.keySlots.mode == KeyMode::Keychain && s.keychain)
        (void)s.keychain->remove(master_key::pendingAccount(s.header));
}

}  // namespace vo::key_rotation
