#pragma once
// A stored PDF original, decrypted into memory for an export that keeps its pages (the way
// `vaultocr ocr` keeps them in Skip mode): never written anywhere in clear, read in place by qpdf
// (no copy), and zeroed when this object goes (or at wipe()). Whoever reads it through bytes()
// must be gone by then: the PdfAssembler that reads it is destroyed first.
//
// The stored OCR pages came from rendering this very PDF (the import OCRs every PDF page in
// Force mode, through the same PdfPageSource rendering `vaultocr ocr` uses), so their boxes,
// resolution, quarter turn and deskew place the text on the original page exactly as in Skip
// mode (PdfGraftGeometry).

#include "input/PageImage.h"
#include "ocr/OcrPage.h"
#include "util/Result.h"

#include <QByteArray>

#include <memory>
#include <vector>

class QPDF;
class QPDFPageObjectHelper;

namespace vo {

class StoredPdfOriginal {
public:
    // `expectedBytes`: the plaintext size, reserved up front so growing never leaves a copy.
    explicit StoredPdfOriginal(qint64 expectedBytes);
    ~StoredPdfOriginal();
    StoredPdfOriginal(const StoredPdfOriginal&) = delete;
    StoredPdfOriginal& operator=(const StoredPdfOriginal&) = delete;

    // Whether the first bytes of a document's original say PDF (sniffed like any input).
    static bool looksLikePdf(const QByteArray& head);
    void append(const QByteArray& chunk);

    // Parses the bytes with qpdf; false when they cannot be read now, have not `pages` pages, or
    // (with `pdfa`) hold something PDF/A-2b forbids: the export then uses the stored page images.
    bool open(int pages, bool pdfa);
    // The page's Skip-mode treatment and the placement of its rendering at the OCR page's
    // resolution. After open() only.
    Result<PdfPageInfo> pageInfo(int index, const OcrPage& page) const;

    const QByteArray& bytes() const { return m_bytes; }
    // Drops qpdf's view and zeroes the bytes; idempotent.
    void wipe();

private:
    QByteArray m_bytes;  // never shared: data() does not detach, so zeroing reaches the only copy
    std::unique_ptr<QPDF> m_qpdf;
    std::vector<QPDFPageObjectHelper> m_pages;
};

}  // namespace vo
