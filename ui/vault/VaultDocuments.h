#pragma once
// The document list and the per-document operations when a vault is open: listing, decrypting a
// document's pages into memory for display, delete now, purge, expiry and retention changes,
// exports and text search. Every call runs on the vault thread (VaultSession); results update the
// list model and the open document on the GUI thread.

#include "document/DocumentListModel.h"
#include "pdf/PdfExportOptions.h"
#include "pipeline/OcrJob.h"
#include "vault/RetentionPolicy.h"
#include "vault/VaultPolicy.h"
#include "vault/VaultTypes.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace vo {
class Vault;
}

namespace vo::ui {

class OpenDocument;
class VaultSession;

class VaultDocuments : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString& message)>;

    VaultDocuments(VaultSession& session, DocumentListModel& model, QObject* parent = nullptr);

    VaultSession& session() const { return m_session; }
    const RetentionSettings& retention() const { return m_retention; }

    void refresh(Done done = {});
    // Decrypts every page of the document (OCR model + page image) into `document`.
    void load(OpenDocument* document, Done done = {});
    void remove(const QString& id, Done done = {});
    // Stores the document's current words (corrections included) in the vault.
    void saveCorrections(const OpenDocument& document, Done done = {});
    void purgeExpired(Done done = {});
    void setExpiry(const QString& id, const QDateTime& expires, Done done = {});
    void setRetention(const std::array<qint64, 3>& seconds, Done done = {});
    void exportDocument(const QString& id, const QString& destination, ExportKind kind,
                        const PdfExportOptions& pdfOptions, Done done);
    void setSensitivity(const QString& id, SensitivityClass sensitivity, ClassChangeExpiry expiry, Done done = {});
    void search(const QString& needle);

    static DocumentRow rowFor(const DocumentInfo& info);

signals:
    void textMatches(const QString& needle, const QSet<QString>& ids);
    void purged(int count);

private:
    void applyList(const std::vector<DocumentInfo>& documents, const RetentionSettings& retention);
    void changeThenRelist(std::function<Result<void>(Vault&)> change, Done done);

    VaultSession& m_session;
    DocumentListModel& m_model;
    RetentionSettings m_retention;
};

}  // namespace vo::ui
