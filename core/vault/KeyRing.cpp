#include "vault/KeyRing.h"

#include "crypto/Aead.h"
#include "vault/VaultCrypto.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vo {

Result<QByteArray> KeyRing::wrap(const QByteArray& ad, const SecureBuffer& key) const
{
    return aead::wrapKey(m_mk, key, ad + m_headerDigest);
}

Result<SecureBuffer> KeyRing::unwrap(const QByteArray& ad, const QByteArray& wrapped) const
{
    auto key = aead::unwrapKey(m_mk, wrapped, ad + m_headerDigest);
    if (!key)
        return makeError(ErrorCode::Integrity,
                         QCoreApplication::translate("KeyRing", "a wrapped key in the vault index failed authentication"));
    return key;
}

Result<QByteArray> KeyRing::wrapDataKey(const QString& documentId, const SecureBuffer& dataKey) const
{
    return wrap(QByteArrayLiteral("vo-dk:") + documentId.toLatin1(), dataKey);
}

Result<SecureBuffer> KeyRing::unwrapDataKey(const QString& documentId, const QByteArray& wrapped) const
{
    return unwrap(QByteArrayLiteral("vo-dk:") + documentId.toLatin1(), wrapped);
}

Result<QByteArray> KeyRing::wrapAuditSecret(const SecureBuffer& secret) const
{
    return wrap(QByteArrayLiteral("vo-audit-secret"), secret);
}

Result<SecureBuffer> KeyRing::unwrapAuditSecret(const QByteArray& wrapped) const
{
    return unwrap(QByteArrayLiteral("vo-audit-secret"), wrapped);
}

Result<QByteArray> KeyRing::wrapRecoveryKey(const SecureBuffer& key) const
{
    return wrap(QByteArrayLiteral("vo-recovery-key"), key);
}

Result<SecureBuffer> KeyRing::unwrapRecoveryKey(const QByteArray& wrapped) const
{
    return unwrap(QByteArrayLiteral("vo-recovery-key"), wrapped);
}

Result<QByteArray> KeyRing::rewrapDataKey(const KeyRing& to, const QString& documentId, const QByteArray& wrapped,
                                          SecureBuffer& scratch) const
{
    constexpr qsizetype kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr qsizetype kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    const QByteArray ad = QByteArrayLiteral("vo-dk:") + documentId.toLatin1();
    const QByteArray fromAd = ad + m_headerDigest;
    const QByteArray toAd = ad + to.m_headerDigest;
    const auto* in = reinterpret_cast<const unsigned char*>(wrapped.constData());
    if (scratch.size() != kKeyBytes || wrapped.size() != kNonce + qsizetype(kKeyBytes) + kTag
        || crypto_aead_xchacha20poly1305_ietf_decrypt(
               scratch.data(), nullptr, nullptr, in + kNonce, size_t(wrapped.size() - kNonce),
               reinterpret_cast<const unsigned char*>(fromAd.constData()), size_t(fromAd.size()), in, m_mk.data()) != 0)
        return makeError(ErrorCode::Integrity,
                         QCoreApplication::translate("KeyRing", "a wrapped key in the vault index failed authentication"));
    QByteArray out(wrapped.size(), Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(o, kNonce);
    crypto_aead_xchacha20poly1305_ietf_encrypt(o + kNonce, nullptr, scratch.data(), kKeyBytes,
                                               reinterpret_cast<const unsigned char*>(toAd.constData()),
                                               size_t(toAd.size()), nullptr, o, to.m_mk.data());
    sodium_memzero(scratch.data(), scratch.size());
    return out;
}

SecureBuffer KeyRing::blobKey(const SecureBuffer& dataKey, BlobRole role)
{
    return deriveSubkey(dataKey, quint64(role), "vo-blob_");
}

}  // namespace vo
