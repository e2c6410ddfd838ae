#include "ocr/HocrWriter.h"

#include <QStringList>

#include <cmath>

namespace vo {
namespace {

QString bbox(const QRect& r)
{
    // hOCR boxes are x0 y0 x1 y1 with the far corner exclusive, like tesseract's.
    return QStringLiteral("bbox %1 %2 %3 %4")
        .arg(r.left())
        .arg(r.top())
        .arg(r.left() + r.width())
        .arg(r.top() + r.height());
}

QString rounded(double v)
{
    // QString::number is locale-independent: a German locale must not write "0,5".
    const double r = std::round(v * 1000.0) / 1000.0;
    return QString::number(r == 0 ? 0.0 : r, 'g', 10);
}

// hOCR's baseline: slope and offset of y = slope·x + offset, origin at the box's bottom left.
QString baseline(const QLineF& line, const QRect& box)
{
    if (line.isNull() || line.x1() == line.x2())
        return {};
    const double bottom = box.top() + box.height();
    const double x1 = line.x1() - box.left();
    const double y1 = line.y1() - bottom;
    const double slope = (line.y2() - line.y1()) / (line.x2() - line.x1());
    return QStringLiteral("; baseline %1 %2").arg(rounded(slope), rounded(y1 - slope * x1));
}

}  // namespace

QString HocrWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF
            || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r'))
            continue;
        switch (u) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QByteArray HocrWriter::begin()
{
    const QString head = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n"
        "    \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"
        " <head>\n"
        "  <title></title>\n"
        "  <meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>\n"
        "  <meta name=\"ocr-system\" content=\"VaultOCR %1\"/>\n"
        "  <meta name=\"ocr-capabilities\" content=\"ocr_page ocr_carea ocr_line ocrx_word ocrp_wconf\"/>\n"
        " </head>\n"
        " <body>\n");
    return head.arg(QStringLiteral(VAULTOCR_VERSION)).toUtf8();
}

QByteArray HocrWriter::page(const OcrPage& page, int pageNo)
{
    const QString p = QString::number(pageNo);
    QString out;
    out += QStringLiteral("  <div class=\"ocr_page\" id=\"page_%1\" title=\"%2; ppageno %3; scan_res %4 %5\">\n")
               .arg(p, bbox(QRect(QPoint(0, 0), page.imageSize)))
               .arg(pageNo - 1)
               .arg(page.dpiX)
               .arg(page.dpiY);
    int blockNo = 0, lineNo = 0, wordNo = 0;
    for (const OcrBlock& block : page.blocks) {
        out += QStringLiteral("   <div class=\"ocr_carea\" id=\"block_%1_%2\" title=\"%3\">\n")
                   .arg(p).arg(++blockNo).arg(bbox(block.box));
        for (const OcrLine& line : block.lines) {
            out += QStringLiteral("    <span class=\"ocr_line\" id=\"line_%1_%2\" title=\"%3%4\">")
                       .arg(p).arg(++lineNo).arg(bbox(line.box), baseline(line.baseline, line.box));
            for (const OcrWord& word : line.words) {
                out += QStringLiteral("\n     <span class=\"ocrx_word\" id=\"word_%1_%2\" title=\"%3; x_wconf %4\">%5</span>")
                           .arg(p).arg(++wordNo).arg(bbox(word.box))
                           .arg(int(std::lround(word.confidence)))
                           .arg(escape(word.text));
            }
            out += QStringLiteral("\n    </span>\n");
        }
        out += QStringLiteral("   </div>\n");
    }
    out += QStringLiteral("  </div>\n");
    return out.toUtf8();
}

QByteArray HocrWriter::end() { return QByteArrayLiteral(" </body>\n</html>\n"); }

}  // namespace vo
