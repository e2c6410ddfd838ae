#pragma once
// What happens to PDF pages that already carry text, decided page by page.

#include <QString>

#include <optional>

namespace vo {

enum class PdfTextMode {
    Skip,   // pages with any text are left exactly as they are; pages without text are OCRed
    Redo,   // an earlier invisible OCR layer is removed and the page OCRed again; visible text stays
    Force,  // every page is rasterised and OCRed; the output page is the rendered image
};

std::optional<PdfTextMode> parsePdfTextMode(const QString& name);  // "skip", "redo", "force"

}  // namespace vo
