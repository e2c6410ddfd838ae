#pragma once
// Small helpers the vault needs on top of core/crypto: random IDs, BLAKE2b (plain and keyed),
// sub-key derivation (crypto_kdf) and a key identifier. Keys stay in SecureBuffer throughout;
// only non-secret values (IDs, digests, MACs) come back as QByteArray.

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace vo {

QByteArray randomBytes(int size);               // not secret: IDs, UUIDs
QString randomHexId(int bytes);                 // lower-case hex of `bytes` random bytes
QByteArray genericHash(const QByteArray& data, int outBytes);  // BLAKE2b, unkeyed
QByteArray keyedHash(const SecureBuffer& key, const QByteArray& data, int outBytes);  // BLAKE2b MAC
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

// crypto_kdf_derive_from_key: a 32-byte sub-key `id` of a 32-byte key, in context `context`
// (exactly 8 characters). Used so one stored secret yields independent keys per purpose.
SecureBuffer deriveSubkey(const SecureBuffer& key, quint64 id, const char (&context)[9]);

// 16 bytes that identify a master key without revealing it (a keyed hash of a constant). Lets
// the vault tell "this keychain entry belongs to another key" from "the index was modified".
QByteArray keyIdentifier(const SecureBuffer& masterKey);

}  // namespace vo
