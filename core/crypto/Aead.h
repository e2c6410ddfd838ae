#pragma once
// XChaCha20-Poly1305-IETF for small items (wrapped keys, the index, headers).
// Output layout: 24-byte random nonce || ciphertext || 16-byte tag.
// Any failure to open (wrong key, wrong associated data, flipped or missing byte) is
// ErrorCode::Integrity with a one-line message; no partial plaintext is ever returned.

#include "crypto/SecureBuffer.h"
#include "util/Result.h"

#include <QByteArray>

namespace vo::aead {

constexpr size_t kNonceBytes = 24;
constexpr size_t kTagBytes = 16;
constexpr size_t kOverheadBytes = kNonceBytes + kTagBytes;

Result<QByteArray> seal(const SecureBuffer& key, const QByteArray& plaintext, const QByteArray& associatedData);
Result<QByteArray> open(const SecureBuffer& key, const QByteArray& sealed, const QByteArray& associatedData);

// Key wrapping: the key bytes go from secure memory to secure memory, never through a QByteArray.
Result<QByteArray> wrapKey(const SecureBuffer& kek, const SecureBuffer& key, const QByteArray& associatedData);
Result<SecureBuffer> unwrapKey(const SecureBuffer& kek, const QByteArray& wrapped, const QByteArray& associatedData);

}  // namespace vo::aead
