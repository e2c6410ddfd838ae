#include "vault/MasterKeyAccess.h"

#include "crypto/Aead.h"
#include "vault/VaultCrypto.h"

#include <QCoreApplication>

namespace vo::master_key {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("MasterKeyAccess", s); }

bool matches(const SecureBuffer& key, const KeySlots& keySlots)
{
    return key.size() == kKeyBytes && constantTimeEquals(keyIdentifier(key), keySlots.keyId);
}

Result<UnlockedKeys> unlockFromKeychain(const VaultHeader& header, const KeySlots& keySlots, KeyStore* keychain)
{
    if (!keychain)
        return makeError(ErrorCode::Internal, tr("no keychain to read the vault key from"));
    auto current = keychain->read(header.account());
    if (current && matches(current.value(), keySlots))
        return UnlockedKeys{std::move(current.value()), {}, false};
    // Either a rotation was interrupted after the index was committed, or the entry is missing.
    auto pending = keychain->read(pendingAccount(header));
    if (pending && matches(pending.value(), keySlots))
        return UnlockedKeys{std::move(pending.value()), {}, true};
    if (!current)
        return current.error();
    return makeError(ErrorCode::AuthFailed,
                     tr("the key in the keychain does not unlock this vault (use 'vaultocr recover' "
                        "with your recovery key)"));
}

Result<UnlockedKeys> unlockWithPassphrase(const VaultHeader& header, const KeySlots& keySlots,
                                          const PassphraseSource& passphrase)
{
    if (!passphrase)
        return makeError(ErrorCode::AuthFailed, tr("this vault needs its passphrase"));
    auto pass = passphrase();
    if (!pass)
        return pass.error();
    auto kek = deriveKey(pass.value(), keySlots.kdf);
    pass.value().wipe();
    if (!kek)
        return kek.error().code == ErrorCode::Usage
                   ? makeError(ErrorCode::Integrity, tr("the vault's key derivation parameters were modified"))
                   : kek.error();
    auto mk = aead::unwrapKey(kek.value(), keySlots.passphraseSlot, keySlots.passphraseSlotAd(header.digest()));
    if (!mk)
        return makeError(ErrorCode::AuthFailed, tr("wrong passphrase"));
    if (!matches(mk.value(), keySlots))
        return makeError(ErrorCode::Integrity, tr("the vault index is damaged or was modified"));
    return UnlockedKeys{std::move(mk.value()), std::move(kek.value()), false};
}

}  // namespace

QString pendingAccount(const VaultHeader& header) { return header.account() + QStringLiteral(".next"); }

Result<UnlockedKeys> unlock(const VaultHeader& header, const KeySlots& keySlots, KeyStore* keychain,
                            const PassphraseSource& passphrase)
{
    if (keySlots.mode == KeyMode::Passphrase)
        return unlockWithPassphrase(header, keySlots, passphrase);
    return unlockFromKeychain(header, keySlots, keychain);
}

Result<SecureBuffer> unlockWithRecoveryKey(const VaultHeader& header, const KeySlots& keySlots,
                                           const SecureBuffer& recoveryKey)
{
    auto mk = aead::unwrapKey(recoveryKey, keySlots.recoverySlot, keySlots.recoverySlotAd(header.digest()));
    if (!mk)
        return makeError(ErrorCode::AuthFailed, tr("the recovery key does not unlock this vault"));
    if (!matches(mk.value(), keySlots))
        return makeError(ErrorCode::Integrity, tr("the vault index is damaged or was modified"));
    return mk;
}

Result<KeySlots> makeSlots(const VaultHeader& header, quint64 epoch, KeyMode mode, const SecureBuffer& mk,
                           const SecureBuffer& recoveryKey, const SecureBuffer* kek, const KdfParams& kdf)
{
    KeySlots s;
    s.epoch = epoch;
    s.mode = mode;
    s.keyId = keyIdentifier(mk);
    auto rec = aead::wrapKey(recoveryKey, mk, s.recoverySlotAd(header.digest()));
    if (!rec)
        return rec.error();
    s.recoverySlot = rec.value();
    if (mode == KeyMode::Passphrase) {
        if (!kek || kek->isEmpty())
            return makeError(ErrorCode::Internal, tr("passphrase mode needs a passphrase key"));
        s.kdf = kdf;
        auto pass = aead::wrapKey(*kek, mk, s.passphraseSlotAd(header.digest()));
        if (!pass)
            return pass.error();
        s.passphraseSlot = pass.value();
    }
    return s;
}

}  // namespace vo::master_key
