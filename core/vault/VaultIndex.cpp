#include "vault/VaultIndex.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("VaultIndex", s); }
constexpr quint32 kIndexMagic = 0x564f4958;  // "VOIX"
constexpr quint16 kIndexVersion = 1;
constexpr int kMaxDocuments = 10'000'000;

void writeEntry(QDataStream& s, const DocumentEntry& e)
{
    s << e.id << e.name << quint8(e.sensitivity) << qint32(e.pages)
      << e.created.toMSecsSinceEpoch() << e.expires.toMSecsSinceEpoch() << quint8(e.ocr) << e.languages
      << e.originalBytes << e.wrappedKey << e.originalBlob << e.ocrBlob << e.imagesBlob;
}

bool readEntry(QDataStream& s, DocumentEntry& e)
{
    quint8 cls = 0, ocr = 0;
    qint32 pages = 0;
    qint64 created = 0, expires = 0;
    s >> e.id >> e.name >> cls >> pages >> created >> expires >> ocr >> e.languages >> e.originalBytes
      >> e.wrappedKey >> e.originalBlob >> e.ocrBlob >> e.imagesBlob;
    const auto c = sensitivityClassFromByte(cls);
    if (s.status() != QDataStream::Ok || !c || ocr > quint8(OcrState::Failed) || pages < 0)
        return false;
    e.sensitivity = *c;
    e.pages = pages;
    e.ocr = OcrState(ocr);
    e.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    e.expires = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);
    return true;
}

}  // namespace

QString ocrStateName(OcrState s)
{
    switch (s) {
    case OcrState::None: return QStringLiteral("none");
    case OcrState::Done: return QStringLiteral("done");
    case OcrState::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("none");
}

QStringList DocumentEntry::blobs() const
{
    QStringList out;
    for (const QString& b : {originalBlob, ocrBlob, imagesBlob}) {
        if (!b.isEmpty())
            out << b;
    }
    return out;
}

DocumentEntry* VaultIndex::find(const QString& id)
{
    auto it = std::find_if(documents.begin(), documents.end(), [&](const DocumentEntry& e) { return e.id == id; });
    return it == documents.end() ? nullptr : &*it;
}

const DocumentEntry* VaultIndex::find(const QString& id) const
{
    return const_cast<VaultIndex*>(this)->find(id);
}

bool VaultIndex::remove(const QString& id)
{
    const auto before = documents.size();
    std::erase_if(documents, [&](const DocumentEntry& e) { return e.id == id; });
    return documents.size() != before;
}

void VaultIndex::addTombstone(const QString& id)
{
    expiredIds.append(id);
    while (expiredIds.size() > kMaxTombstones)
        expiredIds.removeFirst();
}

QSet<QString> VaultIndex::liveBlobs() const
{
    QSet<QString> live;
    for (const DocumentEntry& e : documents) {
        for (const QString& b : e.blobs())
            live.insert(b);
    }
    return live;
}

QByteArray VaultIndex::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kIndexMagic << kIndexVersion;
    for (SensitivityClass c : kAllSensitivityClasses)
        s << qint64(retention.retentionSeconds(c));
    s << wrappedAuditSecret << wrappedRecoveryKey << quint64(auditAnchor.count) << auditAnchor.lastMac;
    s << quint32(documents.size());
    for (const DocumentEntry& e : documents)
        writeEntry(s, e);
    s << expiredIds;
    return out;
}

Result<VaultIndex> VaultIndex::parse(const QByteArray& bytes)
{
    const Error bad = makeError(ErrorCode::Integrity, tr("the vault index is malformed"));
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    s >> magic >> version;
    if (magic != kIndexMagic || version != kIndexVersion)
        return bad;
    VaultIndex idx;
    for (SensitivityClass c : kAllSensitivityClasses) {
        qint64 secs = 0;
        s >> secs;
        if (!idx.retention.setRetentionSeconds(c, secs))
            return bad;
    }
    quint64 anchorCount = 0;
    quint32 count = 0;
    s >> idx.wrappedAuditSecret >> idx.wrappedRecoveryKey >> anchorCount >> idx.auditAnchor.lastMac >> count;
    if (s.status() != QDataStream::Ok || count > quint32(kMaxDocuments))
        return bad;
    idx.auditAnchor.count = anchorCount;
    // Entries are read one by one rather than allocated for the count up front: a count the
    // bytes cannot hold fails at the end of the data instead of reserving gigabytes first
    // (found by tests/fuzz/fuzz_vault_index; regression in TestVaultCodec).
    for (quint32 i = 0; i < count; ++i) {
        DocumentEntry e;
        if (!readEntry(s, e))
            return bad;
        idx.documents.push_back(std::move(e));
    }
    // Read by hand for the same reason: QDataStream's QStringList reader reserves the stored count.
    quint32 tombstones = 0;
    s >> tombstones;
    if (s.status() != QDataStream::Ok || tombstones > quint32(kMaxTombstones))
        return bad;
    for (quint32 i = 0; i < tombstones; ++i) {
        QString id;
        s >> id;
        if (s.status() != QDataStream::Ok)
            return bad;
        idx.expiredIds.append(id);
    }
    if (!s.atEnd())
        return bad;
    return idx;
}

}  // namespace vo
