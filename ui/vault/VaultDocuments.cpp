#include "vault/VaultDocuments.h"

#include "app/ThreadProbe.h"
#include "document/OpenDocument.h"
#include "util/PlaintextWipe.h"
#include "vault/OriginalPageRenderer.h"
#include "vault/PageImageDecoder.h"
#include "vault/VaultSession.h"

#include <QPointer>

namespace vo::ui {
namespace {

struct Listing {
    std::vector<DocumentInfo> documents;
    RetentionSettings retention;
};

Listing listingOf(const Vault& vault) { return Listing{vault.documents(), vault.retention()}; }

}  // namespace

VaultDocuments::VaultDocuments(VaultSession& session, DocumentListModel& model, QObject* parent)
    : QObject(parent), m_session(session), m_model(model)
{
}

DocumentRow VaultDocuments::rowFor(const DocumentInfo& info)
{
    DocumentRow row;
    row.id = info.id;
    row.name = info.name;
    row.sensitivity = int(info.sensitivity);
    row.pages = info.pages;
    row.expires = info.expires;
    row.percent = 100;
    switch (info.ocr) {
    case OcrState::Done: row.state = DocumentRow::State::Done; break;
    case OcrState::Failed: row.state = DocumentRow::State::Failed; break;
    case OcrState::None: row.state = DocumentRow::State::NotRecognised; break;
    }
    return row;
}

void VaultDocuments::applyList(const std::vector<DocumentInfo>& documents, const RetentionSettings& retention)
{
    m_retention = retention;
    // Rows of imports still running have no vault entry yet: keep them.
    std::vector<DocumentRow> rows;
    for (const DocumentRow& r : m_model.rows()) {
        if (r.state == DocumentRow::State::Queued || r.state == DocumentRow::State::Processing)
            rows.push_back(r);
    }
    for (const DocumentInfo& info : documents)
        rows.push_back(rowFor(info));
    m_model.setRows(std::move(rows));
}

void VaultDocuments::refresh(Done done)
{
    m_session.run<Listing>(
        this, [](Vault& v) -> Result<Listing> { return listingOf(v); },
        [this, done](Result<Listing>& r) {
            if (r)
                applyList(r->documents, r->retention);
            if (done)
                done(r.ok(), r ? QString() : r.error().message);
        });
}

namespace {

// When the vault hands out no page images, they are rebuilt from the original (in memory).
Result<void> fillImagesFromOriginal(const Vault& v, const QString& id, std::vector<OcrJobPage>& pages)
{
    QByteArray original;
    auto read = v.readOriginal(id, [&original](const QByteArray& chunk) -> Result<void> {
        original += chunk;
        return {};
    });
    if (!read)
        return read;
    std::vector<OcrPage> models;
    for (const OcrJobPage& p : pages)
        models.push_back(p.page);
    auto images = OriginalPageRenderer::render(original, models);
    original.fill('\0');  // the document's bytes do not linger in freed memory
    if (!images)
        return images.error();
    for (size_t i = 0; i < pages.size(); ++i) {
        pages[i].image = images.value()[i];
        pages[i].thumbnail = pages[i].image.scaledToWidth(OcrJob::kThumbnailWidth, Qt::SmoothTransformation);
    }
    return {};
}

}  // namespace

void VaultDocuments::load(OpenDocument* document, Done done)
{
    using Pages = std::vector<OcrJobPage>;
    QPointer<OpenDocument> target(document);
    m_session.run<Pages>(
        this,
        [id = document->id()](Vault& v) -> Result<Pages> {
            Pages pages;
            bool missingImages = false;
            auto visited = v.visitPages(id, [&](const OcrPage& page, const PdfImage* image) -> Result<void> {
                probe::record(QStringLiteral("render"));
                OcrJobPage p;
                p.index = int(pages.size());
                p.page = page;
                if (image) {
                    auto decoded = PageImageDecoder::decode(*image);
                    if (!decoded)
                        return decoded.error();
                    p.image = decoded.value();
                    p.thumbnail = p.image.scaledToWidth(OcrJob::kThumbnailWidth, Qt::SmoothTransformation);
                } else {
                    missingImages = true;
                }
                pages.push_back(std::move(p));
                return {};
            });
            if (!visited)
                return visited.error();
            if (missingImages) {
                if (auto filled = fillImagesFromOriginal(v, id, pages); !filled)
                    return filled.error();
            }
            return pages;
        },
        [target, done](Result<Pages>& r) {
            if (r && target) {
                for (OcrJobPage& p : r.value())
                    target->setPage(p.index, std::move(p.page), std::move(p.image), std::move(p.thumbnail));
            }
            if (done)
                done(r.ok(), r ? QString() : r.error().message);
        });
}

// A change on the vault thread, then the fresh listing applied here: the shape of every edit
// that alters what the document list shows.
void VaultDocuments::changeThenRelist(std::function<Result<void>(Vault&)> change, Done done)
{
    m_session.run<Listing>(
        this,
        [change = std::move(change)](Vault& v) -> Result<Listing> {
            if (auto r = change(v); !r)
                return r.error();
            return listingOf(v);
        },
        [this, done = std::move(done)](Result<Listing>& r) {
            if (r)
                applyList(r->documents, r->retention);
            if (done)
                done(r.ok(), r ? QString() : r.error().message);
        });
}

void VaultDocuments::remove(const QString& id, Done done)
{
    changeThenRelist([id](Vault& v) -> Result<void> {
        if (auto r = v.remove({id}); !r)
            return r.error();
        return {};
    }, std::move(done));
}

void VaultDocuments::saveCorrections(const OpenDocument& document, Done done)
{
    // Deep copies: a lock right after this call wipes the document's text while the save is
    // still queued on the vault thread. The copies are wiped once they are stored.
    std::vector<OcrPage> pages;
    for (int i = 0; i < document.pageCount(); ++i)
        pages.push_back(document.page(i).ocr.deepCopy());
    m_session.run<bool>(
        this,
        [id = document.id(), pages = std::move(pages)](Vault& v) -> Result<bool> {
            auto r = v.saveCorrections(id, pages);
            for (const OcrPage& page : pages)
                page.wipeText();
            if (!r)
                return r.error();
            return true;
        },
        [done](Result<bool>& r) {
            if (done)
                done(r.ok(), r ? QString() : r.error().message);
        });
}

void VaultDocuments::purgeExpired(Done done)
{
    struct Purge {
        int count = 0;
        Listing listing;
    };
    m_session.run<Purge>(
        this,
        [](Vault& v) -> Result<Purge> {
            auto n = v.purgeExpired();
            if (!n)
                return n.error();
            return Purge{n.value(), listingOf(v)};
        },
        [this, done](Result<Purge>& r) {
            if (r) {
                applyList(r->listing.documents, r->listing.retention);
                if (r->count > 0)
                    emit purged(r->count);
            }
            if (done)
                done(r.ok(), r ? QString() : r.error().message);
        });
}

void VaultDocuments::setExpiry(const QString& id, const QDateTime& expires, Done done)
{
    changeThenRelist([id, expires](Vault& v) -> Result<void> {
        return v.setExpiry(id, expires);
    }, std::move(done));
}

void VaultDocuments::setRetention(const std::array<qint64, 3>& seconds, Done done)
{
    changeThenRelist([seconds](Vault& v) -> Result<void> {
        for (SensitivityClass c : kAllSensitivityClasses) {
            if (v.retention().retentionSeconds(c) == seconds[size_t(c)])
                continue;
            if (auto r = v.setRetention(c, seconds[size_t(c)]); !r)
                return r;
        }
        return {};
    }, std::move(done));
}

void VaultDocuments::setSensitivity(const QString& id, SensitivityClass sensitivity, ClassChangeExpiry expiry, Done done)
{
    changeThenRelist([id, sensitivity, expiry](Vault& v) -> Result<void> {
        return v.setSensitivity(id, sensitivity, expiry);
    }, std::move(done));
}

void VaultDocuments::exportDocument(const QString& id, const QString& destination, ExportKind kind,
                                    const PdfExportOptions& pdfOptions, Done done)
{
    m_session.run<bool>(
        this,
        [id, destination, kind, pdfOptions](Vault& v) -> Result<bool> {
            probe::record(QStringLiteral("export"));
            if (auto r = v.exportDocument(id, destination, kind, pdfOptions); !r)
                return r.error();
            return true;
        },
        [done](Result<bool>& r) { done(r.ok(), r ? QString() : r.error().message); });
}

void VaultDocuments::search(const QString& needle)
{
    if (needle.isEmpty()) {
        emit textMatches(needle, {});
        return;
    }
    // Decrypted text is searched on the vault thread and dropped at once; only IDs come back.
    m_session.run<QSet<QString>>(
        this,
        [needle](Vault& v) -> Result<QSet<QString>> {
            QSet<QString> ids;
            for (const DocumentInfo& info : v.documents()) {
                if (info.expired)
                    continue;
                auto text = v.text(info.id);
                if (!text)
                    continue;
                if (text->contains(needle, Qt::CaseInsensitive))
                    ids.insert(info.id);
                wipeText(text.value());
            }
            return ids;
        },
        [this, needle](Result<QSet<QString>>& r) { emit textMatches(needle, r ? r.value() : QSet<QString>{}); });
}

}  // namespace vo::ui
