#pragma once
// vault.index on disk — the vault's commit point:
//   "VOINDEX1" | u32 BE n | KeySlots (n bytes) | BLAKE2b-256 of everything before it |
//   XChaCha20-Poly1305(MK, VaultIndex, AD = "vo-index" | header digest | KeySlots bytes)
// The checksum makes a damaged front a clear Integrity error before any key is tried; the AEAD
// authenticates the whole file under the master key.

#include "crypto/SecureBuffer.h"
#include "util/Result.h"
#include "vault/KeySlots.h"
#include "vault/VaultHeader.h"
#include "vault/VaultIndex.h"

namespace vo {

struct IndexEnvelope {
    KeySlots keySlots;
    QByteArray slotBytes;
    QByteArray sealedBody;
};

namespace index_file {

Result<QByteArray> encode(const VaultHeader& header, const KeySlots& keySlots, const SecureBuffer& masterKey,
                          const VaultIndex& index);
// The same with the index already serialised (VaultIndex::serialize()); encode() goes through it.
// The fuzz target seals arbitrary plaintext with it to reach open()'s parser.
Result<QByteArray> encodeSerialized(const VaultHeader& header, const KeySlots& keySlots,
                                    const SecureBuffer& masterKey, const QByteArray& indexPlaintext);
// Missing → VaultUnavailable; damaged front → Integrity.
Result<IndexEnvelope> read(const QString& path);
Result<IndexEnvelope> decode(const QByteArray& bytes);
// Wrong key or modified body → Integrity.
Result<VaultIndex> open(const IndexEnvelope& env, const VaultHeader& header, const SecureBuffer& masterKey);
// Encrypts and commits atomically (AtomicFile: new file, fsync, rename, directory fsync).
Result<void> write(const QString& path, const VaultHeader& header, const KeySlots& keySlots,
                   const SecureBuffer& masterKey, const VaultIndex& index);

}  // namespace index_file
}  // namespace vo
