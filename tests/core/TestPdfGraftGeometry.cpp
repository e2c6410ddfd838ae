// The transforms that put OCR words back on the original page, checked against the components
// that define them: poppler's rendering of rotated, offset and cropped pages, and leptonica's
// quarter turns and small-angle rotations (the preprocessor's own functions).
#include "input/PdfPageGeometry.h"
#include "ocr/Preprocessor.h"
#include "pdf/PdfGraftGeometry.h"

#include <poppler-qt6.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QTest>

using namespace vo;

namespace {

// Centre of the dark pixels of an image.
QPointF darkCentre(const QImage& image)
{
    double sx = 0, sy = 0;
    int n = 0;
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < g.height(); ++y)
        for (int x = 0; x < g.width(); ++x)
            if (g.constScanLine(y)[x] < 128) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
    return n ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

QPointF darkCentre(PIX* pix)
{
    double sx = 0, sy = 0;
    int n = 0;
    for (int y = 0; y < int(pixGetHeight(pix)); ++y)
        for (int x = 0; x < int(pixGetWidth(pix)); ++x) {
            l_uint32 v = 0;
            pixGetPixel(pix, x, y, &v);
            if (v) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
        }
    return n ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

}  // namespace

class TestPdfGraftGeometry : public QObject {
    Q_OBJECT

private slots:
    void pixelToUserMatchesPoppler_data()
    {
        QTest::addColumn<int>("rotate");
        QTest::addColumn<QRectF>("media");
        QTest::addColumn<QRectF>("crop");
        for (int r : {0, 90, 180, 270}) {
            QTest::addRow("rotate %d", r) << r << QRectF(QPointF(0, 0), QPointF(300, 200)) << QRectF();
            QTest::addRow("rotate %d, origin -120,75", r) << r << QRectF(QPointF(-120, 75), QPointF(180, 275)) << QRectF();
            QTest::addRow("rotate %d, crop", r) << r << QRectF(QPointF(10, 20), QPointF(310, 420))
                                                << QRectF(QPointF(40, 60), QPointF(250, 300));
        }
        QTest::newRow("rotate -90 is 270") << -90 << QRectF(QPointF(0, 0), QPointF(300, 200)) << QRectF();
        QTest::newRow("crop beyond media") << 0 << QRectF(QPointF(0, 0), QPointF(300, 200)) << QRectF(QPointF(-50, -50), QPointF(100, 100));
    }

    // A small black square at a known user-space point: where poppler draws it, mapped back.
    void pixelToUserMatchesPoppler()
    {
        QFETCH(int, rotate);
        QFETCH(QRectF, media);
        QFETCH(QRectF, crop);
        const QRectF visible = crop.isNull() ? media : crop.intersected(media);
        const QPointF marker = visible.topLeft() + QPointF(visible.width() * 0.3, visible.height() * 0.7);
        QPDF pdf;
        pdf.emptyPDF();
        const auto arr = [](const QRectF& r) {
            return "[" + std::to_string(r.left()) + " " + std::to_string(r.top()) + " " + std::to_string(r.right()) + " "
                   + std::to_string(r.bottom()) + "]";
        };
        std::string dict = "<< /Type /Page /MediaBox " + arr(media) + " /Rotate " + std::to_string(rotate);
        if (!crop.isNull())
            dict += " /CropBox " + arr(crop);
        QPDFObjectHandle page = QPDFObjectHandle::parse(&pdf, dict + " >>");
        page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, "0 g " + std::to_string(marker.x() - 2) + " "
                                                                           + std::to_string(marker.y() - 2) + " 4 4 re f"));
        QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(page)), false);
        QPDFPageObjectHelper helper = QPDFPageDocumentHelper(pdf).getAllPages().front();
        const PdfPageBox box = pdfPageBox(helper);
        QPDFWriter w(pdf);
        w.setOutputMemory();
        w.write();
        const std::shared_ptr<Buffer> b = w.getBufferSharedPointer();
        auto doc = Poppler::Document::loadFromData(
            QByteArray(reinterpret_cast<const char*>(b->getBuffer()), qsizetype(b->getSize())));
        QVERIFY(doc);
        const double dpi = 144;
        const QImage image = doc->page(0)->renderToImage(dpi, dpi);
        QCOMPARE(image.size(), box.renderedSize(dpi, dpi));
        QCOMPARE(doc->page(0)->pageSizeF(), box.displayedSize());
        const QPointF found = box.pixelToUser(dpi, dpi).map(darkCentre(image));
        QVERIFY2(QLineF(found, marker).length() < 1.0,
                 qPrintable(QStringLiteral("marker at %1,%2 found at %3,%4").arg(marker.x()).arg(marker.y()).arg(found.x()).arg(found.y())));
    }

    void cleanedToRenderedUndoesPreprocessing_data()
    {
        QTest::addColumn<int>("turn");
        QTest::addColumn<double>("deskew");
        for (int t : {0, 90, 180, 270})
            for (double d : {0.0, 2.0, -3.0})
                QTest::addRow("turn %d, deskew %.1f", t, d) << t << d;
    }

    // A dot turned and straightened by the Preprocessor's own leptonica calls, then mapped back.
    void cleanedToRenderedUndoesPreprocessing()
    {
        QFETCH(int, turn);
        QFETCH(double, deskew);
        const QSize rendered(1000, 700);
        PixPtr source(pixCreate(rendered.width(), rendered.height(), 8));
        pixSetAllArbitrary(source.get(), 255);
        const QPoint dot(123, 456);
        pixRasterop(source.get(), dot.x() - 2, dot.y() - 2, 5, 5, PIX_CLR, nullptr, 0, 0);
        PixPtr turned = Preprocessor::rotateQuarterTurns(source.get(), turn);
        PixPtr cleaned = deskew != 0 ? Preprocessor::rotateSmallAngle(turned.get(), deskew) : std::move(turned);
        PixPtr binary(pixThresholdToBinary(cleaned.get(), 128));
        OcrPage page;
        page.imageSize = QSize(pixGetWidth(cleaned.get()), pixGetHeight(cleaned.get()));
        page.rotationApplied = turn;
        page.deskewDegrees = deskew;
        const QPointF back = cleanedToRendered(page, rendered).map(darkCentre(binary.get()));
        QVERIFY2(QLineF(back, QPointF(dot) + QPointF(0.5, 0.5)).length() < 2.0,
                 qPrintable(QStringLiteral("dot back at %1,%2").arg(back.x()).arg(back.y())));
    }

    // The whole chain for a rendered, unrotated page: cleaned points land on user space.
    void textLayerMatrixChain()
    {
        OcrPage page;
        page.imageSize = QSize(600, 300);  // a 90°-turned 300×600 rendering at 150 dpi
        page.dpiX = page.dpiY = 150;
        page.rotationApplied = 90;
        PdfPageInfo info;
        info.renderedSize = QSize(300, 600);
        PdfPageBox box;
        box.visible = QRectF(QPointF(50, 60), QPointF(50 + 144, 60 + 288));
        info.pixelToUser = box.pixelToUser(150, 150);
        const QTransform m = textLayerMatrix(page, info);
        // The cleaned image's top-left pixel came from the rendering's bottom-left corner
        // (a clockwise quarter turn), which is the box's lower left in user space.
        const QPointF cleanedTopLeftInPoints(0, page.imageSize.height() * 72.0 / 150);
        QVERIFY(QLineF(m.map(cleanedTopLeftInPoints), QPointF(50, 60)).length() < 1e-6);
        QVERIFY(QLineF(m.map(QPointF(0, 0)), QPointF(50 + 144, 60)).length() < 1e-6);
    }
};

QTEST_MAIN(TestPdfGraftGeometry)
#include "TestPdfGraftGeometry.moc"
