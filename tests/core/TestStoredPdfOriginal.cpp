// StoredPdfOriginal on PDFs made in the test: the bytes survive growing past the announced size,
// a PDF qpdf cannot read, one with another page count, or (for PDF/A) one with a font that is not
// embedded is refused so the export falls back to the page images, and each page is planned as
// in Skip mode (kept with text, grafted without) with its rendering's size and placement at the
// OCR page's resolution.
#include "TestInputFixtures.h"

#include "vault/StoredPdfOriginal.h"

#include <QTest>

using namespace vo;
using namespace vo::test;

namespace {

// minimalPdf's page with its text replaced by a line of the same length: a page without text
// (the xref offsets stay valid).
QByteArray pdfWithoutText(double widthPt, double heightPt)
{
    QByteArray pdf = minimalPdf(widthPt, heightPt);
    const QByteArray text = "BT /F1 24 Tf 72 72 Td (Hello) Tj ET";
    QByteArray line = "0 0 m 10 10 l S";
    line += QByteArray(text.size() - line.size(), ' ');
    pdf.replace(text, line);
    return pdf;
}

// In 50-byte chunks, like the blob's chunks (smaller here), into an object that announced none.
void load(StoredPdfOriginal& o, const QByteArray& pdf)
{
    for (qsizetype at = 0; at < pdf.size(); at += 50)
        o.append(pdf.mid(at, 50));
}

OcrPage at300()
{
    OcrPage page;
    page.dpiX = page.dpiY = 300;
    return page;
}

}  // namespace

class TestStoredPdfOriginal : public QObject {
    Q_OBJECT

private slots:
    void sniffs()
    {
        QVERIFY(StoredPdfOriginal::looksLikePdf(minimalPdf(72, 144)));
        QVERIFY(!StoredPdfOriginal::looksLikePdf(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x')));
        QVERIFY(!StoredPdfOriginal::looksLikePdf({}));
    }

    void growsPastTheAnnouncedSize()
    {
        const QByteArray pdf = minimalPdf(72, 144);
        StoredPdfOriginal o(10);  // far too small: grown by hand
        for (qsizetype at = 0; at < pdf.size(); at += 7)
            o.append(pdf.mid(at, 7));
        QCOMPARE(o.bytes(), pdf);
        o.wipe();
        QVERIFY(o.bytes().isEmpty());
    }

    void plansPagesLikeSkipMode()
    {
        StoredPdfOriginal text(0), none(0);
        for (auto [o, pdf] : {std::pair{&text, minimalPdf(72, 144)}, std::pair{&none, pdfWithoutText(72, 144)}}) {
            o->append(pdf);
            QVERIFY(o->open(1, false));
        }
        auto kept = text.pageInfo(0, at300());
        QVERIFY(kept.ok());
        QCOMPARE(kept->treatment, PdfPageInfo::Treatment::Keep);
        auto grafted = none.pageInfo(0, at300());
        QVERIFY(grafted.ok());
        QCOMPARE(grafted->treatment, PdfPageInfo::Treatment::Graft);
        QVERIFY(!grafted->stripInvisibleText);
        // 1 × 2 inches at 300 dpi; pixel (0, 0) is the page's top left in user space.
        QCOMPARE(grafted->renderedSize, QSize(300, 600));
        QCOMPARE(grafted->pixelToUser.map(QPointF(0, 0)), QPointF(0, 144));
        QCOMPARE(grafted->pixelToUser.map(QPointF(300, 600)), QPointF(72, 0));
        OcrPage at150 = at300();
        at150.dpiX = at150.dpiY = 150;
        QCOMPARE(none.pageInfo(0, at150)->renderedSize, QSize(150, 300));
        QVERIFY(!none.pageInfo(1, at300()).ok());
    }

    void fallsBackWhenTheOriginalDoesNotFit()
    {
        StoredPdfOriginal pages(0), garbage(0), helvetica(0);
        load(pages, minimalPdf(72, 144));
        QVERIFY(!pages.open(2, false));  // another page count than the stored OCR
        load(garbage, "%PDF-1.4\n" + QByteArray(500, 'x'));
        QVERIFY(!garbage.open(1, false));
        load(helvetica, minimalPdf(72, 144));
        QVERIFY(!helvetica.open(1, true));  // its font is not embedded: no PDF/A from it
        QVERIFY(helvetica.open(1, false));
    }
};

QTEST_GUILESS_MAIN(TestStoredPdfOriginal)
#include "TestStoredPdfOriginal.moc"
