#include "vault/KeyRing.h"

#include "crypto/Aead.h"
#include "vault/VaultCrypto.h"

#include <QCoreApplication>

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

SecureBuffer KeyRing::blobKey(const SecureBuffer& dataKey, BlobRole role)
{
    return deriveSubkey(dataKey, quint64(role), "vo-blob_");
}

}  // namespace vo
