// ALTO 4 from the OCR model: structure, positions, confidences, escaping, unique IDs.
#include "ocr/AltoWriter.h"

#include "TestUtil.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vo;

namespace {

OcrWord word(const QString& text, QRect box, float conf)
{
    OcrWord w;
    w.text = text;
    w.box = box;
    w.confidence = conf;
    w.baseline = QLineF(box.left(), box.bottom(), box.right(), box.bottom());
    return w;
}

OcrPage samplePage()
{
    OcrPage page;
    page.imageSize = QSize(1000, 800);
    OcrBlock b1;
    OcrLine l1;
    l1.words = {word(QStringLiteral("Fish"), QRect(100, 100, 80, 30), 96.4f),
                word(QStringLiteral("&"), QRect(190, 100, 20, 30), 51.0f),
                word(QStringLiteral("<chips>"), QRect(220, 100, 120, 30), 88.0f),
                word(QString(), QRect(350, 100, 10, 30), 0.0f)};
    l1.box = QRect(100, 100, 240, 30);
    l1.baseline = QLineF(100, 128, 340, 130);
    OcrLine empty;  // no words: must not produce an empty TextLine
    empty.box = QRect(100, 140, 10, 10);
    b1.lines = {l1, empty};
    b1.box = QRect(100, 100, 240, 60);
    OcrBlock b2;
    OcrLine l2;
    l2.words = {word(QStringLiteral("\"Straße\""), QRect(100, 400, 150, 40), 100.0f)};
    l2.box = l2.words[0].box;
    b2.lines = {l2};
    b2.box = l2.box;
    page.blocks = {b1, b2};
    return page;
}

}  // namespace

class TestAltoWriter : public QObject {
    Q_OBJECT

private slots:
    void documentStructure()
    {
        const QByteArray xml = AltoWriter::begin() + AltoWriter::page(samplePage(), 1)
                               + AltoWriter::page(samplePage(), 2) + AltoWriter::end();
        QXmlStreamReader r(xml);
        QSet<QString> ids;
        QStringList contents, confidences;
        int pages = 0, blocks = 0, lines = 0, spaces = 0;
        QString unit;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            QCOMPARE(r.namespaceUri().toString(), QStringLiteral("http://www.loc.gov/standards/alto/ns-v4#"));
            const auto a = r.attributes();
            if (a.hasAttribute(QStringLiteral("ID"))) {
                const QString id = a.value(QStringLiteral("ID")).toString();
                QVERIFY2(!ids.contains(id), qPrintable(id));
                ids.insert(id);
            }
            if (r.name() == QLatin1String("MeasurementUnit"))
                unit = r.readElementText();
            else if (r.name() == QLatin1String("Page")) {
                ++pages;
                QCOMPARE(a.value(QStringLiteral("WIDTH")).toString(), QStringLiteral("1000"));
                QCOMPARE(a.value(QStringLiteral("HEIGHT")).toString(), QStringLiteral("800"));
            } else if (r.name() == QLatin1String("TextBlock"))
                ++blocks;
            else if (r.name() == QLatin1String("TextLine"))
                ++lines;
            else if (r.name() == QLatin1String("SP"))
                ++spaces;
            else if (r.name() == QLatin1String("String")) {
                contents << a.value(QStringLiteral("CONTENT")).toString();
                confidences << a.value(QStringLiteral("WC")).toString();
                if (contents.size() == 1) {
                    QCOMPARE(a.value(QStringLiteral("HPOS")).toString(), QStringLiteral("100"));
                    QCOMPARE(a.value(QStringLiteral("VPOS")).toString(), QStringLiteral("100"));
                    QCOMPARE(a.value(QStringLiteral("WIDTH")).toString(), QStringLiteral("80"));
                    QCOMPARE(a.value(QStringLiteral("HEIGHT")).toString(), QStringLiteral("30"));
                }
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(unit, QStringLiteral("pixel"));
        QCOMPARE(pages, 2);
        QCOMPARE(blocks, 4);
        QCOMPARE(lines, 4);   // the empty line is left out
        QCOMPARE(spaces, 4);  // two gaps per first line
        QCOMPARE(contents.mid(0, 4), (QStringList{QStringLiteral("Fish"), QStringLiteral("&"), QStringLiteral("<chips>"),
                                                  QStringLiteral("\"Straße\"")}));
        QCOMPARE(confidences.mid(0, 4), (QStringList{QStringLiteral("0.96"), QStringLiteral("0.51"), QStringLiteral("0.88"),
                                                     QStringLiteral("1.00")}));
        QVERIFY(!xml.contains("fileName"));  // no file names, nothing about where the page came from
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("a.xml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xml);
        f.close();
        QCOMPARE(test::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), f.fileName()}).exitCode, 0);
    }

    void emptyPageIsValid()
    {
        OcrPage page;
        page.imageSize = QSize(10, 10);
        const QByteArray xml = AltoWriter::begin() + AltoWriter::page(page, 1) + AltoWriter::end();
        QXmlStreamReader r(xml);
        while (!r.atEnd())
            r.readNext();
        QVERIFY(!r.hasError());
        QVERIFY(xml.contains("<PrintSpace HPOS=\"0\" VPOS=\"0\" WIDTH=\"10\" HEIGHT=\"10\">"));
    }
};

QTEST_GUILESS_MAIN(TestAltoWriter)
#include "TestAltoWriter.moc"
