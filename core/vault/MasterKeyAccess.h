#pragma once
// Getting the master key (MK) out of wherever it is kept, and building the key slots for a new
// one. Keychain mode keeps the MK under the account <vault UUID>; while a rotation is in flight
// the next MK waits under <vault UUID>.next, so a crash between "index committed" and "keychain
// replaced" still opens (with whichever entry matches the index's key identifier).

#include "crypto/KeyStore.h"
#include "crypto/PassphraseKdf.h"
#include "vault/KeySlots.h"
#include "vault/VaultHeader.h"

#include <functional>

namespace vo {

using PassphraseSource = std::function<Result<SecureBuffer>()>;

struct UnlockedKeys {
    SecureBuffer masterKey;
    SecureBuffer passphraseKek;    // passphrase mode: kept to wrap the next MK on rotation
    bool keychainPending = false;  // the MK came from the .next entry: finish the rotation
};

namespace master_key {

QString pendingAccount(const VaultHeader& header);

// Keychain mode reads `keychain` (a missing entry → AuthFailed with the recovery hint); passphrase
// mode asks `passphrase` once (wrong passphrase → AuthFailed).
Result<UnlockedKeys> unlock(const VaultHeader& header, const KeySlots& keySlots, KeyStore* keychain,
                            const PassphraseSource& passphrase);
// The recovery key (raw 32 bytes) unwraps the recovery slot; a wrong key → AuthFailed.
Result<SecureBuffer> unlockWithRecoveryKey(const VaultHeader& header, const KeySlots& keySlots,
                                           const SecureBuffer& recoveryKey);
// Slots for `mk` at `epoch`: the recovery slot always, the passphrase slot when `kek` is set.
Result<KeySlots> makeSlots(const VaultHeader& header, quint64 epoch, KeyMode mode, const SecureBuffer& mk,
                           const SecureBuffer& recoveryKey, const SecureBuffer* kek, const KdfParams& kdf);

}  // namespace master_key
}  // namespace vo
