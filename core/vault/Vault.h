#pragma once
// The encrypted document vault (issue 3). A plain C++ object with Result<> returns, used by the
// CLI and — from a worker thread, one thread at a time — by the GUI. FORMAT.md describes the
// files; this class ties them together:
//   open     header → lock → index front → master key (keychain / passphrase) → index → audit;
//            a writer also finishes an interrupted key rotation, removes crash leftovers and
//            purges expired documents.
//   import   original → blob (streaming), OCR → result + page images → blobs, then the index
//            commit makes the document exist; any failure or cancel leaves nothing behind.
//   delete   index without the documents, committed under a new master key (KeyRotation),
//            then the blobs are unlinked.

#include "ocr/OcrPage.h"
#include "pdf/PdfExportOptions.h"
#include "pdf/PdfImage.h"
#include "util/CancelToken.h"
#include "vault/AuditLog.h"
#include "vault/VaultTypes.h"

#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace vo {

struct VaultState;
class Vault;

struct CreatedVault {
    std::unique_ptr<Vault> vault;
    SecureBuffer recoveryKeyText;  // show once (formatRecoveryKey), then wipe
};

class Vault {
public:
    // Creates a vault in `root` (made 0700). Refuses a folder that already holds a vault.
    static Result<CreatedVault> create(const QString& root, VaultCreateOptions options);
    static Result<std::unique_ptr<Vault>> open(const QString& root, VaultOpenOptions options);
    // Unwraps the master key with the recovery key (its text, as typed), then stores it in the
    // keychain or re-wraps it under a new passphrase. Needs the writer lock.
    static Result<std::unique_ptr<Vault>> recover(const QString& root, const SecureBuffer& recoveryKeyText,
                                                  VaultRecoverOptions options);

    ~Vault();  // lock()
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Records "locked", wipes every key and releases the writer lock. Idempotent.
    void lock();
    bool isLocked() const;
    bool isReadOnly() const;
    QUuid uuid() const;
    KeyMode keyMode() const;
    quint64 keyEpoch() const;
    QString root() const;

    // Metadata only; expired documents are listed (flagged) until purged.
    std::vector<DocumentInfo> documents() const;
    Result<DocumentInfo> document(const QString& id) const;  // NotFound, Expired

    Result<QString> importFile(const QString& path, const ImportOptions& options, ImportObserver* observer,
                               const CancelToken& cancel);

    // Every page's OCR result (and, when stored, its page image), in order. NotFound, Expired,
    // Integrity.
    using PageVisitor = std::function<Result<void>(const OcrPage& page, const PdfImage* image)>;
    Result<void> visitPages(const QString& id, const PageVisitor& visitor) const;
    Result<QString> text(const QString& id) const;  // pages separated by form feeds
    // The original file, streamed to `sink` in chunks.
    Result<void> readOriginal(const QString& id, const std::function<Result<void>(const QByteArray&)>& sink) const;
    // Writes a searchable PDF, plain text, hOCR, ALTO XML or the original file to `destination`
    // (AtomicFile). For PDF kinds `pdf` says PDF/A and/or encryption (PdfExportOptions::validate);
    // the kind recorded in the audit trail and shown to the policy is the exact one (PdfA,
    // PdfEncrypted), derived from `pdf`, never the destination. PDF options with another kind
    // are a usage error (an "encrypted" text file must not silently come out in clear).
    Result<void> exportDocument(const QString& id, const QString& destination, ExportKind kind,
                                const PdfExportOptions& pdf = {});

    // Replaces the OCR result with corrected pages (same page count); the old result's blob is
    // removed after the commit.
    Result<void> saveCorrections(const QString& id, const std::vector<OcrPage>& pages);

    // Delete now: removes the documents and rotates the master key. Unknown ID → NotFound and
    // nothing is deleted.
    Result<int> remove(const QStringList& ids);
    // Removes every expired document (same path as remove). Returns how many.
    Result<int> purgeExpired();
    Result<void> rotateKey();
    Result<void> setExpiry(const QString& id, const QDateTime& expires);
    // A new sensitivity class; the expiry is recomputed from the import time (ClassChange.h).
    Result<void> setSensitivity(const QString& id, SensitivityClass sensitivity,
                                ClassChangeExpiry expiry = ClassChangeExpiry::Recompute);
    Result<void> setRetention(SensitivityClass sensitivity, qint64 seconds);
    RetentionSettings retention() const;

    Result<std::vector<AuditRecord>> auditRecords() const;
    AuditVerifyReport verifyAudit() const;

private:
    explicit Vault(std::unique_ptr<VaultState> state);
    Result<int> deleteNow(const QStringList& ids, AuditAction action);
    Result<void> afterOpen(bool purge);
    std::unique_ptr<VaultState> d;
};

}  // namespace vo
