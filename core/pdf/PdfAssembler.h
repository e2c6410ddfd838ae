#pragma once
// The searchable PDF when pages come from PDF inputs, or when the output is encrypted: built
// with qpdf, page by page, and written once at finish() to the AtomicFile (nothing else touches
// the disk; sources are read by qpdf from their files as needed).
//
// The output is based on the PDF of the first page added, changed in memory: its pages that are
// kept stay exactly as they were (content streams, images, fonts, annotations: same bytes), OCRed
// ones get the invisible text as a Form XObject drawn under their content, and pages of other
// inputs are appended (copied from their PDFs, or built from images). Streams are written as they
// are stored (no decoding, no recompression). Document-level structure (outline, forms, tags) is
// that of the base PDF.
//
// Memory: PDF pages are read from their files (or the bytes in memory) when written; image pages (image inputs, or
// --mode force) keep their encoded image in memory until finish(). SearchablePdfWriter streams
// and is used instead whenever no page comes from a PDF and nothing is encrypted.

#include "input/PageImage.h"
#include "ocr/OcrPage.h"
#include "pdf/PdfExportOptions.h"
#include "pdf/PdfImage.h"
#include "util/Result.h"

#include <QStringList>

#include <memory>

namespace vo {

class SecureBuffer;
struct SourcePagePlacement;

class PdfAssembler {
public:
    // `inputs` are the job's input files in order (the inputIndex of addPdfPage); PDFs among them
    // are opened with `inputPassword` when needed. `inputInMemory`, when set, is input 0 instead
    // (the vault's decrypted original): qpdf reads it in place, never copied to a file, so it
    // must stay alive and unchanged until the assembler is destroyed.
    static Result<std::unique_ptr<PdfAssembler>> create(const QString& destination, const PdfExportOptions& options,
                                                        const QStringList& inputs,
                                                        std::shared_ptr<const SecureBuffer> inputPassword,
                                                        const QByteArray* inputInMemory = nullptr);
    ~PdfAssembler();  // without finish(): nothing appears on disk

    Result<void> addImagePage(const PdfImage& image, const OcrPage& page);
    // The source image before OCR turned and deskewed it (see SearchablePdfWriter::addSourcePage).
    Result<void> addSourceImagePage(const PdfImage& image, const OcrPage& page, int sourceDpiX, int sourceDpiY);
    // A page of a PDF input, kept (info.treatment Keep) or with `page`'s words as its text layer
    // (Graft; only the first info.ocrBlockCount blocks when set).
    Result<void> addPdfPage(int inputIndex, int pageIndex, const PdfPageInfo& info, const OcrPage& page);
    Result<void> finish();

private:
    Result<void> addImage(const PdfImage& image, const OcrPage& page, const SourcePagePlacement* source);
    struct Impl;
    explicit PdfAssembler(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

}  // namespace vo
