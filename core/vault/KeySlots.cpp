#include "vault/KeySlots.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace vo {
namespace {

constexpr quint16 kSlotsVersion = 1;

QByteArray slotAd(const char* role, const QByteArray& headerDigest, quint64 epoch)
{
    return QByteArray(role) + headerDigest + QByteArray::number(epoch);
}

}  // namespace

QByteArray KeySlots::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kSlotsVersion << epoch << quint8(mode) << kdf.opsLimit << kdf.memLimit << kdf.salt << passphraseSlot
      << recoverySlot << keyId;
    return out;
}

Result<KeySlots> KeySlots::parse(const QByteArray& bytes)
{
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    KeySlots k;
    quint16 version = 0;
    quint8 mode = 0;
    s >> version >> k.epoch >> mode >> k.kdf.opsLimit >> k.kdf.memLimit >> k.kdf.salt >> k.passphraseSlot
      >> k.recoverySlot >> k.keyId;
    const bool modeOk = mode == quint8(KeyMode::Keychain) || mode == quint8(KeyMode::Passphrase);
    if (s.status() != QDataStream::Ok || !s.atEnd() || version != kSlotsVersion || !modeOk
        || k.keyId.size() != 16)
        return makeError(ErrorCode::Integrity,
                         QCoreApplication::translate("KeySlots", "the vault's key keySlots are malformed"));
    k.mode = KeyMode(mode);
    return k;
}

QByteArray KeySlots::passphraseSlotAd(const QByteArray& headerDigest) const
{
    // The KDF parameters are bound too: lowering them in the file breaks the unwrap.
    return slotAd("vo-slot-passphrase", headerDigest, epoch) + QByteArray::number(kdf.opsLimit)
         + QByteArray::number(kdf.memLimit) + kdf.salt;
}

QByteArray KeySlots::recoverySlotAd(const QByteArray& headerDigest) const
{
    return slotAd("vo-slot-recovery", headerDigest, epoch);
}

}  // namespace vo
