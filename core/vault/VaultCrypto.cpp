#include "vault/VaultCrypto.h"

#include <sodium.h>

namespace vo {

QByteArray randomBytes(int size)
{
    ensureSodium();
    QByteArray b(size, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(size));
    return b;
}

QString randomHexId(int bytes) { return QString::fromLatin1(randomBytes(bytes).toHex()); }

QByteArray genericHash(const QByteArray& data, int outBytes)
{
    ensureSodium();
    QByteArray out(outBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(outBytes),
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()),
                       nullptr, 0);
    return out;
}

QByteArray keyedHash(const SecureBuffer& key, const QByteArray& data, int outBytes)
{
    ensureSodium();
    QByteArray out(outBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(outBytes),
                       reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()),
                       key.data(), key.size());
    return out;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

SecureBuffer deriveSubkey(const SecureBuffer& key, quint64 id, const char (&context)[9])
{
    static_assert(crypto_kdf_CONTEXTBYTES == 8);
    ensureSodium();
    SecureBuffer sub(kKeyBytes);
    Q_ASSERT(key.size() == crypto_kdf_KEYBYTES);
    crypto_kdf_derive_from_key(sub.data(), sub.size(), id, context, key.data());
    return sub;
}

QByteArray keyIdentifier(const SecureBuffer& masterKey)
{
    return keyedHash(masterKey, QByteArrayLiteral("VaultOCR master key identifier v1"), 16);
}

}  // namespace vo
