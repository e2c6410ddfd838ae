#include "ocr/OcrPage.h"

#include <QTest>

using namespace vo;

namespace {

OcrWord word(const QString& text, QRect box) { return {text, box, QLineF(), 90}; }

OcrPage samplePage()
{
    OcrPage page;
    page.imageSize = QSize(2480, 3508);  // A4 at 300 dpi
    OcrLine l1{QRect(100, 100, 400, 40), {}, {word(QStringLiteral("Hello"), QRect(100, 100, 180, 40)),
                                              word(QStringLiteral("world"), QRect(300, 100, 200, 40))}};
    OcrLine l2{QRect(100, 160, 200, 40), {}, {word(QStringLiteral("again."), QRect(100, 160, 200, 40))}};
    OcrLine empty{QRect(100, 220, 10, 10), {}, {}};
    OcrLine l3{QRect(100, 600, 300, 40), {}, {word(QStringLiteral("Second"), QRect(100, 600, 300, 40)),
                                              word(QString(), QRect(420, 600, 10, 40))}};
    page.blocks.push_back({QRect(100, 100, 400, 140), {l1, l2, empty}});
    page.blocks.push_back({QRect(0, 0, 1, 1), {}});
    page.blocks.push_back({QRect(100, 600, 300, 40), {l3}});
    return page;
}

}  // namespace

class TestOcrPage : public QObject {
    Q_OBJECT

private slots:
    void plainTextJoinsLinesAndBlocks()
    {
        QCOMPARE(samplePage().plainText(), QStringLiteral("Hello world\nagain.\n\nSecond"));
        QCOMPARE(OcrPage().plainText(), QString());
    }

    void wordCountSkipsEmptyWords() { QCOMPARE(samplePage().wordCount(), 4); }

    void sizeInPoints()
    {
        const OcrPage page = samplePage();
        QCOMPARE(page.sizeInPoints().width(), 2480 * 72.0 / 300);  // 595.2
        QCOMPARE(page.sizeInPoints().height(), 3508 * 72.0 / 300);
        OcrPage aniso;
        aniso.imageSize = QSize(200, 100);
        aniso.dpiX = 200;
        aniso.dpiY = 100;
        QCOMPARE(aniso.sizeInPoints(), QSizeF(72, 72));
    }

    void toPointsFlipsY()
    {
        OcrPage page;
        page.imageSize = QSize(600, 300);
        page.dpiX = 300;
        page.dpiY = 150;
        // 30 px from the left, top at 20, 60 × 30 px → bottom edge at 50 px, 250 px above the bottom.
        const QRectF r = page.toPoints(QRect(30, 20, 60, 30));
        QCOMPARE(r.x(), 30 * 72.0 / 300);
        QCOMPARE(r.y(), 250 * 72.0 / 150);
        QCOMPARE(r.width(), 60 * 72.0 / 300);
        QCOMPARE(r.height(), 30 * 72.0 / 150);
        // The whole image maps onto the whole page.
        const QRectF all = page.toPoints(QRect(QPoint(0, 0), page.imageSize));
        QCOMPARE(all, QRectF(QPointF(0, 0), page.sizeInPoints()));
    }
};

QTEST_GUILESS_MAIN(TestOcrPage)
#include "TestOcrPage.moc"
