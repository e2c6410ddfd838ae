#pragma once
// Where documents come from and go to. Without a vault, imported documents live in memory for
// the session only; with a vault (setVault), the list is the vault's, imports and corrections are
// stored there, and only the open document is decrypted into memory. Either way the GUI thread
// never does the heavy work: imports run in the ImportQueue, vault calls in the VaultWorker.

#include "document/DocumentListModel.h"
#include "ocr/OcrEngine.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <array>
#include <map>

namespace vo::ui {

class ImportQueue;
class OpenDocument;
class Settings;

class DocumentLibrary : public QObject {
    Q_OBJECT
public:
    DocumentLibrary(Settings& settings, QObject* parent = nullptr);
    ~DocumentLibrary() override;

    DocumentListModel* model() const { return m_model; }
    ImportQueue* queue() const { return m_queue; }
    // Tests inject an engine (e.g. one that records its thread); empty = tesseract.
    void setEngineFactory(OcrEngineFactory factory) { m_factory = std::move(factory); }

    // One document per file; returns their IDs in order. Unsupported files are refused by the
    // pipeline with a one-line message (importFailed).
    QStringList importFiles(const QStringList& paths, int sensitivity, const QString& languages);
    static QStringList expandFolders(const QStringList& paths);

    bool hasVault() const { return false; }
    // Retention per class (low, moderate, high) in seconds: the vault's, or the defaults.
    std::array<qint64, 3> retentionSeconds() const;

    void open(const QString& id);
    OpenDocument* current() const { return m_current; }
    OpenDocument* document(const QString& id) const;
    bool remove(const QString& id);
    // IDs of documents whose text contains `needle` (case-insensitive), searched in memory.
    QSet<QString> searchText(const QString& needle) const;

    // Lock: cancels imports, forgets every document, page, text and thumbnail in memory.
    void wipe();

signals:
    void opened(vo::ui::OpenDocument* document);
    void closed();
    void importFinished(const QString& id, bool ok, const QString& message, bool cancelled);

private:
    void onImportFinished(const QString& id, bool ok, const QString& message, bool cancelled);

    Settings& m_settings;
    DocumentListModel* m_model;
    ImportQueue* m_queue;
    OcrEngineFactory m_factory;
    std::map<QString, OpenDocument*> m_documents;  // children of this
    QPointer<OpenDocument> m_current;
    int m_nextSessionId = 1;
};

}  // namespace vo::ui
