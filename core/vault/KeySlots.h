#pragma once
// The unencrypted front of vault.index: how the master key (MK) can be unlocked. Nothing here is
// secret. It changes whenever the MK rotates, so it is committed in the same file (one rename) as
// the index it unlocks.
//   keychain mode:   the MK itself is in the OS keychain (service VaultOCR, account = vault UUID)
//   passphrase mode: MK wrapped by Argon2id(passphrase, kdf)
//   both modes:      MK wrapped by the recovery key
// keyId identifies the MK (keyed hash) so a stale keychain entry is told apart from tampering.

#include "crypto/PassphraseKdf.h"
#include "util/Result.h"

#include <QByteArray>

namespace vo {

enum class KeyMode : quint8 { Keychain = 1, Passphrase = 2 };

struct KeySlots {
    quint64 epoch = 1;          // +1 per master-key rotation
    KeyMode mode = KeyMode::Keychain;
    KdfParams kdf;              // passphrase mode only
    QByteArray passphraseSlot;  // passphrase mode only
    QByteArray recoverySlot;
    QByteArray keyId;           // keyIdentifier(MK)

    QByteArray serialize() const;
    static Result<KeySlots> parse(const QByteArray& bytes);

    // Associated data for the two wrapped copies of the MK: binds them to this vault's header
    // and to this epoch.
    QByteArray passphraseSlotAd(const QByteArray& headerDigest) const;
    QByteArray recoverySlotAd(const QByteArray& headerDigest) const;
};

}  // namespace vo
