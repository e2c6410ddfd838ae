#pragma once
// audit.log: the vault's append-only audit trail. A record says what happened, when, to which
// document ID, of which class and how many pages — never a name, a path or text.
//
// Each 104-byte record is  XChaCha20-Poly1305(Kenc, 32-byte payload, AD = header digest)  (72
// bytes) followed by a 32-byte chain MAC = BLAKE2b(Kmac, previous chain MAC | sealed record).
// Kenc and Kmac are derived from a random audit secret that is stored wrapped under the master
// key, so key rotation re-wraps the secret and the whole chain stays verifiable. Because every
// MAC covers the one before it, a modified, reordered or removed record breaks the chain at that
// record; truncation of the tail is caught against the anchor (count + last MAC) that every index
// commit records.
//
// Appends are the one write in the vault that does not go through AtomicFile: an append-only log
// is extended in place (pwrite at the record boundary + fsync) under its own flock, so a reader
// that opened the vault read-only can record its unlock too. A record torn by a crash is either a
// partial tail (ignored and overwritten) or zeros (overwritten); anything else is reported.

#include "crypto/SecureBuffer.h"
#include "util/Result.h"
#include "vault/SensitivityClass.h"
#include "vault/VaultIndex.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace vo {

// The values are stored in the log: new actions are appended, existing ones never renumbered.
enum class AuditAction : quint8 {
    VaultCreated = 1, Unlocked, Locked, Imported, OcrFinished, Exported, Deleted, ExpiryPurged,
    KeyRotated, SettingsChanged, Recovered, ExpiryChanged, PolicyClamped, Corrected,
    ClassChanged = 15,  // sensitivity = the new class, detail = the old class
};
QString auditActionName(AuditAction a);

struct AuditRecord {
    quint64 sequence = 0;  // 0-based position in the log
    QDateTime time;        // UTC, milliseconds
    AuditAction action = AuditAction::Unlocked;
    QString documentId;    // empty when the action concerns the whole vault
    std::optional<SensitivityClass> sensitivity;
    int pages = 0;
    quint8 detail = 0;     // export: the ExportKind (never the destination); class change: the old class
    QByteArray policyHash; // unlocked/vault-created: the first 13 bytes of the policy file's BLAKE2b-256
};

struct AuditVerifyReport {
    bool ok = true;
    quint64 records = 0;          // complete records in the file
    qint64 firstBadRecord = -1;   // 1-based; -1 when ok
    QString problem;              // one line, when !ok
};

class AuditLog {
public:
    static constexpr int kRecordBytes = 104;
    // How much of the organisation's policy hash an unlocked/vault-created record carries (the
    // bytes a 32-byte payload has free; FORMAT.md, "Audit log").
    static constexpr int kPolicyHashBytes = 13;

    AuditLog(QString path, const SecureBuffer& auditSecret, QByteArray headerDigest);

    // Appends under the log's flock and fsyncs. Returns the anchor after the record.
    Result<AuditAnchor> append(AuditAction action, const QString& documentId = {},
                               std::optional<SensitivityClass> sensitivity = std::nullopt, int pages = 0,
                               quint8 detail = 0, const QByteArray& policyHash = {});
    // The anchor of the log as it is now (count and last MAC); count 0 for an empty log.
    Result<AuditAnchor> currentAnchor() const;
    // Every record, in order; stops with Integrity at the first that fails verification.
    Result<std::vector<AuditRecord>> readAll() const;
    AuditVerifyReport verify(const AuditAnchor& anchor) const;

    // The log's bytes, already read: what readAll() and verify() check after reading the file
    // (and what the fuzz target tests/fuzz/fuzz_audit_record feeds).
    Result<std::vector<AuditRecord>> parse(const QByteArray& data) const;
    AuditVerifyReport verifyBytes(const QByteArray& data, const AuditAnchor& anchor) const;
    // One record as append() writes it: the payload sealed, then its chain MAC.
    QByteArray encodeRecord(const QByteArray& payload, const QByteArray& previousMac) const;
    QByteArray genesisMac() const;  // the "previous MAC" of record 1
    // The plaintext record layer: an AuditRecord as the 32-byte payload and back. decodePayload
    // refuses any other size.
    static QByteArray encodePayload(const AuditRecord& r);
    static std::optional<AuditRecord> decodePayload(const QByteArray& plain);

private:
    QByteArray chainMac(const QByteArray& previousMac, const QByteArray& sealed) const;
    std::optional<AuditRecord> openRecord(const QByteArray& sealed) const;

    QString m_path;
    SecureBuffer m_encKey;
    SecureBuffer m_macKey;
    QByteArray m_headerDigest;
};

}  // namespace vo
