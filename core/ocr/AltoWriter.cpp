#include "ocr/AltoWriter.h"

#include "ocr/HocrWriter.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace vo {
namespace {

QString position(const QRect& r)
{
    return QStringLiteral("HPOS=\"%1\" VPOS=\"%2\" WIDTH=\"%3\" HEIGHT=\"%4\"")
        .arg(r.left())
        .arg(r.top())
        .arg(r.width())
        .arg(r.height());
}

// ALTO's BASELINE as one vertical position: where the line's baseline crosses its middle.
QString baselineAttribute(const OcrLine& line)
{
    if (line.baseline.isNull())
        return {};
    const double y = (line.baseline.y1() + line.baseline.y2()) / 2.0;
    return QStringLiteral(" BASELINE=\"%1\"").arg(QString::number(std::round(y * 10.0) / 10.0, 'f', 1));
}

QString confidence(float c)
{
    const double wc = std::clamp(double(c) / 100.0, 0.0, 1.0);
    return QString::number(std::round(wc * 100.0) / 100.0, 'f', 2);
}

}  // namespace

QByteArray AltoWriter::begin()
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\""
               " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
               " xsi:schemaLocation=\"http://www.loc.gov/standards/alto/ns-v4# "
               "http://www.loc.gov/standards/alto/v4/alto-4-2.xsd\" SCHEMAVERSION=\"4.2\">\n"
               " <Description>\n"
               "  <MeasurementUnit>pixel</MeasurementUnit>\n"
               "  <Processing ID=\"ocr\">\n"
               "   <processingStepDescription>contentGeneration</processingStepDescription>\n"
               "   <processingSoftware>\n"
               "    <softwareName>VaultOCR</softwareName>\n"
               "    <softwareVersion>%1</softwareVersion>\n"
               "   </processingSoftware>\n"
               "  </Processing>\n"
               " </Description>\n"
               " <Layout>\n")
        .arg(QStringLiteral(VAULTOCR_VERSION))
        .toUtf8();
}

QByteArray AltoWriter::page(const OcrPage& page, int pageNo)
{
    const QString p = QStringLiteral("p%1").arg(pageNo);
    const QRect all(QPoint(0, 0), page.imageSize);
    QString out = QStringLiteral("  <Page ID=\"%1\" PHYSICAL_IMG_NR=\"%2\" WIDTH=\"%3\" HEIGHT=\"%4\">\n"
                                 "   <PrintSpace %5>\n")
                      .arg(p)
                      .arg(pageNo)
                      .arg(page.imageSize.width())
                      .arg(page.imageSize.height())
                      .arg(position(all));
    int b = 0;
    for (const OcrBlock& block : page.blocks) {
        const QString bid = QStringLiteral("%1_b%2").arg(p).arg(++b);
        out += QStringLiteral("    <TextBlock ID=\"%1\" %2>\n").arg(bid, position(block.box));
        int l = 0;
        for (const OcrLine& line : block.lines) {
            if (std::none_of(line.words.begin(), line.words.end(), [](const OcrWord& w) { return !w.text.isEmpty(); }))
                continue;  // ALTO wants at least one String per TextLine
            const QString lid = QStringLiteral("%1_l%2").arg(bid).arg(++l);
            out += QStringLiteral("     <TextLine ID=\"%1\" %2%3>\n").arg(lid, position(line.box), baselineAttribute(line));
            int w = 0;
            const OcrWord* previous = nullptr;
            for (const OcrWord& word : line.words) {
                if (word.text.isEmpty())
                    continue;
                if (previous) {
                    // The gap between two words of the line.
                    const int left = previous->box.left() + previous->box.width();
                    out += QStringLiteral("      <SP WIDTH=\"%1\" HPOS=\"%2\" VPOS=\"%3\"/>\n")
                               .arg(std::max(0, word.box.left() - left))
                               .arg(left)
                               .arg(previous->box.top());
                }
                out += QStringLiteral("      <String ID=\"%1_w%2\" %3 WC=\"%4\" CONTENT=\"%5\"/>\n")
                           .arg(lid)
                           .arg(++w)
                           .arg(position(word.box), confidence(word.confidence), HocrWriter::escape(word.text));
                previous = &word;
            }
            out += QStringLiteral("     </TextLine>\n");
        }
        out += QStringLiteral("    </TextBlock>\n");
    }
    out += QStringLiteral("   </PrintSpace>\n  </Page>\n");
    return out.toUtf8();
}

QByteArray AltoWriter::end() { return QByteArrayLiteral(" </Layout>\n</alto>\n"); }

}  // namespace vo
