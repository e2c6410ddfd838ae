#pragma once
// Reading a stored document back: the OCR result page by page (with its page image when the PDF
// needs it), its plain text, its original bytes, and exports through the same writers as
// `vaultocr ocr` (OcrOutputs), so a vault export and a direct OCR produce the same files. Every
// access checks expiry first.
//
// A PDF export of a document whose original is a PDF keeps the original's pages, as `vaultocr
// ocr` does in Skip mode: the original is decrypted into memory only (StoredPdfOriginal, zeroed
// after), pages with text of their own are copied unchanged, and pages without get the stored
// OCR (with the user's corrections) as an invisible text layer. The import recognised every PDF
// page from the same rendering Skip mode uses (Force mode, same resolution), and each stored
// OcrPage keeps that resolution, quarter turn and deskew, so PdfGraftGeometry places the words
// on the original page. Image-born documents, and a PDF original that cannot be read now (or
// holds something PDF/A forbids, for a PDF/A export), are exported from the stored page images.

#include "vault/Vault.h"
#include "vault/VaultState.h"

namespace vo {

class StoredPdfOriginal;

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
    // Decrypts the original into `out` when it is a PDF (false, nothing kept, when it is not).
    Result<bool> readPdfOriginal(const QString& id, StoredPdfOriginal& out) const;
    Result<SecureBuffer> dataKey(const DocumentEntry& entry) const;
    VaultState& m_state;
};

}  // namespace vo
