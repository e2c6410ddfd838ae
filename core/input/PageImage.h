#pragma once

#include "input/Pix.h"

#include <QByteArray>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QTransform>

#include <optional>
#include <vector>

namespace vo {

// A word of text a PDF page already has, as poppler reads it: box in pixels of the page
// rendered at the PageImage's resolution (y down). Words of a line share `line`; lines of a
// block share `block` (both count from 0 in reading order).
struct PageTextWord {
    QString text;
    QRectF box;
    int line = 0;
    int block = 0;
};

// What a page of a PDF input is, and how the output keeps it.
struct PdfPageInfo {
    enum class Treatment {
        Rasterise,  // the output page is the rendered (cleaned) image with a text layer
        Keep,       // the page already has text: it is copied as it is, not OCRed
        Graft,      // OCRed; the text layer is added to the original page, which stays as it was
    };
    Treatment treatment = Treatment::Rasterise;
    bool stripInvisibleText = false;  // redo: the page's earlier invisible text layer is removed
    QSize renderedSize;               // the page at the PageImage's dpi, in pixels (also when not rendered)
    QTransform pixelToUser;           // rendered pixel (x right, y down) → PDF default user space
    // Keep: the page's text. Graft with stripInvisibleText: its visible text (without the old layer).
    std::vector<PageTextWord> words;
    // Set by the pipeline for Graft pages: blocks [0, n) of the page's OcrPage are new OCR and go
    // into the text layer; later blocks are the page's own visible text (already in the PDF).
    int ocrBlockCount = -1;  // -1: every block
};

// One decoded page, ready for OCR, plus what the PDF writer needs to reuse the source's bytes.
struct PageImage {
    PixPtr pix;                  // 1, 8 or 32 bpp; resolution set on the PIX too. Null only for a
                                 // kept PDF page when InputOptions::renderKeptPages is false.
    int dpiX = 300;
    int dpiY = 300;
    bool dpiAssumed = false;     // the file had no plausible resolution; 300 was assumed
    QByteArray jpegPassthrough;  // the original JPEG stream when the page is a JPEG file, else empty
    std::optional<PdfPageInfo> pdf;  // set for pages of a PDF opened in skip or redo mode
};

}  // namespace vo
