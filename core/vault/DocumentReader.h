#pragma once
// Reading a stored document back: the OCR result page by page (with its page image when the PDF
// needs it), its plain text, its original bytes, and exports through the same writers as
// `vaultocr ocr` (OcrOutputs), so a vault export and a direct OCR produce the same files. Every
// access checks expiry first.
//
// PDF exports are built from the stored page images (the pages as rasterised at import), not
// grafted onto a stored PDF original: the import recognises PDF pages in `force` mode, so its
// OCR boxes and images belong to the rendering. A born-digital page therefore comes out as an
// image page with a text layer, not with its original vectors and fonts.

#include "vault/Vault.h"
#include "vault/VaultState.h"

namespace vo {

class DocumentReader {
public:
    explicit DocumentReader(VaultState& state) : m_state(state) {}

    Result<void> visitPages(const QString& id, const Vault::PageVisitor& visitor, bool withImages = false) const;
    Result<QString> text(const QString& id) const;
    Result<void> readOriginal(const QString& id, const std::function<Result<void>(const QByteArray&)>& sink) const;
    // See Vault::exportDocument.
    Result<void> exportTo(const QString& id, const QString& destination, ExportKind kind,
                          const PdfExportOptions& pdf);

    // The exact kind of an export: PdfA / PdfEncrypted for PDFs with those options; a usage error
    // for PDF options on a non-PDF kind, for a kind the options contradict, or for PDF/A with
    // encryption.
    static Result<ExportKind> exactKind(ExportKind requested, const PdfExportOptions& pdf);

private:
    Result<void> exportOriginal(const QString& id, const QString& destination) const;
    Result<SecureBuffer> dataKey(const DocumentEntry& entry) const;
    VaultState& m_state;
};

}  // namespace vo
