#include "document/DocumentLibrary.h"

#include "app/Settings.h"
#include "document/OpenDocument.h"
#include "jobs/ImportQueue.h"
#include "jobs/ImportTask.h"
#include "jobs/WorkerPriority.h"
#include "vault/VaultDocuments.h"
#include "vault/VaultImportTask.h"
#include "vault/VaultSession.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUndoStack>

namespace vo::ui {
namespace {

const QStringList kImportPatterns{QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                  QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.pdf")};

}  // namespace

DocumentLibrary::DocumentLibrary(Settings& settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_model(new DocumentListModel(this)), m_queue(new ImportQueue(this)),
      m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(1500);
    connect(m_saveTimer, &QTimer::timeout, this, &DocumentLibrary::saveCorrections);
}

DocumentLibrary::~DocumentLibrary() = default;

void DocumentLibrary::setVault(VaultSession* session)
{
    wipe();
    if (m_vault)
        m_vault->deleteLater();
    m_vault = session ? new VaultDocuments(*session, *m_model, this) : nullptr;
    if (m_vault) {
        connect(m_vault, &VaultDocuments::textMatches, this, &DocumentLibrary::textMatches);
        m_vault->refresh();
    }
}

std::array<qint64, 3> DocumentLibrary::retentionSeconds() const
{
    const RetentionSettings r = m_vault ? m_vault->retention() : RetentionSettings();
    return {r.retentionSeconds(SensitivityClass::Low), r.retentionSeconds(SensitivityClass::Moderate),
            r.retentionSeconds(SensitivityClass::High)};
}

QStringList DocumentLibrary::expandFolders(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QStringList inFolder;
        QDirIterator it(path, kImportPatterns, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            inFolder << it.next();
        inFolder.sort();
        files << inFolder;
    }
    return files;
}

QStringList DocumentLibrary::importFiles(const QStringList& paths, int sensitivity, const QString& languages)
{
    QStringList ids;
    for (const QString& path : expandFolders(paths))
        ids << importOne(path, sensitivity, languages);
    return ids;
}

QString DocumentLibrary::importOne(const QString& path, int sensitivity, const QString& languages)
{
    const QString id = QStringLiteral("import-%1").arg(m_nextPlaceholder++);
    const QString name = QFileInfo(path).fileName();
    PipelineOptions options = m_settings.pipelineOptions();
    if (!languages.isEmpty())
        options.ocr.languages = languages;
    ImportTask* task = nullptr;
    if (m_vault) {
        ImportOptions vaultOptions;
        vaultOptions.sensitivity = SensitivityClass(std::clamp(sensitivity, 0, 2));
        vaultOptions.ocr = options.ocr;
        vaultOptions.jobs = options.jobs;
        vaultOptions.engineFactory = lowPriorityWorkers(m_factory, options.ocr);
        task = new VaultImportTask(id, m_vault->session(), path, vaultOptions);
    } else {
        auto* doc = new OpenDocument(id, name, this);
        m_sessionDocuments.emplace(id, doc);
        task = new OcrImportTask(id, {path}, options, lowPriorityWorkers(m_factory, options.ocr));
        connect(task, &ImportTask::pageReady, doc,
                [doc](const OcrJobPage& p) { doc->setPage(p.index, p.page, p.image, p.thumbnail); });
    }
    DocumentRow row;
    row.id = id;
    row.name = name;
    row.sensitivity = m_vault ? std::clamp(sensitivity, 0, 2) : -1;
    m_model->upsert(row);
    connect(task, &ImportTask::progress, this,
            [this, id](int done, int total, int percent) { setRowProgress(id, done, total, percent); });
    connect(task, &ImportTask::finished, this, [this, id, task](bool ok, const QString& message, bool cancelled) {
        auto* vaultTask = qobject_cast<VaultImportTask*>(task);
        onImportFinished(id, vaultTask ? vaultTask->storedId() : id, ok, message, cancelled);
    });
    m_queue->enqueue(task, name);
    return id;
}

void DocumentLibrary::setRowProgress(const QString& id, int done, int total, int percent)
{
    if (const DocumentRow* r = m_model->row(id)) {
        DocumentRow updated = *r;
        updated.state = DocumentRow::State::Processing;
        updated.pages = std::max(total, done);
        updated.percent = percent;
        m_model->upsert(updated);
    }
}

void DocumentLibrary::onImportFinished(const QString& id, const QString& storedId, bool ok, const QString& message,
                                       bool cancelled)
{
    if (m_vault) {
        m_model->remove(id);  // the placeholder; the vault's row replaces it
        if (ok)
            m_vault->refresh([this, storedId](bool, const QString&) {
                if (!m_current)
                    open(storedId);
            });
    } else if (!ok) {
        // A failed or cancelled import leaves nothing: no row, no pages, no text.
        remove(id);
    } else if (const DocumentRow* r = m_model->row(id)) {
        DocumentRow updated = *r;
        updated.state = DocumentRow::State::Done;
        updated.percent = 100;
        if (OpenDocument* doc = m_sessionDocuments.count(id) ? m_sessionDocuments[id] : nullptr)
            updated.pages = doc->pageCount();
        m_model->upsert(updated);
    }
    emit importFinished(storedId, ok, message, cancelled);
}

OpenDocument* DocumentLibrary::current() const { return m_current; }

void DocumentLibrary::open(const QString& id)
{
    if (id.isEmpty() || (m_current && m_current->id() == id))
        return;
    const DocumentRow* row = m_model->row(id);
    if (!m_vault) {
        const auto it = m_sessionDocuments.find(id);
        if (it == m_sessionDocuments.end())
            return;
        m_current = it->second;
        emit opened(m_current);
        return;
    }
    if (!row || row->state == DocumentRow::State::Queued || row->state == DocumentRow::State::Processing)
        return;  // still importing: it opens when it is stored
    closeCurrent();
    auto* doc = new OpenDocument(id, row->name, this);
    m_current = doc;
    connect(doc->undoStack(), &QUndoStack::indexChanged, m_saveTimer, qOverload<>(&QTimer::start));
    emit opened(doc);
    m_vault->load(doc, [this](bool ok, const QString& message) {
        if (!ok)
            emit loadFailed(message);
    });
}

void DocumentLibrary::saveCorrections()
{
    m_saveTimer->stop();
    if (!m_vault || !m_current || m_current->undoStack()->isClean())
        return;
    QPointer<OpenDocument> doc = m_current;
    doc->undoStack()->setClean();
    m_vault->saveCorrections(*doc, [this, doc](bool ok, const QString& message) {
        if (!ok && doc)
            doc->undoStack()->resetClean();  // still unsaved
        emit correctionsSaved(ok, message);
    });
}

void DocumentLibrary::closeCurrent()
{
    if (!m_current)
        return;
    saveCorrections();  // queued on the vault thread before anything that follows
    OpenDocument* doc = m_current;
    m_current = nullptr;
    emit closed();
    if (m_vault) {
        // In vault mode only the open document is ever decrypted: drop it.
        doc->wipe();
        doc->deleteLater();
    }
}

void DocumentLibrary::remove(const QString& id)
{
    if (m_current && m_current->id() == id)
        closeCurrent();
    if (m_vault && !id.startsWith(QLatin1String("import-"))) {
        m_vault->remove(id, [this, id](bool ok, const QString& message) { emit removeFinished(id, ok, message); });
        return;
    }
    m_model->remove(id);
    if (const auto it = m_sessionDocuments.find(id); it != m_sessionDocuments.end()) {
        it->second->wipe();
        it->second->deleteLater();
        m_sessionDocuments.erase(it);
    }
    emit removeFinished(id, true, {});
}

void DocumentLibrary::searchText(const QString& needle)
{
    const QString n = needle.trimmed();
    if (m_vault) {
        m_vault->search(n);
        return;
    }
    QSet<QString> ids;
    for (const auto& [id, doc] : m_sessionDocuments) {
        if (!n.isEmpty() && doc->containsText(n))
            ids.insert(id);
    }
    emit textMatches(n, ids);
}

void DocumentLibrary::wipe()
{
    m_queue->cancelAll();
    closeCurrent();
    for (auto& [id, doc] : m_sessionDocuments) {
        doc->wipe();
        doc->deleteLater();
    }
    m_sessionDocuments.clear();
    m_model->clear();
}

}  // namespace vo::ui
