#include "vault/AuditLog.h"

#include "crypto/Aead.h"
#include "util/AtomicFile.h"
#include "vault/VaultCrypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("AuditLog", s); }

constexpr int kPayloadBytes = 32;
constexpr int kSealedBytes = int(aead::kOverheadBytes) + kPayloadBytes;  // 72
constexpr int kMacBytes = 32;
static_assert(kSealedBytes + kMacBytes == AuditLog::kRecordBytes);
constexpr quint8 kNoClass = 0xff;
// Record layout version 2 (unlocked and vault-created only): detail = 1 says bytes 19..31 hold
// the policy hash. Version-1 records of those actions have detail 0 and zeros there.
constexpr quint8 kDetailPolicyHash = 1;
constexpr int kPolicyHashOffset = 19;
static_assert(kPolicyHashOffset + AuditLog::kPolicyHashBytes == kPayloadBytes);

bool carriesPolicyHash(AuditAction a) { return a == AuditAction::Unlocked || a == AuditAction::VaultCreated; }

Error ioError(const QString& what)
{
    return makeError(ErrorCode::OutputNotWritable,
                     tr("cannot write the audit trail (%1): %2").arg(what, writeFailureReason(errno)));
}

bool preadAll(int fd, char* buf, size_t size, off_t offset)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, buf, size, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        buf += n;
        size -= size_t(n);
        offset += n;
    }
    return true;
}

bool pwriteAll(int fd, const char* buf, size_t size, off_t offset)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, buf, size, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        buf += n;
        size -= size_t(n);
        offset += n;
    }
    return true;
}

// Closes the descriptor (and so drops the flock) on every path.
struct FdGuard {
    int fd;
    ~FdGuard() { if (fd >= 0) ::close(fd); }
};

}  // namespace

QString auditActionName(AuditAction a)
{
    switch (a) {
    case AuditAction::VaultCreated: return QStringLiteral("vault-created");
    case AuditAction::Unlocked: return QStringLiteral("unlocked");
    case AuditAction::Locked: return QStringLiteral("locked");
    case AuditAction::Imported: return QStringLiteral("import");
    case AuditAction::OcrFinished: return QStringLiteral("ocr-finished");
    case AuditAction::Exported: return QStringLiteral("export");
    case AuditAction::Deleted: return QStringLiteral("delete");
    case AuditAction::ExpiryPurged: return QStringLiteral("expiry-purge");
    case AuditAction::KeyRotated: return QStringLiteral("key-rotation");
    case AuditAction::SettingsChanged: return QStringLiteral("settings-change");
    case AuditAction::Recovered: return QStringLiteral("recovered");
    case AuditAction::ExpiryChanged: return QStringLiteral("expiry-change");
    case AuditAction::PolicyClamped: return QStringLiteral("policy-clamp");
    case AuditAction::Corrected: return QStringLiteral("ocr-corrected");
    case AuditAction::ClassChanged: return QStringLiteral("class-change");
    }
    return QStringLiteral("unknown");
}

AuditLog::AuditLog(QString path, const SecureBuffer& auditSecret, QByteArray headerDigest)
    : m_path(std::move(path)), m_encKey(deriveSubkey(auditSecret, 1, "vo-audit")),
      m_macKey(deriveSubkey(auditSecret, 2, "vo-audit")), m_headerDigest(std::move(headerDigest))
{
}

QByteArray AuditLog::genesisMac() const
{
    return keyedHash(m_macKey, QByteArrayLiteral("vo-audit-genesis") + m_headerDigest, kMacBytes);
}

QByteArray AuditLog::chainMac(const QByteArray& previousMac, const QByteArray& sealed) const
{
    return keyedHash(m_macKey, previousMac + sealed, kMacBytes);
}

QByteArray AuditLog::encodePayload(const AuditRecord& r)
{
    QByteArray p(kPayloadBytes, '\0');
    char* d = p.data();
    qToBigEndian<quint64>(r.sequence, d);
    qToBigEndian<qint64>(r.time.toMSecsSinceEpoch(), d + 8);
    d[16] = char(r.action);
    d[17] = char(r.sensitivity ? quint8(*r.sensitivity) : kNoClass);
    d[18] = char(r.detail);
    qToBigEndian<quint32>(quint32(qMax(0, r.pages)), d + 20);
    const QByteArray id = QByteArray::fromHex(r.documentId.toLatin1()).left(8);
    std::memcpy(d + 24, id.constData(), size_t(id.size()));
    if (carriesPolicyHash(r.action) && r.policyHash.size() == AuditLog::kPolicyHashBytes) {
        d[18] = char(kDetailPolicyHash);
        std::memcpy(d + kPolicyHashOffset, r.policyHash.constData(), size_t(AuditLog::kPolicyHashBytes));
    }
    return p;
}

std::optional<AuditRecord> AuditLog::decodePayload(const QByteArray& plain)
{
    if (plain.size() != kPayloadBytes)
        return std::nullopt;
    const char* d = plain.constData();
    AuditRecord r;
    r.sequence = qFromBigEndian<quint64>(d);
    r.time = QDateTime::fromMSecsSinceEpoch(qFromBigEndian<qint64>(d + 8), Qt::UTC);
    r.action = AuditAction(quint8(d[16]));
    r.sensitivity = sensitivityClassFromByte(quint8(d[17]));
    r.detail = quint8(d[18]);
    r.pages = int(qFromBigEndian<quint32>(d + 20));
    const QByteArray id = plain.mid(24, 8);
    if (id != QByteArray(8, '\0'))
        r.documentId = QString::fromLatin1(id.toHex());
    if (carriesPolicyHash(r.action) && r.detail == kDetailPolicyHash) {
        r.policyHash = plain.mid(kPolicyHashOffset, AuditLog::kPolicyHashBytes);
        r.pages = 0;
        r.documentId.clear();
    }
    return r;
}

QByteArray AuditLog::encodeRecord(const QByteArray& payload, const QByteArray& previousMac) const
{
    auto sealed = aead::seal(m_encKey, payload, QByteArrayLiteral("vo-audit-record") + m_headerDigest);
    if (!sealed)
        return {};
    return sealed.value() + chainMac(previousMac, sealed.value());
}

std::optional<AuditRecord> AuditLog::openRecord(const QByteArray& sealed) const
{
    auto plain = aead::open(m_encKey, sealed, QByteArrayLiteral("vo-audit-record") + m_headerDigest);
    if (!plain)
        return std::nullopt;
    return decodePayload(plain.value());
}

Result<AuditAnchor> AuditLog::append(AuditAction action, const QString& documentId,
                                     std::optional<SensitivityClass> sensitivity, int pages, quint8 detail,
                                     const QByteArray& policyHash)
{
    FdGuard fd{::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600)};
    if (fd.fd < 0)
        return ioError(tr("open"));
    if (::flock(fd.fd, LOCK_EX) != 0)
        return ioError(tr("lock"));
    struct stat st {};
    if (::fstat(fd.fd, &st) != 0)
        return ioError(tr("stat"));
    qint64 full = qint64(st.st_size) / kRecordBytes;
    QByteArray last(kRecordBytes, '\0');
    if (full > 0 && preadAll(fd.fd, last.data(), kRecordBytes, off_t((full - 1) * kRecordBytes))
        && last == QByteArray(kRecordBytes, '\0'))
        --full;  // a record torn by a crash (size extended, data never written)
    QByteArray prevMac = genesisMac();
    if (full > 0) {
        prevMac = QByteArray(kMacBytes, '\0');
        if (!preadAll(fd.fd, prevMac.data(), kMacBytes, off_t(full * kRecordBytes - kMacBytes)))
            return ioError(tr("read"));
    }
    AuditRecord r{quint64(full), QDateTime::currentDateTimeUtc(), action, documentId, sensitivity, pages, detail, {}};
    if (carriesPolicyHash(action) && !policyHash.isEmpty()) {
        if (policyHash.size() < kPolicyHashBytes || pages != 0 || !documentId.isEmpty() || detail != 0)
            return makeError(ErrorCode::Internal, tr("cannot seal an audit record"));
        r.policyHash = policyHash.left(kPolicyHashBytes);
    }
    const QByteArray record = encodeRecord(encodePayload(r), prevMac);
    if (record.size() != kRecordBytes)
        return makeError(ErrorCode::Internal, tr("cannot seal an audit record"));
    const QByteArray mac = record.right(kMacBytes);
    const off_t at = off_t(full * kRecordBytes);
    if (!pwriteAll(fd.fd, record.constData(), kRecordBytes, at))
        return ioError(tr("write"));
    if (st.st_size > at + kRecordBytes && ::ftruncate(fd.fd, at + kRecordBytes) != 0)
        return ioError(tr("truncate"));
    if (::fdatasync(fd.fd) != 0)
        return ioError(tr("sync"));
    if (st.st_size == 0)
        (void)syncDirectory(QFileInfo(m_path).absolutePath());  // the file's name must survive a crash too
    return AuditAnchor{quint64(full + 1), mac};
}

Result<AuditAnchor> AuditLog::currentAnchor() const
{
    QFile f(m_path);
    if (!f.exists())
        return AuditAnchor{};
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::VaultUnavailable, tr("cannot read the audit trail"));
    const qint64 full = f.size() / kRecordBytes;
    if (full == 0)
        return AuditAnchor{};
    f.seek(full * kRecordBytes - kMacBytes);
    return AuditAnchor{quint64(full), f.read(kMacBytes)};
}

Result<std::vector<AuditRecord>> AuditLog::readAll() const
{
    QFile f(m_path);
    if (f.exists() && !f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::VaultUnavailable, tr("cannot read the audit trail"));
    return parse(f.isOpen() ? f.readAll() : QByteArray());
}

Result<std::vector<AuditRecord>> AuditLog::parse(const QByteArray& data) const
{
    std::vector<AuditRecord> out;
    QByteArray prev = genesisMac();
    for (qint64 i = 0; i < data.size() / kRecordBytes; ++i) {
        const QByteArray sealed = data.mid(i * kRecordBytes, kSealedBytes);
        const QByteArray mac = data.mid(i * kRecordBytes + kSealedBytes, kMacBytes);
        auto r = openRecord(sealed);
        if (!r || r->sequence != quint64(i) || !constantTimeEquals(mac, chainMac(prev, sealed)))
            return makeError(ErrorCode::Integrity,
                             tr("audit record %1 failed verification (run 'vaultocr audit --verify')").arg(i + 1));
        out.push_back(*r);
        prev = mac;
    }
    return out;
}

AuditVerifyReport AuditLog::verify(const AuditAnchor& anchor) const
{
    QFile f(m_path);
    return verifyBytes(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(), anchor);
}

AuditVerifyReport AuditLog::verifyBytes(const QByteArray& data, const AuditAnchor& anchor) const
{
    AuditVerifyReport rep;
    rep.records = quint64(data.size() / kRecordBytes);
    auto bad = [&rep](qint64 record, const QString& problem) {
        rep.ok = false;
        rep.firstBadRecord = record;
        rep.problem = problem;
        return rep;
    };
    QByteArray prev = genesisMac();
    for (qint64 i = 0; i < qint64(rep.records); ++i) {
        const QByteArray sealed = data.mid(i * kRecordBytes, kSealedBytes);
        const QByteArray mac = data.mid(i * kRecordBytes + kSealedBytes, kMacBytes);
        const auto r = openRecord(sealed);
        if (!r)
            return bad(i + 1, tr("record %1 was modified: it fails authentication").arg(i + 1));
        if (r->sequence != quint64(i))
            return bad(i + 1, tr("record %1 is out of place (it was written as record %2): records were "
                                 "reordered or removed").arg(i + 1).arg(r->sequence + 1));
        if (!constantTimeEquals(mac, chainMac(prev, sealed)))
            return bad(i + 1, tr("record %1 does not chain to the record before it: its MAC or an earlier "
                                 "record was modified").arg(i + 1));
        prev = mac;
    }
    const qint64 n = qint64(rep.records);
    if (data.size() % kRecordBytes != 0)
        return bad(n + 1, tr("record %1 is incomplete: the log was cut off mid-record").arg(n + 1));
    if (rep.records < anchor.count)
        return bad(n + 1, tr("the log was truncated: it holds %1 records, the vault index has seen %2")
                              .arg(n).arg(anchor.count));
    if (anchor.count > 0
        && !constantTimeEquals(data.mid(qint64(anchor.count) * kRecordBytes - kMacBytes, kMacBytes), anchor.lastMac))
        return bad(qint64(anchor.count), tr("record %1 is not the one the vault index recorded: the log was "
                                            "replaced").arg(anchor.count));
    return rep;
}

}  // namespace vo
