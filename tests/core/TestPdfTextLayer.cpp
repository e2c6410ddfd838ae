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
        QCOMPARE(hexStrings(text.content), QStringList({QStringLiteral("00610062"), QStringLiteral("0020"),
                                                        QStringLiteral("00630064")}));
        // Font size = ascent 15 + descent 5; word advance 2 glyphs × 0.5 em × 20 × Tz = 40 → Tz 200.
        QCOMPARE(operands(text.content, "Tf"), QList<double>({20, 20}));
        const QList<double> tz = operands(text.content, "Tz");
        QCOMPARE(tz.size(), 3);
        QCOMPARE(tz[0], 200.0);
        QCOMPARE(tz[1], 100.0);  // the 10 pt gap: 1 glyph × 0.5 × 20 × 1.0
        QCOMPARE(tz[2], 200.0);
        // Origin on the baseline: x 100, y 1000 - 115; lowered by the 5 pt descent.
        QVERIFY(text.content.contains("1 0 0 1 100 885 Tm"));
        QCOMPARE(operands(text.content, "Ts"), QList<double>({-5, -5}));
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
        // Heights ox 10, dog 20, Tim 15 of 20 pt; the 400 pt rule is capped below 3 em.
        std::vector<int> heights;
        for (const GlyphBox& b : text.fonts)
            heights.push_back(b.height);
        QCOMPARE(heights, std::vector<int>({500, 750, 1000, 2990}));
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
        QVERIFY(content.contains("1 0 0 1 100 880 Tm"));
        QVERIFY(content.contains("1 0 0 1 120 880 Tm"));
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
