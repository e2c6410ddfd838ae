#include "vault/DocumentReader.h"

#include "pipeline/OcrOutputs.h"
#include "util/AtomicFile.h"
#include "util/PlaintextWipe.h"
#include "vault/StoredPdfOriginal.h"
#include "vault/VaultOcrCodec.h"

#include <QCoreApplication>

#include <optional>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("DocumentReader", s); }

Error noOcr() { return makeError(ErrorCode::NotFound, tr("this document has no OCR result")); }

}  // namespace

Result<SecureBuffer> DocumentReader::dataKey(const DocumentEntry& entry) const
{
    return m_state.ring().unwrapDataKey(entry.id, entry.wrappedKey);
}

Result<void> DocumentReader::visitPages(const QString& id, const Vault::PageVisitor& visitor, bool withImages) const
{
    auto entry = m_state.accessible(id);
    if (!entry)
        return entry.error();
    const DocumentEntry& e = *entry.value();
    if (e.ocrBlob.isEmpty())
        return noOcr();
    if (withImages && e.imagesBlob.isEmpty())
        return makeError(ErrorCode::NotFound, tr("this document has no stored page images"));
    auto dk = dataKey(e);
    if (!dk)
        return dk.error();
    auto results = m_state.blobs.open(e.ocrBlob, KeyRing::blobKey(dk.value(), BlobRole::Ocr));
    if (!results)
        return results.error();
    RecordReader pages(std::move(results).value());
    std::optional<RecordReader> images;
    if (withImages) {
        auto stream = m_state.blobs.open(e.imagesBlob, KeyRing::blobKey(dk.value(), BlobRole::Images));
        if (!stream)
            return stream.error();
        images.emplace(std::move(stream).value());
    }
    for (;;) {
        auto rec = pages.next();
        if (!rec)
            return rec.error();
        if (!rec.value())
            return {};
        auto page = ocr_codec::decodePage(*rec.value());
        if (!page)
            return page.error();
        std::optional<PdfImage> image;
        if (images) {
            auto imgRec = images->next();
            if (!imgRec)
                return imgRec.error();
            if (!imgRec.value())
                return makeError(ErrorCode::Integrity, tr("a document's page images are incomplete"));
            auto decoded = ocr_codec::decodeImage(*imgRec.value());
            if (!decoded)
                return decoded.error();
            image = std::move(decoded).value();
        }
        if (auto v = visitor(page.value(), image ? &*image : nullptr); !v)
            return v;
    }
}

Result<QString> DocumentReader::text(const QString& id) const
{
    QString out;
    int pages = 0;
    auto r = visitPages(id, [&](const OcrPage& page, const PdfImage*) -> Result<void> {
        if (pages++ > 0)
            out += QLatin1Char('\f');
        // Copied in, never shared (`out += ` on an empty string would share pageText's buffer,
        // which may be a word's own): then the page and its text can be zeroed before visitPages
        // frees them, since nothing else holds this decoded page.
        const QString pageText = page.plainText();
        out.append(pageText.constData(), pageText.size());
        wipeText(pageText);
        page.wipeText();
        return {};
    });
    if (!r)
        return r.error();
    return out;
}

Result<void> DocumentReader::readOriginal(const QString& id,
                                          const std::function<Result<void>(const QByteArray&)>& sink) const
{
    auto entry = m_state.accessible(id);
    if (!entry)
        return entry.error();
    auto dk = dataKey(*entry.value());
    if (!dk)
        return dk.error();
    auto stream = m_state.blobs.open(entry.value()->originalBlob, KeyRing::blobKey(dk.value(), BlobRole::Original));
    if (!stream)
        return stream.error();
    while (!stream->atEnd()) {
        auto chunk = stream->next();
        if (!chunk)
            return chunk.error();
        if (!chunk->isEmpty()) {
            if (auto s = sink(chunk.value()); !s)
                return s;
        }
    }
    return {};
}

Result<bool> DocumentReader::readPdfOriginal(const QString& id, StoredPdfOriginal& out) const
{
    bool notPdf = false;
    auto r = readOriginal(id, [&](const QByteArray& chunk) -> Result<void> {
        if (out.bytes().isEmpty() && !StoredPdfOriginal::looksLikePdf(chunk)) {
            notPdf = true;  // an image-born document: nothing more is decrypted
            return makeError(ErrorCode::Cancelled, QString());
        }
        out.append(chunk);
        return {};
    });
    if (notPdf)
        return false;
    if (!r)
        return r.error();
    return !out.bytes().isEmpty();
}

Result<void> DocumentReader::exportOriginal(const QString& id, const QString& destination) const
{
    auto file = AtomicFile::create(destination, 0600);
    if (!file)
        return file.error();
    if (auto r = readOriginal(id, [&](const QByteArray& chunk) { return file->write(chunk); }); !r)
        return r;
    return file->commit();
}

Result<ExportKind> DocumentReader::exactKind(ExportKind requested, const PdfExportOptions& pdf)
{
    if (auto v = pdf.validate(); !v)
        return v.error();
    const bool isPdf = requested == ExportKind::Pdf || requested == ExportKind::PdfA
                    || requested == ExportKind::PdfEncrypted;
    const bool pdfOptions = pdf.pdfa || pdf.encrypted() || pdf.keepMetadata;
    if (!isPdf) {
        if (pdfOptions)
            return makeError(ErrorCode::Usage, tr("PDF/A, encryption and metadata apply to PDF exports only"));
        return requested;
    }
    const ExportKind exact = pdf.pdfa ? ExportKind::PdfA : pdf.encrypted() ? ExportKind::PdfEncrypted : ExportKind::Pdf;
    if (requested != ExportKind::Pdf && requested != exact)
        return makeError(ErrorCode::Usage, requested == ExportKind::PdfA
                                               ? tr("a PDF/A export needs the PDF/A option")
                                               : tr("an encrypted PDF export needs a password"));
    if (pdf.keepMetadata)
        // Not offered: image-born documents have none, and a PDF original's title, author and
        // XMP are left out of every export, as `vaultocr ocr` does without --keep-metadata.
        return makeError(ErrorCode::Usage, tr("a vault export has no original metadata to keep"));
    return exact;
}

Result<void> DocumentReader::exportTo(const QString& id, const QString& destination, ExportKind requested,
                                      const PdfExportOptions& pdf)
{
    // Usage errors first: nothing is read or created for a request that cannot be honoured.
    auto exact = exactKind(requested, pdf);
    if (!exact)
        return exact.error();
    const ExportKind kind = exact.value();
    auto entry = m_state.accessible(id);
    if (!entry)
        return entry.error();
    const DocumentEntry e = *entry.value();
    if (m_state.policy) {
        if (auto p = m_state.policy->checkExport(e.sensitivity, kind); !p)
            return p;
    }
    if (kind == ExportKind::Original) {
        if (auto r = exportOriginal(id, destination); !r)
            return r;
        m_state.record(AuditAction::Exported, e.id, e.sensitivity, e.pages, quint8(kind));
        return {};
    }
    OutputTargets targets;
    const bool isPdf = kind == ExportKind::Pdf || kind == ExportKind::PdfA || kind == ExportKind::PdfEncrypted;
    // Declared before the outputs, so it outlives the PdfAssembler that reads it in place.
    StoredPdfOriginal original(isPdf ? e.originalBytes : 0);
    bool graft = false;
    if (isPdf && !e.ocrBlob.isEmpty()) {
        auto read = readPdfOriginal(id, original);
        if (!read)
            return read.error();
        // A PDF original that cannot be read now (it was at import) falls back to the page images.
        graft = read.value() && original.open(e.pages, kind == ExportKind::PdfA);
        if (!graft)
            original.wipe();
    }
    switch (kind) {
    case ExportKind::Pdf:
    case ExportKind::PdfA:
    case ExportKind::PdfEncrypted:
        targets.pdf = destination;
        targets.pdfOptions = pdf;
        if (graft)
            targets.pdfInputInMemory = &original.bytes();
        break;
    case ExportKind::Text: targets.text = destination; break;
    case ExportKind::Hocr: targets.hocr = destination; break;
    case ExportKind::Alto: targets.alto = destination; break;
    case ExportKind::Original: break;
    }
    auto outputs = OcrOutputs::create(targets);
    if (!outputs)
        return outputs.error();
    int index = 0;
    auto r = visitPages(id, [&](const OcrPage& page, const PdfImage* image) -> Result<void> {
        PipelinePage p;
        p.index = index;
        p.pageInInput = index;
        if (graft) {
            // Kept as it is when it has text of its own, else the page's OCR (with the user's
            // corrections) is grafted on: `vaultocr ocr`'s Skip mode.
            auto info = original.pageInfo(index, page);
            if (!info)
                return info.error();
            p.source.pdf = std::move(info).value();
        }
        ++index;
        p.result.page = page;
        if (image)
            p.pdfImage = *image;
        return outputs.value()->consume(p);
    }, isPdf && !graft);
    if (!r)
        return r;
    if (auto c = outputs.value()->commit(); !c)
        return c;
    outputs.value().reset();
    original.wipe();  // no longer than needed
    m_state.record(AuditAction::Exported, e.id, e.sensitivity, e.pages, quint8(kind));
    return {};
}

}  // namespace vo
