#include "crypto/Aead.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vo::aead {
namespace {

static_assert(kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

QString tr(const char* s) { return QCoreApplication::translate("Aead", s); }

const unsigned char* bytes(const QByteArray& a) { return reinterpret_cast<const unsigned char*>(a.constData()); }

Result<void> checkKey(const SecureBuffer& key)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Internal, tr("libsodium failed to initialise"));
    if (key.size() != kKeyBytes)
        return makeError(ErrorCode::Internal, tr("encryption key has the wrong length"));
    return {};
}

Error integrityError()
{
    return makeError(ErrorCode::Integrity,
                     tr("the data failed its integrity check: it was tampered with, is damaged, or the key is wrong"));
}

// out must hold size + kOverheadBytes.
void sealRaw(const SecureBuffer& key, const unsigned char* plain, size_t size, const QByteArray& ad, unsigned char* out)
{
    randombytes_buf(out, kNonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonceBytes, nullptr, plain, size, bytes(ad), size_t(ad.size()),
                                               nullptr, out, key.data());
}

// out must hold sealed.size() - kOverheadBytes.
bool openRaw(const SecureBuffer& key, const QByteArray& sealed, const QByteArray& ad, unsigned char* out)
{
    const auto* in = bytes(sealed);
    return crypto_aead_xchacha20poly1305_ietf_decrypt(out, nullptr, nullptr, in + kNonceBytes,
                                                      size_t(sealed.size()) - kNonceBytes, bytes(ad),
                                                      size_t(ad.size()), in, key.data())
           == 0;
}

}  // namespace

Result<QByteArray> seal(const SecureBuffer& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    if (auto k = checkKey(key); !k)
        return k.error();
    QByteArray out(plaintext.size() + qsizetype(kOverheadBytes), Qt::Uninitialized);
    sealRaw(key, bytes(plaintext), size_t(plaintext.size()), associatedData, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

Result<QByteArray> open(const SecureBuffer& key, const QByteArray& sealed, const QByteArray& associatedData)
{
    if (auto k = checkKey(key); !k)
        return k.error();
    if (size_t(sealed.size()) < kOverheadBytes)
        return integrityError();
    QByteArray out(sealed.size() - qsizetype(kOverheadBytes), Qt::Uninitialized);
    if (!openRaw(key, sealed, associatedData, reinterpret_cast<unsigned char*>(out.data()))) {
        sodium_memzero(out.data(), size_t(out.size()));
        return integrityError();
    }
    return out;
}

Result<QByteArray> wrapKey(const SecureBuffer& kek, const SecureBuffer& key, const QByteArray& associatedData)
{
    if (auto k = checkKey(kek); !k)
        return k.error();
    if (key.isEmpty())
        return makeError(ErrorCode::Internal, tr("cannot wrap an empty key"));
    QByteArray out(qsizetype(key.size() + kOverheadBytes), Qt::Uninitialized);
    sealRaw(kek, key.data(), key.size(), associatedData, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

Result<SecureBuffer> unwrapKey(const SecureBuffer& kek, const QByteArray& wrapped, const QByteArray& associatedData)
{
    if (auto k = checkKey(kek); !k)
        return k.error();
    if (size_t(wrapped.size()) <= kOverheadBytes)
        return integrityError();
    SecureBuffer key(size_t(wrapped.size()) - kOverheadBytes);
    if (!openRaw(kek, wrapped, associatedData, key.data()))
        return integrityError();
    return key;
}

}  // namespace vo::aead
