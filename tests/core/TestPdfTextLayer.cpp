// The text layer's content stream, read back operator by operator: invisible text, one font size
// per block, advances that span the word boxes, UTF-16 code units, and robustness against odd
// OCR output (no baseline, steep "baselines", outlier boxes, control characters, empty words).

#include "pdf/PdfTextLayer.h"

#include <QRegularExpression>
#include <QtTest>

using namespace vo;

namespace {

OcrWord word(const QString& text, QRect box, QLineF baseline = {})
{
    OcrWord w;
    w.text = text;
    w.box = box;
    w.baseline = baseline;
    return w;
}

OcrPage pageWith(std::vector<std::vector<OcrWord>> lines, int dpi = 72)
{
    OcrPage page;
    page.imageSize = QSize(1000, 1000);
    page.dpiX = page.dpiY = dpi;
    OcrBlock block;
    for (auto& words : lines) {
        OcrLine line;
        line.words = std::move(words);
        block.lines.push_back(std::move(line));
    }
    page.blocks.push_back(std::move(block));
    return page;
}

QList<double> operands(const QByteArray& content, const char* op)
{
    QList<double> out;
    const QRegularExpression re(QStringLiteral("(-?[\\d.]+) %1\\b").arg(QLatin1String(op)));
    auto it = re.globalMatch(QString::fromLatin1(content));
    while (it.hasNext())
        out << it.next().captured(1).toDouble();
    return out;
}

QStringList hexStrings(const QByteArray& content)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("<([0-9A-F]+)> Tj"));
    auto it = re.globalMatch(QString::fromLatin1(content));
    while (it.hasNext())
        out << it.next().captured(1);
    return out;
}

// Where each word (not the spaces between words) starts: the text matrix's origin when its Tj
// runs, following Tm (absolute) and Td (relative to the last Tm or Td) as a reader does.
QList<QPointF> wordOrigins(const QByteArray& content)
{
    QList<QPointF> out;
    QPointF line;
    double a = 1, b = 0, c = 0, d = 1;
    static const QRegularExpression re(QStringLiteral(
        "(?:([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) Tm)|(?:([-\\d.]+) ([-\\d.]+) Td)|<([0-9A-F]+)> Tj"));
    auto it = re.globalMatch(QString::fromLatin1(content));
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            a = m.captured(1).toDouble(), b = m.captured(2).toDouble(), c = m.captured(3).toDouble(), d = m.captured(4).toDouble();
            line = QPointF(m.captured(5).toDouble(), m.captured(6).toDouble());
        } else if (!m.captured(7).isEmpty()) {
            const double tx = m.captured(7).toDouble(), ty = m.captured(8).toDouble();
            line += QPointF(tx * a + ty * c, tx * b + ty * d);  // Td offsets are in text space
        }
        else if (m.captured(9) != QLatin1String("0020"))
            out << line;
    }
    return out;
}

}  // namespace

class TestPdfTextLayer : public QObject {
    Q_OBJECT

private slots:
    void emptyPageHasNoText()
    {
        OcrPage page;
        page.imageSize = QSize(100, 100);
        QVERIFY(pdfTextLayer(page).content.isEmpty());
        page.dpiX = 0;  // invalid geometry
        page.blocks.push_back(OcrBlock{});
        QVERIFY(pdfTextLayer(page).content.isEmpty());
    }

    void invisibleTextWithSpacesBetweenWords()
    {
        // 72 dpi: pixels are points; y flips (page height 1000).
        const OcrPage page = pageWith({{word(QStringLiteral("ab"), QRect(100, 100, 40, 20), QLineF(100, 115, 140, 115)),
                                        word(QStringLiteral("cd"), QRect(150, 100, 40, 20), QLineF(150, 115, 190, 115))}});
        const PageText text = pdfTextLayer(page);
        QVERIFY(text.content.startsWith("BT\n3 Tr\n"));
        QVERIFY(text.content.endsWith("ET\n"));
        // The space rides at the end of the first word's string (the second word is placed by Td).
        QCOMPARE(hexStrings(text.content), QStringList({QStringLiteral("006100620020"), QStringLiteral("00630064")}));
        // Font size = ascent 15 + descent 5; word advance 2 glyphs × 0.5 em × 20 × Tz = 40 → Tz 200.
        // Text state is written only when it changes: one Tf, one Ts and one Tz for both words.
        QCOMPARE(operands(text.content, "Tf"), QList<double>({20}));
        QCOMPARE(operands(text.content, "Tz"), QList<double>({200}));
        QVERIFY(text.content.contains("1 0 0 1 100 885 Tm"));
        QVERIFY(text.content.contains("50 0 Td"));
        // Origin on the baseline: x 100, y 1000 - 115; lowered by the 5 pt descent.
        QCOMPARE(wordOrigins(text.content), QList<QPointF>({QPointF(100, 885), QPointF(150, 885)}));
        QCOMPARE(operands(text.content, "Ts"), QList<double>({-5}));
        QCOMPARE(text.fonts.size(), size_t(1));
        QCOMPARE(text.fonts[0].height, 1000);  // the whole 20 pt
        QCOMPARE(fontResourceName(text.fonts[0]), QByteArray("/G1000"));
    }

    void oneFontSizePerBlockWhateverTheWordHeights()
    {
        // "ox" has no ascender, "dog" a descender, "|" is an OCR'd vertical rule.
        const OcrPage page = pageWith({{word(QStringLiteral("ox"), QRect(100, 105, 20, 10), QLineF(100, 115, 120, 115)),
                                        word(QStringLiteral("dog"), QRect(130, 100, 30, 20), QLineF(130, 115, 160, 115)),
                                        word(QStringLiteral("|"), QRect(170, 0, 3, 400), QLineF(170, 115, 173, 115))},
                                       {word(QStringLiteral("Tim"), QRect(100, 140, 30, 15), QLineF(100, 155, 130, 155))}});
        const PageText text = pdfTextLayer(page);
        const QList<double> sizes = operands(text.content, "Tf");
        QCOMPARE(sizes.size(), 4);
        for (double s : sizes)
            QCOMPARE(s, 20.0);  // ascent 15 + descent 5 of the ordinary words; the rule does not count
        // Heights ox 10, dog 20, Tim 15 of 20 pt on the 1.15 scale (1.15^-5, 1, 1.15^-2); the
        // 400 pt rule is capped below 3 em.
        std::vector<int> heights;
        for (const GlyphBox& b : text.fonts)
            heights.push_back(b.height);
        QCOMPARE(heights, std::vector<int>({497, 756, 1000, 2990}));
    }

    void wordsOffTheBaselineAreRaised()
    {
        // A dash floating 5 pt above the baseline is raised to its box bottom, a word with a
        // descender lowered by it.
        const OcrPage page = pageWith({{word(QStringLiteral("ab"), QRect(100, 100, 40, 20), QLineF(100, 115, 140, 115)),
                                        word(QStringLiteral("-"), QRect(150, 108, 10, 2), QLineF(150, 115, 160, 115))}});
        const QList<double> rises = operands(pdfTextLayer(page).content, "Ts");
        QCOMPARE(rises.size(), 2);
        QCOMPARE(rises[0], -5.0);
        QCOMPARE(rises[1], 5.0);
    }

    void missingOrSteepBaselineFallsBackToTheBoxBottom()
    {
        const OcrPage page = pageWith({{word(QStringLiteral("a"), QRect(100, 100, 10, 20)),
                                        word(QStringLiteral("b"), QRect(120, 100, 10, 20), QLineF(120, 120, 121, 0))}});
        const QByteArray content = pdfTextLayer(page).content;
        QCOMPARE(wordOrigins(content), QList<QPointF>({QPointF(100, 880), QPointF(120, 880)}));
        QVERIFY(content.contains("1 0 0 1 100 880 Tm"));
        QVERIFY(content.contains("20 0 Td"));  // level words move relative to the previous one
    }

    void tiltedBaselineRotatesTheText()
    {
        const double rad = 2.0 * M_PI / 180;
        const OcrPage page = pageWith({{word(QStringLiteral("tilt"), QRect(100, 90, 100, 24),
                                             QLineF(100, 114, 200, 114 - 100 * std::tan(rad)))}});
        const QByteArray content = pdfTextLayer(page).content;
        static const QRegularExpression tm(QStringLiteral("([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) [-\\d.]+ [-\\d.]+ Tm"));
        const auto m = tm.match(QString::fromLatin1(content));
        QVERIFY(m.hasMatch());
        QVERIFY(std::abs(m.captured(1).toDouble() - std::cos(rad)) < 1e-3);
        QVERIFY(std::abs(m.captured(2).toDouble() - std::sin(rad)) < 1e-3);  // rising to the right
    }

    // All words of a line take the line's angle (not their own noisy baselines), so after the
    // first word's matrix the rest are Td steps in the rotated text space, landing on the line.
    void wordsOfATiltedLineShareOneMatrix()
    {
        const double rad = 2.0 * M_PI / 180, slope = std::tan(rad);
        std::vector<OcrWord> words;
        for (int i = 0; i < 5; ++i) {
            const double x = 100 + 60 * i;
            // Each word's own baseline is off by ±1°; the line's is the truth.
            const double own = std::tan(rad + (i % 2 ? 1 : -1) * M_PI / 180);
            words.push_back(word(QStringLiteral("w%1").arg(i), QRect(int(x), int(400 - slope * (x + 50 - 100)) - 20, 50, 26),
                                 QLineF(x, 400 - slope * (x - 100), x + 50, 400 - slope * (x - 100) - own * 50)));
        }
        OcrPage page = pageWith({std::move(words)});
        page.blocks[0].lines[0].baseline = QLineF(100, 400, 400, 400 - slope * 300);
        const QByteArray content = pdfTextLayer(page).content;
        QCOMPARE(operands(content, "Tm").size(), 1);
        QCOMPARE(operands(content, "Td").size(), 4);
        const QList<QPointF> origins = wordOrigins(content);
        QCOMPARE(origins.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const double x = 100 + 60 * i;
            const QPointF expected(x, 1000 - (400 - slope * (x - 100)));
            QVERIFY2(QLineF(origins[i], expected).length() < 0.02,
                     qPrintable(QStringLiteral("word %1 at %2,%3").arg(i).arg(origins[i].x()).arg(origins[i].y())));
        }
    }

    void utf16CodeUnitsAndNoControlCharacters()
    {
        const OcrPage page = pageWith({{word(QStringLiteral("\u20AC\t\U0001D11E"), QRect(100, 100, 30, 20)),
                                        word(QStringLiteral("\n\r"), QRect(140, 100, 30, 20)),
                                        word(QStringLiteral("x"), QRect(180, 100, 0, 20))}});
        const QStringList hex = hexStrings(pdfTextLayer(page).content);
        // The euro sign, then G clef as a surrogate pair; the tab, the all-control word and the
        // empty box are dropped.
        QCOMPARE(hex, QStringList({QStringLiteral("20ACD834DD1E")}));
    }
};

QTEST_GUILESS_MAIN(TestPdfTextLayer)
#include "TestPdfTextLayer.moc"
