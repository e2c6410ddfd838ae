// Vault::create and Vault::recover: the two ways a vault gets a master key put somewhere.
#include "vault/Vault.h"

#include "crypto/RecoveryKey.h"
#include "vault/IndexFile.h"
#include "vault/KeyRotation.h"
#include "vault/VaultState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("Vault", s); }

Result<SecureBuffer> passphraseKek(const PassphraseSource& source, const KdfParams& kdf)
{
    if (!source)
        return makeError(ErrorCode::Usage, tr("a passphrase is needed"));
    auto pass = source();
    if (!pass)
        return pass.error();
    return deriveKey(pass.value(), kdf);
}

}  // namespace

Result<CreatedVault> Vault::create(const QString& root, VaultCreateOptions options)
{
    if (options.policy) {
        if (auto p = options.policy->checkKeyMode(options.mode); !p)
            return p.error();
    }
    auto s = std::make_unique<VaultState>(root);
    if (QFile::exists(s->paths.index()))
        return makeError(ErrorCode::Usage, tr("a vault already exists in this folder"));
    if (!QDir().mkpath(s->paths.blobDir()))
        return makeError(ErrorCode::OutputNotWritable, tr("cannot create the vault folder"));
    QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto lock = VaultLock::acquire(s->paths.lockFile());
    if (!lock)
        return lock.error();
    s->lock = std::move(lock).value();
    s->header = VaultHeader::createNew();
    s->keychain = defaultKeychain(options.keychain);
    s->policy = options.policy;

    SecureBuffer mk = SecureBuffer::random(kKeyBytes);
    SecureBuffer rk = SecureBuffer::random(kKeyBytes);
    KdfParams kdf;
    if (options.mode == KeyMode::Passphrase) {
        kdf = KdfParams::moderate();
        auto kek = passphraseKek(options.passphrase, kdf);
        if (!kek)
            return kek.error();
        s->passphraseKek = std::move(kek).value();
    }
    auto keySlots = master_key::makeSlots(s->header, 1, options.mode, mk, rk, &s->passphraseKek, kdf);
    if (!keySlots)
        return keySlots.error();
    const KeyRing ring(mk, s->header.digest());
    SecureBuffer auditSecret = SecureBuffer::random(kKeyBytes);
    VaultIndex index;
    auto wa = ring.wrapAuditSecret(auditSecret);
    auto wr = ring.wrapRecoveryKey(rk);
    if (!wa || !wr)
        return makeError(ErrorCode::Internal, tr("cannot wrap the vault's keys"));
    index.wrappedAuditSecret = wa.value();
    index.wrappedRecoveryKey = wr.value();
    if (options.mode == KeyMode::Keychain) {
        if (auto w = s->keychain->write(s->header.account(), mk); !w)
            return makeError(ErrorCode::AuthFailed,
                             tr("cannot store the vault key in the OS keychain (%1); without a keychain, "
                                "use 'vaultocr init --passphrase'").arg(w.error().message));
    }
    if (auto w = s->header.write(s->paths.header()); !w)
        return w.error();
    s->masterKey = SecureBuffer::copyOf(mk.data(), mk.size());
    if (auto c = s->commitWithKey(std::move(index), std::move(keySlots).value(), std::move(mk)); !c)
        return c.error();
    s->audit.emplace(s->paths.audit(), auditSecret, s->header.digest());
    s->recordWithPolicy(AuditAction::VaultCreated);
    CreatedVault created{std::unique_ptr<Vault>(new Vault(std::move(s))), formatRecoveryKey(rk)};
    return created;
}

Result<std::unique_ptr<Vault>> Vault::recover(const QString& root, const SecureBuffer& recoveryKeyText,
                                              VaultRecoverOptions options)
{
    // Recovering into the keychain would loosen a "passphrase required" rule.
    if (options.policy) {
        if (auto p = options.policy->checkKeyMode(options.mode); !p)
            return p.error();
    }
    auto s = std::make_unique<VaultState>(root);
    s->policy = options.policy;
    auto header = VaultHeader::read(s->paths.header());
    if (!header)
        return header.error();
    s->header = header.value();
    auto lock = VaultLock::acquire(s->paths.lockFile());
    if (!lock)
        return lock.error();
    s->lock = std::move(lock).value();
    auto env = index_file::read(s->paths.index());
    if (!env)
        return env.error();
    auto rk = parseRecoveryKey(recoveryKeyText);
    if (!rk)
        return rk.error();
    auto mk = master_key::unlockWithRecoveryKey(s->header, env->keySlots, rk.value());
    if (!mk)
        return mk.error();
    auto index = index_file::open(env.value(), s->header, mk.value());
    if (!index)
        return index.error();
    s->keychain = defaultKeychain(options.keychain);
    KdfParams kdf;
    if (options.mode == KeyMode::Passphrase) {
        kdf = KdfParams::moderate();
        auto kek = passphraseKek(options.newPassphrase, kdf);
        if (!kek)
            return kek.error();
        s->passphraseKek = std::move(kek).value();
    } else if (auto w = s->keychain->write(s->header.account(), mk.value()); !w) {
        return w.error();
    }
    auto keySlots = master_key::makeSlots(s->header, env->keySlots.epoch, options.mode, mk.value(), rk.value(),
                                       &s->passphraseKek, kdf);
    if (!keySlots)
        return keySlots.error();
    s->keySlots = env->keySlots;
    s->masterKey = SecureBuffer::copyOf(mk->data(), mk->size());
    s->index = index.value();
    if (auto c = s->commitWithKey(std::move(index).value(), std::move(keySlots).value(), std::move(mk).value()); !c)
        return c.error();
    if (options.mode == KeyMode::Passphrase)
        (void)s->keychain->remove(s->header.account());  // the key no longer belongs in the keychain
    key_rotation::dropStalePendingEntry(*s);
    auto auditSecret = s->ring().unwrapAuditSecret(s->index.wrappedAuditSecret);
    if (!auditSecret)
        return auditSecret.error();
    s->audit.emplace(s->paths.audit(), auditSecret.value(), s->header.digest());
    s->record(AuditAction::Recovered);
    std::unique_ptr<Vault> vault(new Vault(std::move(s)));
    if (auto a = vault->afterOpen(true); !a)
        return a.error();
    return vault;
}

}  // namespace vo
