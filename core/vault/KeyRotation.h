#pragma once
// Crypto-shredding: a new master key (MK) replaces the old one and everything under the old MK
// becomes undecryptable with the keys that still exist. Only keys are re-wrapped (data keys,
// audit secret, recovery key), never content, so it costs milliseconds for 1,000 documents.
//
// Keychain mode order, each step crash-safe:
//   1. new MK → keychain <uuid>.next      (crash: old index + old entry still match)
//   2. commit the index under the new MK  (crash: open finds the MK under .next and finishes)
//   3. new MK → keychain <uuid>, remove <uuid>.next; the old MK is wiped from memory.
// Passphrase mode needs no step 1/3: the new MK is wrapped under the same passphrase key.

#include "vault/VaultState.h"

namespace vo::key_rotation {

Result<void> rotateAndCommit(VaultState& state, VaultIndex next);
// Step 3, for a vault opened with the MK from <uuid>.next. Failures are left for the next open.
void finishKeychainReplacement(VaultState& state);
// Removes a <uuid>.next left by a rotation that crashed before its commit.
void dropStalePendingEntry(VaultState& state);

}  // namespace vo::key_rotation
