#include "vault/DocumentImporter.h"

#include "input/PageSource.h"
#include "pipeline/OcrPipeline.h"
#include "vault/VaultCrypto.h"
#include "vault/VaultOcrCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <fcntl.h>
#include <sodium.h>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("DocumentImporter", s); }

Error storeError(const Error& e)
{
    if (e.code == ErrorCode::Cancelled)
        return e;
    return makeError(e.code, tr("the document was not stored: %1").arg(e.message));
}

Error cancelled() { return makeError(ErrorCode::Cancelled, tr("import cancelled; nothing was stored")); }

// Feeds recognised pages into the result and image blobs as they arrive, in page order.
class VaultPageSink : public PageSink {
public:
    VaultPageSink(BlobWriter& results, BlobWriter& images, ImportObserver* observer)
        : m_results(results), m_images(images), m_observer(observer) {}

    Result<void> consume(PipelinePage& page) override
    {
        if (auto r = m_results.push(lengthPrefixed(ocr_codec::encodePage(page.result.page))); !r)
            return r;
        Result<PdfImage> image = page.pdfImage
            ? Result<PdfImage>(std::move(*page.pdfImage))
            : encodeForPdf(page.result.cleaned.get(), page.source, page.result.cleanedIsSource);
        if (!image)
            return image.error();
        if (auto r = m_images.push(lengthPrefixed(ocr_codec::encodeImage(image.value()))); !r)
            return r;
        if (m_languages.isEmpty())
            m_languages = page.result.page.languages;
        ++m_pages;
        if (m_observer)
            m_observer->pageRecognized(m_pages);
        return {};
    }

    int pages() const { return m_pages; }
    const QString& languages() const { return m_languages; }

private:
    BlobWriter& m_results;
    BlobWriter& m_images;
    ImportObserver* m_observer;
    int m_pages = 0;
    QString m_languages;
};

}  // namespace

DocumentImporter::~DocumentImporter() { m_state.blobs.remove(m_committedBlobs); }

QString DocumentImporter::newDocumentId() const
{
    for (;;) {
        const QString id = randomHexId(8);
        if (!m_state.index.find(id) && !m_state.index.expiredIds.contains(id))
            return id;
    }
}

Result<QString> DocumentImporter::run(const QString& path)
{
    if (auto w = m_state.requireWritable(); !w)
        return w.error();
    if (auto p = checkRequestedExpiry(); !p)
        return p.error();
    if (m_state.policy && m_options.recognize) {
        if (auto p = m_state.policy->checkLanguages(m_options.ocr.languages); !p)
            return p.error();
    }
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::InputUnreadable, tr("cannot read the file to import"));
    DocumentEntry entry;
    entry.id = newDocumentId();
    entry.name = info.fileName();
    entry.sensitivity = m_options.sensitivity;
    const SecureBuffer dataKey = SecureBuffer::random(kKeyBytes);
    auto wrapped = m_state.ring().wrapDataKey(entry.id, dataKey);
    if (!wrapped)
        return wrapped.error();
    entry.wrappedKey = wrapped.value();

    if (auto r = storeOriginal(path, entry, dataKey); !r)
        return storeError(r.error());
    if (m_options.recognize) {
        if (auto r = recognize(path, entry, dataKey); !r)
            return storeError(r.error());
    } else {
        auto pages = countPages(path);
        if (!pages)
            return pages.error();
        entry.pages = pages.value();
    }
    if (m_cancel.isCancelled())
        return cancelled();
    entry.created = QDateTime::currentDateTimeUtc();
    entry.expires = expiryFor(entry);

    VaultIndex next = m_state.index;
    next.documents.push_back(entry);
    if (auto c = m_state.commit(std::move(next)); !c)
        return c.error();
    m_committedBlobs.clear();  // they belong to the vault now
    m_state.record(AuditAction::Imported, entry.id, entry.sensitivity, entry.pages);
    if (entry.ocr == OcrState::Done)
        m_state.record(AuditAction::OcrFinished, entry.id, entry.sensitivity, entry.pages);
    return entry.id;
}

Result<void> DocumentImporter::storeOriginal(const QString& path, DocumentEntry& entry, const SecureBuffer& dataKey)
{
    QFile in(path);
    // Unbuffered, in batches of whole secretstream chunks: the writer encrypts them straight from
    // this buffer (no copy through Qt's buffer or the writer's), one read() per batch.
    if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::InputUnreadable, tr("cannot read the file to import"));
    (void)::posix_fadvise(in.handle(), 0, 0, POSIX_FADV_SEQUENTIAL);  // a hint: more read-ahead
    const QString blobId = BlobStore::newBlobId();
    auto writer = m_state.blobs.create(blobId, KeyRing::blobKey(dataKey, BlobRole::Original));
    if (!writer)
        return writer.error();
    const qint64 total = in.size();
    QByteArray chunk(int(kStreamBatchChunks * kStreamChunkBytes), Qt::Uninitialized);
    // The original's last megabyte does not linger in freed memory, whichever way this returns
    // (a full disk and a cancel leave as early as the end of the file).
    const auto wipe = qScopeGuard([&chunk] { sodium_memzero(chunk.data(), size_t(chunk.size())); });
    for (;;) {
        if (m_cancel.isCancelled())
            return cancelled();
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return makeError(ErrorCode::InputUnreadable, tr("cannot read the file to import"));
        if (n == 0)
            break;
        if (auto p = writer->push(chunk.constData(), n); !p)
            return p;
        if (m_observer)
            m_observer->originalStored(writer->plainBytes(), total);
    }
    if (auto c = writer->commit(); !c)
        return c;
    m_committedBlobs << blobId;
    entry.originalBlob = blobId;
    entry.originalBytes = writer->plainBytes();
    return {};
}

Result<void> DocumentImporter::recognize(const QString& path, DocumentEntry& entry, const SecureBuffer& dataKey)
{
    const QString resultsId = BlobStore::newBlobId();
    const QString imagesId = BlobStore::newBlobId();
    auto results = m_state.blobs.create(resultsId, KeyRing::blobKey(dataKey, BlobRole::Ocr));
    if (!results)
        return results.error();
    auto images = m_state.blobs.create(imagesId, KeyRing::blobKey(dataKey, BlobRole::Images));
    if (!images)
        return images.error();
    PipelineOptions options;
    options.ocr = m_options.ocr;
    options.jobs = m_options.jobs;
    options.preparePdfImage = true;
    OcrPipeline pipeline(options, m_options.engineFactory);
    VaultPageSink sink(results.value(), images.value(), m_observer);
    auto run = pipeline.run({path}, sink, nullptr, m_cancel);
    if (!run)
        return run.error();
    if (m_cancel.isCancelled())
        return cancelled();
    if (auto c = results->commit(); !c)
        return c;
    m_committedBlobs << resultsId;
    if (auto c = images->commit(); !c)
        return c;
    m_committedBlobs << imagesId;
    entry.ocrBlob = resultsId;
    entry.imagesBlob = imagesId;
    entry.pages = sink.pages();
    entry.languages = sink.languages().isEmpty() ? m_options.ocr.languages : sink.languages();
    entry.ocr = OcrState::Done;
    return {};
}

Result<int> DocumentImporter::countPages(const QString& path) const
{
    auto source = PageSource::open(path, InputOptions{});
    if (!source)
        return source.error();
    return source.value()->pageCount();
}

Result<void> DocumentImporter::checkRequestedExpiry() const
{
    // The class's default retention is capped silently (it may predate the policy); an explicit
    // request for longer is refused, so nobody believes a document is kept longer than it is.
    if (!m_state.policy || !m_options.expiresInSeconds)
        return {};
    const auto cap = m_state.policy->maxRetentionSeconds(m_options.sensitivity);
    if (cap && *m_options.expiresInSeconds > *cap)
        return makeError(ErrorCode::PolicyForbids,
                         QCoreApplication::translate("DocumentImporter",
                                                     "your organisation's policy keeps %1 documents at most %n day(s)",
                                                     nullptr, int(*cap / kSecondsPerDay))
                             .arg(sensitivityClassName(m_options.sensitivity)));
    return {};
}

QDateTime DocumentImporter::expiryFor(const DocumentEntry& entry) const
{
    qint64 seconds = m_options.expiresInSeconds.value_or(m_state.index.retention.retentionSeconds(entry.sensitivity));
    if (m_state.policy) {
        if (const auto cap = m_state.policy->maxRetentionSeconds(entry.sensitivity))
            seconds = qMin(seconds, *cap);
    }
    return entry.created.addSecs(seconds);
}

}  // namespace vo
