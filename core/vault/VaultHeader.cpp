#include "vault/VaultHeader.h"

#include "util/AtomicFile.h"
#include "vault/VaultCrypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("VaultHeader", s); }
const QByteArray kMagic = QByteArrayLiteral("VAULTOCR");
constexpr int kFieldBytes = 28;

Error damaged()
{
    return makeError(ErrorCode::Integrity, tr("the vault header is damaged or was modified"));
}

}  // namespace

VaultHeader VaultHeader::createNew()
{
    VaultHeader h;
    QByteArray rnd = randomBytes(16);
    rnd[6] = char((rnd[6] & 0x0f) | 0x40);  // RFC 4122 version 4
    rnd[8] = char((rnd[8] & 0x3f) | 0x80);
    h.m_uuid = QUuid::fromRfc4122(rnd);
    return h;
}

QByteArray VaultHeader::fields() const
{
    QByteArray f = kMagic;
    char be[2];
    qToBigEndian<quint16>(kFormatVersion, be);
    f.append(be, 2);
    f.append(2, '\0');
    f.append(m_uuid.toRfc4122());
    return f;
}

QByteArray VaultHeader::digest() const { return genericHash(fields(), 32); }

Result<void> VaultHeader::write(const QString& path) const
{
    auto file = AtomicFile::create(path, 0600);
    if (!file)
        return file.error();
    if (auto w = file->write(fields() + digest()); !w)
        return w;
    return file->commit();
}

Result<VaultHeader> VaultHeader::read(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::VaultUnavailable,
                         tr("no vault here (create one with 'vaultocr init' or point --vault at it)"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::VaultUnavailable, tr("cannot read the vault header"));
    return parse(f.read(kSize + 1));  // one byte more than a header: a longer file is damaged
}

Result<VaultHeader> VaultHeader::parse(const QByteArray& data)
{
    if (data.size() != kSize || !data.startsWith(kMagic))
        return damaged();
    if (!constantTimeEquals(genericHash(data.left(kFieldBytes), 32), data.mid(kFieldBytes, 32)))
        return damaged();
    const quint16 version = qFromBigEndian<quint16>(data.constData() + 8);
    if (version != kFormatVersion)
        return makeError(ErrorCode::VaultUnavailable,
                         tr("this vault was written by a different VaultOCR version (format %1)").arg(version));
    VaultHeader h;
    h.m_uuid = QUuid::fromRfc4122(data.mid(12, 16));
    if (h.m_uuid.isNull())
        return damaged();
    return h;
}

}  // namespace vo
