#pragma once
// vault.header: the one file that never changes after `init`. It names the format and the vault
// (a random UUID, also the keychain account). It holds no secret; its BLAKE2b-256 digest is
// stored in it (to catch corruption early) and bound as associated data into the index, the key
// key slots and the audit trail, so a header swapped from another vault fails authentication there.
//
// Layout (60 bytes): "VAULTOCR" | u16 format version (BE) | u16 reserved (0) | 16-byte UUID |
//                    BLAKE2b-256 of the preceding 28 bytes.

#include "util/Result.h"

#include <QByteArray>
#include <QUuid>

namespace vo {

class VaultHeader {
public:
    static constexpr quint16 kFormatVersion = 1;
    static constexpr int kSize = 60;

    static VaultHeader createNew();  // random UUID
    // Missing file → VaultUnavailable; wrong size, magic, version or digest → Integrity.
    static Result<VaultHeader> read(const QString& path);
    // The file's bytes, already read: what read() checks after opening the file (and what the
    // fuzz target tests/fuzz/fuzz_vault_header feeds). Same errors as read().
    static Result<VaultHeader> parse(const QByteArray& data);
    Result<void> write(const QString& path) const;  // AtomicFile

    const QUuid& uuid() const { return m_uuid; }
    QString account() const { return m_uuid.toString(QUuid::WithoutBraces); }  // keychain account
    QByteArray uuidBytes() const { return m_uuid.toRfc4122(); }
    // BLAKE2b-256 over the header's fields: what other files bind to.
    QByteArray digest() const;

private:
    QByteArray fields() const;
    QUuid m_uuid;
};

}  // namespace vo
