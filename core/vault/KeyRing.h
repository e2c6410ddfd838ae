#pragma once
// The unlocked master key (MK) and what it protects: per-document data keys, the audit secret
// and the recovery key, each wrapped under the MK with XChaCha20-Poly1305 and associated data
// that names its role, the vault (header digest) and, for data keys, the document. A wrapped key
// moved to another document or role fails to unwrap.

#include "crypto/SecureBuffer.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace vo {

// The sub-keys one data key yields, one per blob, so blobs of one document cannot be swapped.
enum class BlobRole : quint64 { Original = 1, Ocr = 2, Images = 3 };

class KeyRing {
public:
    KeyRing(const SecureBuffer& masterKey, QByteArray headerDigest)
        : m_mk(masterKey), m_headerDigest(std::move(headerDigest)) {}

    Result<QByteArray> wrapDataKey(const QString& documentId, const SecureBuffer& dataKey) const;
    Result<SecureBuffer> unwrapDataKey(const QString& documentId, const QByteArray& wrapped) const;
    Result<QByteArray> wrapAuditSecret(const SecureBuffer& secret) const;
    Result<SecureBuffer> unwrapAuditSecret(const QByteArray& wrapped) const;
    Result<QByteArray> wrapRecoveryKey(const SecureBuffer& key) const;
    Result<SecureBuffer> unwrapRecoveryKey(const QByteArray& wrapped) const;

    // Moves a data key from this ring's wrapping to `to`'s, for key rotation. Same format as
    // aead::wrapKey, but the key passes through `scratch` (32 secure bytes, reused for every
    // document) instead of a fresh sodium_malloc per key: guarded allocations cost ~0.3 ms each
    // (mmap, mprotect, mlock), which alone made a 1,000-document rotation take half a second.
    Result<QByteArray> rewrapDataKey(const KeyRing& to, const QString& documentId, const QByteArray& wrapped,
                                     SecureBuffer& scratch) const;

    static SecureBuffer blobKey(const SecureBuffer& dataKey, BlobRole role);

private:
    Result<QByteArray> wrap(const QByteArray& ad, const SecureBuffer& key) const;
    Result<SecureBuffer> unwrap(const QByteArray& ad, const QByteArray& wrapped) const;

    const SecureBuffer& m_mk;
    QByteArray m_headerDigest;
};

}  // namespace vo
