#pragma once
// Reading a stored document back: the OCR result page by page (with its page image when the PDF
// needs it), its plain text, its original bytes, and exports through the same writers as
// `vaultocr ocr` (OcrOutputs), so a vault export and a direct OCR produce the same files. Every
// access checks expiry first.

#include "vault/Vault.h"
#include "vault/VaultState.h"

namespace vo {

class DocumentReader {
public:
    explicit DocumentReader(VaultState& state) : m_state(state) {}

    Result<void> visitPages(const QString& id, const Vault::PageVisitor& visitor, bool withImages = false) const;
    Result<QString> text(const QString& id) const;
    Result<void> readOriginal(const QString& id, const std::function<Result<void>(const QByteArray&)>& sink) const;
    Result<void> exportTo(const QString& id, const QString& destination, ExportKind kind);

private:
    Result<void> exportOriginal(const QString& id, const QString& destination) const;
    Result<SecureBuffer> dataKey(const DocumentEntry& entry) const;
    VaultState& m_state;
};

}  // namespace vo
