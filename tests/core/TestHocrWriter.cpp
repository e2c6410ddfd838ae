#include "ocr/HocrWriter.h"
#include "ocr/TesseractEngine.h"

#include "TestOcrSupport.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace vo;

namespace {

struct ParsedWord {
    int page = 0;
    QString text;
    QRect box;
};

struct ParsedDoc {
    QString ocrSystem;
    QString capabilities;
    QStringList pageTitles;
    QStringList lineTitles;
    std::vector<ParsedWord> words;
    QString error;
};

QRect parseBbox(const QString& title)
{
    static const QRegularExpression re(QStringLiteral("bbox (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)"));
    const auto m = re.match(title);
    if (!m.hasMatch())
        return {};
    const int x0 = m.captured(1).toInt(), y0 = m.captured(2).toInt();
    return {x0, y0, m.captured(3).toInt() - x0, m.captured(4).toInt() - y0};
}

ParsedDoc parse(const QByteArray& xml)
{
    ParsedDoc doc;
    QXmlStreamReader r(xml);
    int page = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        const QString cls = a.value(QStringLiteral("class")).toString();
        if (r.name() == QLatin1String("meta")) {
            if (a.value(QStringLiteral("name")) == QLatin1String("ocr-system"))
                doc.ocrSystem = a.value(QStringLiteral("content")).toString();
            if (a.value(QStringLiteral("name")) == QLatin1String("ocr-capabilities"))
                doc.capabilities = a.value(QStringLiteral("content")).toString();
        } else if (cls == QLatin1String("ocr_page")) {
            ++page;
            doc.pageTitles << a.value(QStringLiteral("title")).toString();
        } else if (cls == QLatin1String("ocr_line")) {
            doc.lineTitles << a.value(QStringLiteral("title")).toString();
        } else if (cls == QLatin1String("ocrx_word")) {
            const QRect box = parseBbox(a.value(QStringLiteral("title")).toString());
            doc.words.push_back({page, r.readElementText(), box});
        }
    }
    if (r.hasError())
        doc.error = r.errorString() + QStringLiteral(" at line %1").arg(r.lineNumber());
    return doc;
}

std::vector<ParsedWord> modelWords(const OcrPage& page, int pageNo)
{
    std::vector<ParsedWord> out;
    for (const auto& b : page.blocks)
        for (const auto& l : b.lines)
            for (const auto& w : l.words)
                out.push_back({pageNo, w.text, w.box});
    return out;
}

OcrPage syntheticPage()
{
    OcrPage page;
    page.imageSize = QSize(1000, 800);
    page.dpiX = page.dpiY = 200;
    OcrLine line{QRect(10, 20, 300, 30), QLineF(10, 45, 310, 42), {}};
    line.words.push_back({QStringLiteral("<b>&amp;"), QRect(10, 20, 100, 30), QLineF(), 91.4f});
    line.words.push_back({QStringLiteral("\"it's\""), QRect(120, 20, 80, 30), QLineF(), 55.6f});
    line.words.push_back({QStringLiteral("a\x01\x0c") + QChar(0xFFFF) + QStringLiteral("b"), QRect(210, 22, 50, 28), QLineF(), 70});
    line.words.push_back({QStringLiteral("Straße 😀 %1"), QRect(270, 20, 40, 30), QLineF(), 99});
    OcrLine line2{QRect(10, 60, 100, 30), QLineF(), {{QStringLiteral("zwei"), QRect(10, 60, 100, 30), QLineF(), 88}}};
    page.blocks.push_back({QRect(10, 20, 300, 70), {line, line2}});
    page.blocks.push_back({QRect(500, 500, 20, 20), {{QRect(500, 500, 20, 20), QLineF(), {{QStringLiteral("x"), QRect(500, 500, 20, 20), QLineF(), 10}}}}});
    return page;
}

}  // namespace

class TestHocrWriter : public QObject {
    Q_OBJECT

private slots:
    void escapeHandlesMarkupAndInvalidChars()
    {
        QCOMPARE(HocrWriter::escape(QStringLiteral("<a href='x'>&\"")),
                 QStringLiteral("&lt;a href=&#39;x&#39;&gt;&amp;&quot;"));
        QCOMPARE(HocrWriter::escape(QStringLiteral("a\x01\x0c") + QChar(0xFFFF) + QStringLiteral("b")), QStringLiteral("ab"));
        QCOMPARE(HocrWriter::escape(QStringLiteral("😀")), QStringLiteral("😀"));
    }

    void syntheticDocumentParsesBack()
    {
        const OcrPage p1 = syntheticPage();
        OcrPage p2 = syntheticPage();
        p2.blocks.pop_back();
        const QByteArray xml = HocrWriter::begin() + HocrWriter::page(p1, 1) + HocrWriter::page(p2, 2)
            + HocrWriter::end();
        const ParsedDoc doc = parse(xml);
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        QVERIFY(doc.ocrSystem.startsWith(QLatin1String("VaultOCR")));
        for (const char* cap : {"ocr_page", "ocr_carea", "ocr_line", "ocrx_word", "ocrp_wconf"})
            QVERIFY2(doc.capabilities.split(QLatin1Char(' ')).contains(QLatin1String(cap)), cap);
        QCOMPARE(doc.pageTitles.size(), 2);
        QCOMPARE(doc.pageTitles[0], QStringLiteral("bbox 0 0 1000 800; ppageno 0; scan_res 200 200"));
        QVERIFY(doc.pageTitles[1].contains(QLatin1String("ppageno 1")));

        std::vector<ParsedWord> expected = modelWords(p1, 1);
        for (const auto& w : modelWords(p2, 2))
            expected.push_back(w);
        for (auto& w : expected) {
            if (w.text.startsWith(QLatin1String("a\x01")))
                w.text = QStringLiteral("ab");  // control characters and U+FFFF are not XML
        }
        QCOMPARE(doc.words.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(doc.words[i].page, expected[i].page);
            QCOMPARE(doc.words[i].text, expected[i].text);
            QCOMPARE(doc.words[i].box, expected[i].box);
        }
        // x_wconf rounds the confidence; baseline is relative to the line box's bottom left.
        QVERIFY(xml.contains("title=\"bbox 10 20 110 50; x_wconf 91\""));
        QVERIFY(xml.contains("x_wconf 56\""));
        QCOMPARE(doc.lineTitles[0], QStringLiteral("bbox 10 20 310 50; baseline -0.01 -5"));
        QCOMPARE(doc.lineTitles[1], QStringLiteral("bbox 10 60 110 90"));  // no baseline known
    }

    void noImagePropertyOrPath()
    {
        const QByteArray xml = HocrWriter::begin() + HocrWriter::page(syntheticPage(), 1) + HocrWriter::end();
        QVERIFY(!xml.contains("image "));
        QVERIFY(!xml.contains("image\""));
        QVERIFY(!xml.contains("/tmp"));
        QVERIFY(!xml.contains("file"));
        QVERIFY(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    void emptyDocumentIsValid()
    {
        const ParsedDoc doc = parse(HocrWriter::begin() + HocrWriter::end());
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        QVERIFY(doc.words.empty());
        const ParsedDoc one = parse(HocrWriter::begin() + HocrWriter::page(OcrPage(), 1) + HocrWriter::end());
        QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
        QCOMPARE(one.pageTitles.size(), 1);
    }

    void recognizedPageRoundTrips()
    {
        OcrSettings settings;
        auto engine = TesseractEngine::create(settings);
        QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().message));
        const PageImage image = test::loadPage(QStringLiteral("tess_phototest.tif"));
        QVERIFY(image.pix);
        auto result = (*engine)->recognize(image, {}, CancelToken());
        QVERIFY(result.ok());
        const OcrPage& page = result->page;
        QVERIFY(page.wordCount() > 50);
        const ParsedDoc doc = parse(HocrWriter::begin() + HocrWriter::page(page, 1) + HocrWriter::end());
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        const auto expected = modelWords(page, 1);
        QCOMPARE(doc.words.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(doc.words[i].text, expected[i].text);
            QCOMPARE(doc.words[i].box, expected[i].box);
        }
        QVERIFY(doc.lineTitles.first().contains(QLatin1String("; baseline ")));
    }
};

QTEST_GUILESS_MAIN(TestHocrWriter)
#include "TestHocrWriter.moc"
