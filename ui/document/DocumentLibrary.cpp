#include "document/DocumentLibrary.h"

#include "app/Settings.h"
#include "document/OpenDocument.h"
#include "jobs/ImportQueue.h"
#include "jobs/ImportTask.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace vo::ui {
namespace {

const QStringList kImportPatterns{QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                  QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.pdf")};

}  // namespace

DocumentLibrary::DocumentLibrary(Settings& settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_model(new DocumentListModel(this)), m_queue(new ImportQueue(this))
{
}

DocumentLibrary::~DocumentLibrary() = default;

QStringList DocumentLibrary::expandFolders(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
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

std::array<qint64, 3> DocumentLibrary::retentionSeconds() const
{
    constexpr qint64 day = 24 * 3600;
    return {90 * day, 30 * day, 7 * day};
}

QStringList DocumentLibrary::importFiles(const QStringList& paths, int sensitivity, const QString& languages)
{
    QStringList ids;
    for (const QString& path : expandFolders(paths)) {
        const QString id = QStringLiteral("session-%1").arg(m_nextSessionId++);
        const QString name = QFileInfo(path).fileName();
        auto* doc = new OpenDocument(id, name, this);
        m_documents.emplace(id, doc);
        DocumentRow row;
        row.id = id;
        row.name = name;
        row.sensitivity = sensitivity;
        m_model->upsert(row);

        PipelineOptions options = m_settings.pipelineOptions();
        if (!languages.isEmpty())
            options.ocr.languages = languages;
        auto* task = new OcrImportTask(id, {path}, options, m_factory);
        connect(task, &ImportTask::pageReady, doc, [doc](const OcrJobPage& p) {
            doc->setPage(p.index, p.page, p.image, p.thumbnail);
        });
        connect(task, &ImportTask::progress, this, [this, id](int done, int total, int percent) {
            if (const DocumentRow* r = m_model->row(id)) {
                DocumentRow updated = *r;
                updated.state = DocumentRow::State::Processing;
                updated.pages = std::max(total, done);
                updated.percent = percent;
                m_model->upsert(updated);
            }
        });
        connect(task, &ImportTask::finished, this, [this, id](bool ok, const QString& message, bool cancelled) {
            onImportFinished(id, ok, message, cancelled);
        });
        m_queue->enqueue(task, name);
        ids << id;
    }
    return ids;
}

void DocumentLibrary::onImportFinished(const QString& id, bool ok, const QString& message, bool cancelled)
{
    if (!ok) {
        // A failed or cancelled import leaves nothing: no row, no pages, no text.
        remove(id);
    } else if (const DocumentRow* r = m_model->row(id)) {
        DocumentRow updated = *r;
        updated.state = DocumentRow::State::Done;
        updated.percent = 100;
        if (OpenDocument* doc = document(id))
            updated.pages = doc->pageCount();
        m_model->upsert(updated);
    }
    emit importFinished(id, ok, message, cancelled);
}

OpenDocument* DocumentLibrary::document(const QString& id) const
{
    const auto it = m_documents.find(id);
    return it == m_documents.end() ? nullptr : it->second;
}

void DocumentLibrary::open(const QString& id)
{
    OpenDocument* doc = document(id);
    if (!doc || doc == m_current)
        return;
    m_current = doc;
    emit opened(doc);
}

bool DocumentLibrary::remove(const QString& id)
{
    const auto it = m_documents.find(id);
    if (it == m_documents.end())
        return false;
    OpenDocument* doc = it->second;
    m_documents.erase(it);
    m_model->remove(id);
    if (doc == m_current) {
        m_current = nullptr;
        emit closed();
    }
    doc->wipe();
    doc->deleteLater();
    return true;
}

QSet<QString> DocumentLibrary::searchText(const QString& needle) const
{
    QSet<QString> ids;
    if (needle.trimmed().isEmpty())
        return ids;
    for (const auto& [id, doc] : m_documents) {
        if (doc->containsText(needle.trimmed()))
            ids.insert(id);
    }
    return ids;
}

void DocumentLibrary::wipe()
{
    m_queue->cancelAll();
    if (m_current) {
        m_current = nullptr;
        emit closed();
    }
    for (auto& [id, doc] : m_documents) {
        doc->wipe();
        doc->deleteLater();
    }
    m_documents.clear();
    m_model->clear();
}

}  // namespace vo::ui
