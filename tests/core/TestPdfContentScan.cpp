// Finding text in PDF content (visible or render mode 3) and removing only the invisible kind,
// on documents built in memory with qpdf.
#include "input/PdfContentScan.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <QTest>

namespace {

const char* const kFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

struct Doc {
    QPDF pdf;
    Doc() { pdf.emptyPDF(); }

    QPDFObjectHandle form(const std::string& content)
    {
        QPDFObjectHandle f = QPDFObjectHandle::newStream(&pdf, content);
        f.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
        f.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/Form"));
        f.getDict().replaceKey("/BBox", QPDFObjectHandle::parse("[0 0 200 200]"));
        f.getDict().replaceKey("/Resources", QPDFObjectHandle::parse(std::string("<< /Font << /F1 ") + kFont + " >> >>"));
        return f;
    }
    QPDFPageObjectHelper page(const std::string& content, QPDFObjectHandle xobjects = QPDFObjectHandle::newNull())
    {
        QPDFObjectHandle p = QPDFObjectHandle::parse(
            &pdf, std::string("<< /Type /Page /MediaBox [0 0 200 200] /Resources << /Font << /F1 ") + kFont + " >> >> >>");
        if (xobjects.isDictionary())
            p.getKey("/Resources").replaceKey("/XObject", xobjects);
        p.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, content));
        QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(p)), false);
        return QPDFPageDocumentHelper(pdf).getAllPages().back();
    }
};

std::string contentOf(QPDFPageObjectHelper page)
{
    std::string all;
    for (QPDFObjectHandle s : page.getPageContents()) {
        const std::shared_ptr<Buffer> b = s.getStreamData();
        all.append(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
    }
    return all;
}

}  // namespace

class TestPdfContentScan : public QObject {
    Q_OBJECT

private slots:
    void scan_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("visible");
        QTest::addColumn<bool>("invisible");
        QTest::newRow("visible Tj") << "BT /F1 12 Tf 10 10 Td (Hello) Tj ET" << true << false;
        QTest::newRow("invisible Tj") << "BT /F1 12 Tf 3 Tr 10 10 Td (Hello) Tj ET" << false << true;
        QTest::newRow("invisible TJ array") << "BT /F1 12 Tf 3 Tr [(He) -20 (llo)] TJ ET" << false << true;
        QTest::newRow("both") << "BT /F1 9 Tf (Stamp) Tj 3 Tr (Layer) Tj ET" << true << true;
        QTest::newRow("Q restores the mode") << "q 3 Tr Q BT /F1 9 Tf (Seen) Tj ET" << true << false;
        QTest::newRow("mode survives ET") << "BT 3 Tr ET BT /F1 9 Tf (Unseen) Tj ET" << false << true;
        QTest::newRow("quote operators") << "BT /F1 9 Tf 3 Tr 12 TL (a) ' 1 2 (b) \" ET" << false << true;
        QTest::newRow("clip-only mode 7") << "BT /F1 9 Tf 7 Tr (Clip) Tj ET" << false << false;
        QTest::newRow("empty strings") << "BT /F1 9 Tf () Tj [()] TJ ET" << false << false;
        QTest::newRow("no text") << "0 0 m 100 100 l S" << false << false;
        QTest::newRow("strings outside text ops") << "/P << /MCID 0 /Alt (Not shown) >> BDC EMC" << false << false;
    }

    void scan()
    {
        QFETCH(QString, content);
        QFETCH(bool, visible);
        QFETCH(bool, invisible);
        Doc d;
        const vo::PageTextScan s = vo::scanPageText(d.page(content.toStdString()));
        QCOMPARE(s.visibleText, visible);
        QCOMPARE(s.invisibleText, invisible);
    }

    // OCR layers usually live in a Form XObject; its text inherits the caller's mode.
    void formsAreFollowed()
    {
        Doc d;
        QPDFObjectHandle xo = QPDFObjectHandle::newDictionary();
        xo.replaceKey("/Ocr", d.form("BT /F1 12 Tf 3 Tr (Layer) Tj ET"));
        xo.replaceKey("/Plain", d.form("BT /F1 12 Tf (Words) Tj ET"));
        QCOMPARE(vo::scanPageText(d.page("q /Ocr Do Q", xo)).invisibleText, true);
        QCOMPARE(vo::scanPageText(d.page("q /Ocr Do Q", xo)).visibleText, false);
        QCOMPARE(vo::scanPageText(d.page("/Plain Do", xo)).visibleText, true);
        QCOMPARE(vo::scanPageText(d.page("3 Tr /Plain Do", xo)).invisibleText, true);  // inherited mode 3
        QCOMPARE(vo::scanPageText(d.page("3 Tr /Plain Do", xo)).visibleText, false);
        // A form that draws itself must not loop.
        QPDFObjectHandle self = d.form("/Me Do BT (x) Tj ET");
        QPDFObjectHandle selfRes = QPDFObjectHandle::newDictionary();
        selfRes.replaceKey("/Me", self);
        self.getDict().getKey("/Resources").replaceKey("/XObject", selfRes);
        QCOMPARE(vo::scanPageText(d.page("/Me Do", selfRes)).visibleText, true);
    }

    void stripKeepsVisibleText()
    {
        Doc d;
        QPDFPageObjectHelper page =
            d.page("q 1 0 0 1 0 0 cm BT /F1 9 Tf 10 10 Td (Stamp) Tj 3 Tr (Layer) Tj [(La) 5 (yer)] TJ 12 TL (Next) ' "
                   "0 Tr (Shown) ' 3 Tr 1 2 (Gone) \" ET Q 0 0 m 5 5 l S");
        QVERIFY(vo::stripInvisibleText(d.pdf, page));
        const std::string after = contentOf(page);
        QVERIFY(after.find("(Stamp) Tj") != std::string::npos);
        QVERIFY(after.find("(Shown) '") != std::string::npos);
        QVERIFY(after.find("Layer") == std::string::npos);
        QVERIFY(after.find("yer") == std::string::npos);
        QVERIFY(after.find("Next") == std::string::npos);
        QVERIFY(after.find("Gone") == std::string::npos);
        // Line moves of ' and " stay, so the text after them is where it was.
        QVERIFY(after.find("T*") != std::string::npos);
        QVERIFY(after.find("1 Tw 2 Tc T*") != std::string::npos);
        QVERIFY(after.find("0 0 m 5 5 l S") != std::string::npos);
        const vo::PageTextScan s = vo::scanPageText(page);
        QVERIFY(s.visibleText);
        QVERIFY(!s.invisibleText);
        // Nothing to strip any more.
        QVERIFY(!vo::stripInvisibleText(d.pdf, page));
    }

    // A form shared by two pages: stripping one page leaves the other page and the form object.
    void sharedFormsAreNotModified()
    {
        Doc d;
        QPDFObjectHandle layer = d.form("BT /F1 12 Tf 3 Tr (Layer) Tj ET");
        QPDFObjectHandle xo = d.pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        xo.replaceKey("/Ocr", layer);
        QPDFPageObjectHelper first = d.page("/Ocr Do", xo);
        QPDFPageObjectHelper second = d.page("/Ocr Do", xo);
        const std::string secondBefore = contentOf(second);
        QVERIFY(vo::stripInvisibleText(d.pdf, first));
        QVERIFY(!vo::scanPageText(first).invisibleText);
        QVERIFY(vo::scanPageText(second).invisibleText);
        const std::shared_ptr<Buffer> data = layer.getStreamData();
        QVERIFY(std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()).find("Layer")
                != std::string::npos);
        QCOMPARE(contentOf(second), secondBefore);
        // The first page draws a stripped copy under the same name.
        QPDFObjectHandle copy = first.getAttribute("/Resources", false).getKey("/XObject").getKey("/Ocr");
        QVERIFY(copy.isStream());
        QVERIFY(copy.getObjGen() != layer.getObjGen());
    }
};

QTEST_GUILESS_MAIN(TestPdfContentScan)
#include "TestPdfContentScan.moc"
