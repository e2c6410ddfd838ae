#pragma once
// One import: the original is encrypted into a blob as it is read (64 KiB at a time, never held
// whole), the OCR pipeline's pages go straight into two more blobs (results, page images), and
// only then does an index commit make the document exist. Until that commit every blob is either
// an unnamed temporary (AtomicFile) or an orphan that this importer unlinks on failure — and the
// next writer's open removes if the process died — so a failed or cancelled import leaves nothing.

#include "vault/VaultState.h"
#include "vault/VaultTypes.h"

#include "util/CancelToken.h"

namespace vo {

class DocumentImporter {
public:
    DocumentImporter(VaultState& state, const ImportOptions& options, ImportObserver* observer,
                     const CancelToken& cancel)
        : m_state(state), m_options(options), m_observer(observer), m_cancel(cancel) {}
    ~DocumentImporter();  // unlinks blobs committed by a run that did not finish

    Result<QString> run(const QString& path);  // the new document's ID

private:
    Result<void> storeOriginal(const QString& path, DocumentEntry& entry, const SecureBuffer& dataKey);
    Result<void> recognize(const QString& path, DocumentEntry& entry, const SecureBuffer& dataKey);
    Result<int> countPages(const QString& path) const;
    Result<void> checkRequestedExpiry() const;
    QDateTime expiryFor(const DocumentEntry& entry) const;
    QString newDocumentId() const;

    VaultState& m_state;
    const ImportOptions& m_options;
    ImportObserver* m_observer;
    const CancelToken& m_cancel;
    QStringList m_committedBlobs;  // until the index commit
};

}  // namespace vo
