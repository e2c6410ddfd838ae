#pragma once
// The vault's index: every document's metadata and wrapped data key, the retention settings,
// the wrapped audit secret and recovery key, and the audit trail's anchor. It exists on disk only
// encrypted (IndexFile); this is the plaintext model and its serialisation.

#include "util/Result.h"
#include "vault/RetentionPolicy.h"
#include "vault/SensitivityClass.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace vo {

enum class OcrState : quint8 { None = 0, Done = 1, Failed = 2 };
QString ocrStateName(OcrState s);

struct DocumentEntry {
    QString id;               // 16 lower-case hex characters, shown to the user
    QString name;             // the original file name, without its folder
    SensitivityClass sensitivity = SensitivityClass::High;
    int pages = 0;
    QDateTime created;        // UTC
    QDateTime expires;        // UTC; the document refuses access from this instant
    OcrState ocr = OcrState::None;
    QString languages;
    qint64 originalBytes = 0;
    QByteArray wrappedKey;    // the data key, wrapped by the master key (KeyRing)
    QString originalBlob;     // blob IDs (random, unrelated to `id`); empty = none
    QString ocrBlob;
    QString imagesBlob;

    QStringList blobs() const;
    bool isExpiredAt(const QDateTime& now) const { return expires <= now; }
};

struct AuditAnchor {
    quint64 count = 0;   // records known when the index was committed
    QByteArray lastMac;  // chain MAC of record count-1
};

struct VaultIndex {
    static constexpr int kMaxTombstones = 10000;

    RetentionSettings retention;
    QByteArray wrappedAuditSecret;
    QByteArray wrappedRecoveryKey;
    AuditAnchor auditAnchor;
    std::vector<DocumentEntry> documents;
    QStringList expiredIds;  // IDs of documents purged on expiry, so access says "expired"

    DocumentEntry* find(const QString& id);
    const DocumentEntry* find(const QString& id) const;
    bool remove(const QString& id);
    void addTombstone(const QString& id);
    QSet<QString> liveBlobs() const;

    QByteArray serialize() const;
    // Structural errors → Integrity (the bytes passed authentication, so this means a bug).
    static Result<VaultIndex> parse(const QByteArray& bytes);
};

}  // namespace vo
