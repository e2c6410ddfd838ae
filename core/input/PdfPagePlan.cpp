#include "input/PdfPagePlan.h"

#include "input/PdfPageGeometry.h"

namespace vo {

PdfPageInfo planPdfPage(QPDFPageObjectHelper page, double dpiX, double dpiY, PdfTextMode mode, PageTextScan* scanOut)
{
    PdfPageInfo info;
    const PdfPageBox box = pdfPageBox(page);
    info.pixelToUser = box.pixelToUser(dpiX, dpiY);
    info.renderedSize = box.renderedSize(dpiX, dpiY);
    PageTextScan scan;
    try {
        scan = scanPageText(page);
    } catch (const std::exception&) {
        // Content qpdf cannot tokenise: poppler may still draw it.
        scan = PageTextScan{};
    }
    if (mode == PdfTextMode::Redo && scan.invisibleText) {
        info.treatment = PdfPageInfo::Treatment::Graft;
        info.stripInvisibleText = true;
    } else {
        info.treatment = scan.hasText() ? PdfPageInfo::Treatment::Keep : PdfPageInfo::Treatment::Graft;
    }
    if (scanOut)
        *scanOut = scan;
    return info;
}

}  // namespace vo
