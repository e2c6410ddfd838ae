#include "vault/IndexFile.h"

#include "crypto/Aead.h"
#include "util/AtomicFile.h"
#include "vault/VaultCrypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace vo::index_file {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("IndexFile", s); }
const QByteArray kMagic = QByteArrayLiteral("VOINDEX1");
constexpr int kChecksumBytes = 32;
constexpr qint64 kMaxIndexBytes = qint64(1) << 30;

QByteArray bodyAd(const VaultHeader& header, const QByteArray& slotBytes)
{
    return QByteArrayLiteral("vo-index") + header.digest() + slotBytes;
}

Error damaged() { return makeError(ErrorCode::Integrity, tr("the vault index is damaged or was modified")); }

}  // namespace

Result<QByteArray> encode(const VaultHeader& header, const KeySlots& keySlots, const SecureBuffer& masterKey,
                          const VaultIndex& index)
{
    return encodeSerialized(header, keySlots, masterKey, index.serialize());
}

Result<QByteArray> encodeSerialized(const VaultHeader& header, const KeySlots& keySlots,
                                    const SecureBuffer& masterKey, const QByteArray& indexPlaintext)
{
    const QByteArray slotBytes = keySlots.serialize();
    QByteArray front = kMagic;
    char be[4];
    qToBigEndian<quint32>(quint32(slotBytes.size()), be);
    front.append(be, 4);
    front.append(slotBytes);
    front.append(genericHash(front, kChecksumBytes));
    auto sealed = aead::seal(masterKey, indexPlaintext, bodyAd(header, slotBytes));
    if (!sealed)
        return sealed.error();
    return front + sealed.value();
}

Result<IndexEnvelope> decode(const QByteArray& bytes)
{
    if (bytes.size() < kMagic.size() + 4 + kChecksumBytes || !bytes.startsWith(kMagic))
        return damaged();
    const quint32 n = qFromBigEndian<quint32>(bytes.constData() + kMagic.size());
    const qint64 frontLen = qint64(kMagic.size()) + 4 + qint64(n);
    if (frontLen + kChecksumBytes > bytes.size())
        return damaged();
    if (!constantTimeEquals(genericHash(bytes.left(frontLen), kChecksumBytes), bytes.mid(frontLen, kChecksumBytes)))
        return damaged();
    IndexEnvelope env;
    env.slotBytes = bytes.mid(kMagic.size() + 4, n);
    auto keySlots = KeySlots::parse(env.slotBytes);
    if (!keySlots)
        return keySlots.error();
    env.keySlots = std::move(keySlots.value());
    env.sealedBody = bytes.mid(frontLen + kChecksumBytes);
    return env;
}

Result<IndexEnvelope> read(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::VaultUnavailable, tr("the vault has no index (incomplete or damaged vault)"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::VaultUnavailable, tr("cannot read the vault index"));
    if (f.size() > kMaxIndexBytes)
        return damaged();
    return decode(f.readAll());
}

Result<VaultIndex> open(const IndexEnvelope& env, const VaultHeader& header, const SecureBuffer& masterKey)
{
    auto plain = aead::open(masterKey, env.sealedBody, bodyAd(header, env.slotBytes));
    if (!plain)
        return damaged();
    return VaultIndex::parse(plain.value());
}

Result<void> write(const QString& path, const VaultHeader& header, const KeySlots& keySlots,
                   const SecureBuffer& masterKey, const VaultIndex& index)
{
    auto bytes = encode(header, keySlots, masterKey, index);
    if (!bytes)
        return bytes.error();
    auto file = AtomicFile::create(path, 0600);
    if (!file)
        return file.error();
    if (auto w = file->write(bytes.value()); !w)
        return w;
    return file->commit();
}

}  // namespace vo::index_file
