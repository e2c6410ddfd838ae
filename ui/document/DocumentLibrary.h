#pragma once
// Where documents come from and go to. Without a vault, imported documents live in memory for
// the session only; with a vault (setVault), the list is the vault's, imports go into it, and
// only the open document is decrypted into memory. Either way the GUI thread never does the heavy
// work: imports run in the ImportQueue, vault calls on the vault thread (VaultSession).

#include "document/DocumentListModel.h"
#include "ocr/OcrEngine.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <array>
#include <map>

namespace vo::ui {

class ImportQueue;
class OpenDocument;
class Settings;
class VaultDocuments;
class VaultSession;

class DocumentLibrary : public QObject {
    Q_OBJECT
public:
    DocumentLibrary(Settings& settings, QObject* parent = nullptr);
    ~DocumentLibrary() override;

    DocumentListModel* model() const { return m_model; }
    ImportQueue* queue() const { return m_queue; }
    // Tests inject an engine (e.g. one that records its thread); empty = tesseract.
    void setEngineFactory(OcrEngineFactory factory) { m_factory = std::move(factory); }

    // Switches to the vault's documents (null: back to in-memory documents). Wipes what is open.
    void setVault(VaultSession* session);
    bool hasVault() const { return m_vault != nullptr; }
    VaultDocuments* vault() const { return m_vault; }
    // Retention per class (low, moderate, high) in seconds: the vault's, or the defaults.
    std::array<qint64, 3> retentionSeconds() const;

    // One document per file; returns the IDs of their list rows (placeholders in vault mode).
    QStringList importFiles(const QStringList& paths, int sensitivity, const QString& languages);
    static QStringList expandFolders(const QStringList& paths);

    void open(const QString& id);
    OpenDocument* current() const;
    // Delete now. Asynchronous with a vault: removeFinished follows.
    void remove(const QString& id);
    // With a vault: stores the open document's corrections now if there are unsaved ones (also
    // done 1.5 s after the last correction, and before closing, locking or exporting it).
    void saveCorrections();
    // Emits textMatches (at once, or when the vault has searched).
    void searchText(const QString& needle);

    // Lock: cancels imports, forgets every document, page, text and thumbnail in memory.
    void wipe();

signals:
    void opened(vo::ui::OpenDocument* document);
    void closed();
    void loadFailed(const QString& message);
    void importFinished(const QString& id, bool ok, const QString& message, bool cancelled);
    void removeFinished(const QString& id, bool ok, const QString& message);
    void textMatches(const QString& needle, const QSet<QString>& ids);
    void correctionsSaved(bool ok, const QString& message);

private:
    QString importOne(const QString& path, int sensitivity, const QString& languages);
    void onImportFinished(const QString& id, const QString& storedId, bool ok, const QString& message, bool cancelled);
    void setRowProgress(const QString& id, int done, int total, int percent);
    void closeCurrent();

    Settings& m_settings;
    DocumentListModel* m_model;
    ImportQueue* m_queue;
    OcrEngineFactory m_factory;
    VaultDocuments* m_vault = nullptr;
    std::map<QString, OpenDocument*> m_sessionDocuments;  // children; in-memory mode only
    QPointer<OpenDocument> m_current;
    int m_nextPlaceholder = 1;
    QTimer* m_saveTimer;
};

}  // namespace vo::ui
