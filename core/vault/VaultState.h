#pragma once
// Internal: everything an open vault holds, shared by Vault and the helpers that implement its
// operations (DocumentImporter, DocumentReader, KeyRotation). Not part of the public API.

#include "crypto/KeyStore.h"
#include "vault/AuditLog.h"
#include "vault/BlobStore.h"
#include "vault/KeyRing.h"
#include "vault/KeySlots.h"
#include "vault/VaultHeader.h"
#include "vault/VaultIndex.h"
#include "vault/VaultLock.h"
#include "vault/VaultPaths.h"
#include "vault/VaultPolicy.h"

#include <memory>
#include <optional>

namespace vo {

struct VaultState {
    explicit VaultState(const QString& root) : paths(root), blobs(paths.blobDir()) {}

    VaultPaths paths;
    BlobStore blobs;
    VaultHeader header;
    KeySlots keySlots;
    VaultIndex index;
    SecureBuffer masterKey;
    SecureBuffer passphraseKek;  // passphrase mode only
    std::shared_ptr<KeyStore> keychain;
    std::shared_ptr<const VaultPolicy> policy;
    VaultLock lock;              // held ⇔ this process is the vault's writer
    std::optional<AuditLog> audit;

    bool writable() const { return lock.isHeld(); }
    KeyRing ring() const { return KeyRing(masterKey, header.digest()); }
    Result<void> requireWritable() const;

    // Commits `next` as the index under `keySlots`/`key` (the commit point of every change), with
    // the audit trail's current anchor; on success the state adopts all three.
    Result<void> commit(VaultIndex next);
    Result<void> commitWithKey(VaultIndex next, KeySlots newSlots, SecureBuffer newKey);
    // Appends an audit record; a failure is logged (without content) but does not undo the
    // operation that has already been committed.
    void record(AuditAction action, const QString& documentId = {},
                std::optional<SensitivityClass> sensitivity = std::nullopt, int pages = 0, quint8 detail = 0);
    // "unlocked" / "vault-created", carrying the organisation's policy hash (if a policy is in force).
    void recordWithPolicy(AuditAction action);
    // Access check for reading a document: NotFound, or Expired from the instant it expires
    // (or, in a read-only open that could not clamp the index, from the policy's cap).
    Result<const DocumentEntry*> accessible(const QString& id) const;
};

// The given key store, or the OS keychain (service "VaultOCR").
std::shared_ptr<KeyStore> defaultKeychain(std::shared_ptr<KeyStore> given);

}  // namespace vo
