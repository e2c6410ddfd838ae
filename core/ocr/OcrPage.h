#pragma once
// The recognition result as plain values: page → blocks → lines → words. Boxes are in pixels of
// the cleaned (rotated and deskewed) page image; toPoints() gives PDF points. Plain text, hOCR and
// the searchable PDF's text layer are all produced from this model, so a corrected word ends up
// everywhere.

#include <QLineF>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QString>

#include <vector>

namespace vo {

struct OcrWord {
    QString text;
    QRect box;            // image pixels, y down
    QLineF baseline;      // image pixels; the word's baseline from left to right edge
    float confidence = 0; // 0..100
};

struct OcrLine {
    QRect box;
    QLineF baseline;      // image pixels; the line's baseline across its box (hOCR's baseline)
    std::vector<OcrWord> words;
};

struct OcrBlock {
    QRect box;
    std::vector<OcrLine> lines;
};

struct OcrPage {
    QSize imageSize;        // pixels of the cleaned image the boxes refer to
    int dpiX = 300;
    int dpiY = 300;
    int rotationApplied = 0;   // degrees clockwise applied to the source before OCR (0/90/180/270)
    double deskewDegrees = 0;  // deskew angle applied after rotation
    QString languages;         // e.g. "eng+deu"
    std::vector<OcrBlock> blocks;

    // Lines joined by '\n', blocks separated by a blank line.
    QString plainText() const;
    int wordCount() const;
    QSizeF sizeInPoints() const;
    // Converts image pixels (y down) to PDF points with the origin at the page's bottom left.
    QRectF toPoints(const QRect& pixels) const;

    // A copy that shares no text buffer with this page. What crosses to another thread (a save,
    // an export) takes one, so that wiping either side never zeroes text the other still uses.
    OcrPage deepCopy() const;
    // Zeroes every word's characters in place, shared copies included (util/PlaintextWipe.h).
    void wipeText() const;
};

}  // namespace vo
