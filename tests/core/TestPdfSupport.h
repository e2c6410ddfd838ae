#pragma once
// Fixtures for the PDF writer tests: pages of known text rendered with QPainter (so each word's
// ink box and baseline are known exactly), PIX conversions that do not depend on core/input, and
// readers for what poppler-utils report about a PDF.

#include "TestUtil.h"
#include "input/Pix.h"
#include "ocr/OcrPage.h"

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <vector>

namespace vo::test {

using Lines = std::vector<QStringList>;   // one QStringList of words per line
using Blocks = std::vector<Lines>;

struct RenderedPage {
    QImage image;         // Format_RGB32, white background, black text
    OcrPage page;         // boxes = ink boxes measured from the pixels
    QRect blackMarker;    // a solid black square: a pixel known to be black
    QRect whiteProbe;     // an area known to be white
};

// Ink bounding box of dark pixels (grey < 128) inside `region`.
inline QRect inkBox(const QImage& img, const QRect& region)
{
    QRect box;
    const QRect r = region.intersected(img.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(line[x]) < 128)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

// Draws the blocks top to bottom; `tiltDegrees` != 0 draws every word rotated about its origin
// (counter-clockwise on the page) with a matching tilted baseline.
inline RenderedPage renderWords(const Blocks& blocks, QSize size, int dpi, int pixelSize, double tiltDegrees = 0)
{
    RenderedPage out;
    out.image = QImage(size, QImage::Format_RGB32);
    out.image.fill(Qt::white);
    out.page.imageSize = size;
    out.page.dpiX = out.page.dpiY = dpi;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixelSize);
    const QFontMetricsF fm(font);
    QPainter p(&out.image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    p.setPen(Qt::black);
    const int margin = pixelSize * 2;
    out.blackMarker = QRect(size.width() - margin, margin / 2, margin / 2, margin / 2);
    out.whiteProbe = QRect(size.width() - margin, margin * 2, margin / 2, margin / 2);
    p.fillRect(out.blackMarker, Qt::black);
    const double rad = tiltDegrees * M_PI / 180.0;
    double y = margin + fm.ascent();
    for (const Lines& lines : blocks) {
        OcrBlock block;
        for (const QStringList& words : lines) {
            OcrLine line;
            double x = margin;
            for (const QString& w : words) {
                const double adv = fm.horizontalAdvance(w);
                p.save();
                p.translate(x, y);
                p.rotate(-tiltDegrees);
                p.drawText(QPointF(0, 0), w);
                p.restore();  // the raster engine paints straight into the image: measurable now
                const double rise = adv * std::sin(rad);
                const QRect region(int(x) - 2, int(y - fm.ascent() - rise) - 2, int(adv) + 5,
                                   int(fm.ascent() + fm.descent() + rise) + 5);
                OcrWord word;
                word.text = w;
                word.box = inkBox(out.image, region);
                word.baseline = QLineF(x, y, x + adv * std::cos(rad), y - rise);
                word.confidence = 95;
                line.words.push_back(word);
                line.box |= word.box;
                x += adv + fm.horizontalAdvance(QLatin1Char(' '));
            }
            block.box |= line.box;
            block.lines.push_back(line);
            y += fm.lineSpacing() * 1.3;
        }
        out.page.blocks.push_back(block);
        y += fm.lineSpacing();
    }
    return out;
}

inline PixPtr pixFromImage(const QImage& src, int depth, int dpi)
{
    const QImage img = src.convertToFormat(QImage::Format_RGB32);
    PixPtr pix(pixCreate(img.width(), img.height(), depth));
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        l_uint32* row = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = line[x];
            if (depth == 1) {
                if (qGray(c) < 128)
                    SET_DATA_BIT(row, x);
            } else if (depth == 8) {
                SET_DATA_BYTE(row, x, qGray(c));
            } else {
                composeRGBPixel(qRed(c), qGreen(c), qBlue(c), row + x);
            }
        }
    }
    pixSetResolution(pix.get(), dpi, dpi);
    return pix;
}

struct PdfWord {
    int page = 0;  // 1-based
    QString text;
    QRectF box;    // points, y down from the page top
};

inline std::vector<PdfWord> pdfBboxWords(const QString& pdf)
{
    const ProcessResult r = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    std::vector<PdfWord> words;
    QXmlStreamReader xml(r.out);
    int page = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page"))
            ++page;
        if (xml.name() != QLatin1String("word"))
            continue;
        const auto a = xml.attributes();
        const QPointF p0(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble());
        const QPointF p1(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble());
        words.push_back({page, xml.readElementText(), QRectF(p0, p1)});
    }
    return words;
}

// Page sizes in points as pdfinfo reports them.
inline std::vector<QSizeF> pdfPageSizes(const QString& pdf, int pages)
{
    const ProcessResult r = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                           QStringLiteral("-l"), QString::number(pages), pdf});
    static const QRegularExpression re(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"));
    std::vector<QSizeF> sizes;
    auto it = re.globalMatch(QString::fromUtf8(r.out));
    while (it.hasNext()) {
        const auto m = it.next();
        sizes.emplace_back(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

inline QRectF pixelsToPoints(const QRect& box, int dpi)
{
    const double s = 72.0 / dpi;
    return QRectF(box.left() * s, box.top() * s, box.width() * s, box.height() * s);
}

inline double intersectionOverUnion(const QRectF& a, const QRectF& b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0;
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

// Renders one page with pdftoppm at `dpi` into a greyscale image.
inline QImage renderPdfPage(const QString& pdf, int page, int dpi, const QString& workDir)
{
    const QString prefix = workDir + QStringLiteral("/render-") + QString::number(page);
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                                     QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                     QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".pgm")).convertToFormat(QImage::Format_Grayscale8);
}

// Pixels where the render and the source disagree (each binarised at 128) although no source
// pixel in the 3x3 neighbourhood agrees either. Zero means "the same picture": poppler's Splash
// maps an image of N pixels onto a device span it rounds up to N+1 when the page width in points
// is not exact in binary, which shifts edges by up to one pixel; an inverted, shifted or garbled
// image gives thousands.
inline qint64 mismatchesBeyondOnePixel(const QImage& render, const QImage& source)
{
    if (render.size() != source.size())
        return -1;
    const QImage r = render.convertToFormat(QImage::Format_Grayscale8);
    const QImage s = source.convertToFormat(QImage::Format_Grayscale8);
    qint64 bad = 0;
    for (int y = 0; y < r.height(); ++y) {
        for (int x = 0; x < r.width(); ++x) {
            const bool dark = r.constScanLine(y)[x] < 128;
            bool agrees = false;
            for (int yy = std::max(0, y - 1); yy <= std::min(s.height() - 1, y + 1) && !agrees; ++yy)
                for (int xx = std::max(0, x - 1); xx <= std::min(s.width() - 1, x + 1) && !agrees; ++xx)
                    agrees = (s.constScanLine(yy)[xx] < 128) == dark;
            bad += !agrees;
        }
    }
    return bad;
}

// The page's image as poppler decodes it from the PDF (pdfimages), before any rendering.
inline QImage extractPdfImage(const QString& pdf, int page, const QString& workDir)
{
    const QString prefix = workDir + QStringLiteral("/extract-") + QString::number(page);
    run(QStringLiteral("pdfimages"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page), pdf, prefix});
    for (const char* ext : {".pbm", ".pgm", ".ppm"}) {
        const QString file = prefix + QStringLiteral("-000") + QLatin1String(ext);
        if (QFile::exists(file))
            return QImage(file);
    }
    return {};
}

inline double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// The lines of `blocks` joined the way pdftotext -raw prints them.
inline QString expectedText(const Blocks& blocks)
{
    QStringList lines;
    for (const Lines& block : blocks)
        for (const QStringList& words : block)
            lines << words.join(QLatin1Char(' '));
    return lines.join(QLatin1Char('\n'));
}

inline QStringList rawTextPages(const QString& pdf)
{
    const ProcessResult r = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QStringList pages = QString::fromUtf8(r.out).split(QLatin1Char('\f'));
    for (QString& p : pages)
        p = p.trimmed();
    pages.removeAll(QString());
    return pages;
}

// Best IoU of each model word against the PDF's words with the same text on the same page.
inline std::vector<double> wordIous(const std::vector<PdfWord>& pdfWords, int page, const OcrPage& model, int dpi)
{
    std::vector<double> ious;
    for (const OcrBlock& b : model.blocks)
        for (const OcrLine& l : b.lines)
            for (const OcrWord& w : l.words) {
                double best = 0;
                for (const PdfWord& pw : pdfWords)
                    if (pw.page == page && pw.text == w.text)
                        best = std::max(best, intersectionOverUnion(pw.box, pixelsToPoints(w.box, dpi)));
                if (best < 0.9)
                    qInfo("word %s: IoU %.3f", qPrintable(w.text), best);
                ious.push_back(best);
            }
    return ious;
}

}  // namespace vo::test
