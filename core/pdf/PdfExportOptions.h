#pragma once
// How a searchable PDF is written, shared by `vaultocr ocr`, `vaultocr export` and the GUI's
// export dialog. The default is a plain PDF that carries no metadata of the original (no title,
// author, producer, XMP, custom keys, no file identifier) and nothing about the vault.

#include "util/Result.h"

#include <memory>

namespace vo {

class SecureBuffer;

struct PdfExportOptions {
    bool pdfa = false;          // PDF/A-2b: XMP with pdfaid part 2 / conformance B, sRGB OutputIntent
    bool keepMetadata = false;  // keep the original PDF's document information (and XMP unless pdfa)
    // Encrypt with AES-256 (security handler revision 6) under this password; null = no
    // encryption. The password stays in secure memory on our side.
    std::shared_ptr<const SecureBuffer> encryptPassword;

    bool encrypted() const;
    // PDF/A forbids encryption: that combination is a usage error.
    Result<void> validate() const;
};

}  // namespace vo
