#pragma once
// Tricky PDF inputs made at test time, so every property under test is known by construction:
// scanned pages with CCITT G4, JBIG2, JPEG or Flate images, any /Rotate, MediaBox origins away
// from 0,0, a CropBox, an earlier invisible text layer, huge pages; born-digital pages drawn with
// QPdfWriter. A small PDF writer of its own (not the code under test) writes the scanned ones.

#include "PdfTools.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vo::test {

struct FixtureImage {
    QByteArray dict;  // image XObject entries without << >> and /Length
    QByteArray data;  // stream bytes as stored
    int widthPx = 0, heightPx = 0;
    double dpi = 300;
    double widthPt() const { return widthPx * 72.0 / dpi; }
    double heightPt() const { return heightPx * 72.0 / dpi; }
};

// A bilevel scan (e.g. tess_phototest.tif) as CCITT G4, and the same pixels as JBIG2 (an MMR
// generic region, which is G4-coded). dpi is the file's own.
FixtureImage g4Image(const QString& bilevelTiff);
FixtureImage jbig2Image(const QString& bilevelTiff);
// A JPEG file's bytes as DCTDecode.
FixtureImage jpegImage(const QString& jpeg, double dpi);

struct FixturePage {
    std::optional<FixtureImage> image;
    int rotate = 0;            // /Rotate; the image is drawn so that the displayed page is upright
    QPointF origin{0, 0};      // MediaBox lower left (user space)
    std::optional<QRectF> crop;
    QSizeF emptySize;          // a page without image: its MediaBox size
    QByteArray extraContent;   // appended to the content; may use /F1 (Helvetica)
};

bool writeImagePdf(const QString& path, const std::vector<FixturePage>& pages);
// A born-digital page per entry (text drawn with QPdfWriter, fonts embedded by Qt).
bool writeBornDigitalPdf(const QString& path, const std::vector<QStringList>& pageLines);

// Raw (still encoded) bytes of every stream a page (0-based) uses: its content, resources
// (images, fonts, forms, recursively) and annotations. Sorted, so two pages can be compared as
// multisets (qpdf's library, not the code under test).
QList<QByteArray> pageStreams(const QString& pdf, int pageIndex, const char* password = nullptr);
// Whether a page (0-based) carries VaultOCR's text layer: a Form XObject named /VoOcr0 in its resources.
bool hasOcrLayer(const QString& pdf, int pageIndex, const char* password = nullptr);
// Whether every element of `part` is in `all` (as multisets).
bool containsAll(const QList<QByteArray>& all, const QList<QByteArray>& part);

// pdfimages -list, read by column (enc is the 9th).
struct ImageListEntry {
    int page, width, height;
    QString encoding;  // ccitt, jbig2, jpeg, image (Flate), …
    QString size;      // as pdfimages prints it (e.g. 4232B)
};
std::vector<ImageListEntry> pdfImageList(const QString& pdf, const QString& password = {});

// pdftotext -bbox of one page (1-based), optionally relative to the CropBox.
std::vector<BoxedWord> pdfWordsOnPage(const QString& pdf, int page, bool cropBox = false);
QString pdfPageText(const QString& pdf, int page);
// Share of OCR words (hOCR boxes in pixels at dpi, mapped by `map` into page points) that have a
// pdftotext box with IoU >= 0.5.
double alignedShare(const std::vector<BoxedWord>& ocrPoints, const std::vector<BoxedWord>& pdfWords);
// hOCR words of page `page` (1-based) in points.
std::vector<BoxedWord> hocrWordsInPoints(const QString& hocrFile, int page, double dpi);

}  // namespace vo::test
