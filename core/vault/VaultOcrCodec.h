#pragma once
// How OCR results and page images are stored inside the vault's (encrypted) blobs: one record
// per page, QDataStream with a magic and a version, so the model can grow without breaking old
// vaults. Everything the text layer needs survives the round trip: blocks, lines, words, boxes,
// baselines, confidences, the page geometry and the languages.

#include "ocr/OcrPage.h"
#include "pdf/PdfImage.h"
#include "util/Result.h"

#include <QByteArray>

namespace vo::ocr_codec {

QByteArray encodePage(const OcrPage& page);
Result<OcrPage> decodePage(const QByteArray& bytes);  // malformed → Integrity

QByteArray encodeImage(const PdfImage& image);
Result<PdfImage> decodeImage(const QByteArray& bytes);

}  // namespace vo::ocr_codec
