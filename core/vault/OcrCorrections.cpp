#include "vault/OcrCorrections.h"

#include "vault/VaultOcrCodec.h"

#include <QCoreApplication>

namespace vo {

Result<void> saveCorrectedPages(VaultState& s, const QString& id, const std::vector<OcrPage>& pages)
{
    if (auto w = s.requireWritable(); !w)
        return w;
    auto entry = s.accessible(id);
    if (!entry)
        return entry.error();
    if (int(pages.size()) != entry.value()->pages || entry.value()->ocrBlob.isEmpty())
        return makeError(ErrorCode::Usage, QCoreApplication::translate("OcrCorrections",
                                                                       "the corrected result must keep the document's pages"));
    auto dk = s.ring().unwrapDataKey(id, entry.value()->wrappedKey);
    if (!dk)
        return dk.error();
    const QString blobId = BlobStore::newBlobId();
    auto writer = s.blobs.create(blobId, KeyRing::blobKey(dk.value(), BlobRole::Ocr));
    if (!writer)
        return writer.error();
    for (const OcrPage& page : pages) {
        if (auto p = writer->push(lengthPrefixed(ocr_codec::encodePage(page))); !p)
            return p;
    }
    if (auto c = writer->commit(); !c)
        return c;
    VaultIndex next = s.index;
    DocumentEntry* e = next.find(id);
    const QString oldBlob = e->ocrBlob;
    e->ocrBlob = blobId;
    const DocumentEntry copy = *e;
    if (auto c = s.commit(std::move(next)); !c) {
        s.blobs.remove({blobId});
        return c;
    }
    s.blobs.remove({oldBlob});
    s.record(AuditAction::Corrected, copy.id, copy.sensitivity, copy.pages);
    return {};
}

}  // namespace vo
