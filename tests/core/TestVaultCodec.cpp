// The vault's own serialisations: OCR results and page images survive the round trip exactly,
// the plaintext index too, and malformed bytes are an Integrity error, never garbage or a crash.
#include "vault/RetentionPolicy.h"
#include "vault/VaultIndex.h"
#include "vault/VaultOcrCodec.h"

#include <QTest>

using namespace vo;

namespace {

OcrPage samplePage()
{
    OcrPage p;
    p.imageSize = QSize(2480, 3508);
    p.dpiX = 300;
    p.dpiY = 301;
    p.rotationApplied = 90;
    p.deskewDegrees = -0.75;
    p.languages = QStringLiteral("eng+deu");
    for (int b = 0; b < 2; ++b) {
        OcrBlock block{QRect(10 * b, 20, 1000, 400), {}};
        for (int l = 0; l < 3; ++l) {
            OcrLine line{QRect(10, 20 + 40 * l, 900, 35), QLineF(10, 50 + 40 * l, 910, 52 + 40 * l), {}};
            for (int w = 0; w < 4; ++w)
                line.words.push_back(OcrWord{QStringLiteral("wörd%1€").arg(w), QRect(10 + 100 * w, 20, 90, 30),
                                             QLineF(10 + 100 * w, 50, 100 + 100 * w, 51), 50.25f + float(w)});
            block.lines.push_back(line);
        }
        p.blocks.push_back(block);
    }
    return p;
}

}  // namespace

class TestVaultCodec : public QObject {
    Q_OBJECT
private slots:
    void pageRoundTrip()
    {
        const OcrPage in = samplePage();
        auto out = ocr_codec::decodePage(ocr_codec::encodePage(in));
        QVERIFY(out.ok());
        QCOMPARE(out->imageSize, in.imageSize);
        QCOMPARE(out->dpiY, 301);
        QCOMPARE(out->rotationApplied, 90);
        QCOMPARE(out->deskewDegrees, -0.75);
        QCOMPARE(out->languages, in.languages);
        QCOMPARE(out->blocks.size(), size_t(2));
        const OcrWord& w = out->blocks[1].lines[2].words[3];
        const OcrWord& e = in.blocks[1].lines[2].words[3];
        QCOMPARE(w.text, e.text);
        QCOMPARE(w.box, e.box);
        QCOMPARE(w.baseline, e.baseline);
        QCOMPARE(w.confidence, e.confidence);
        QCOMPARE(out->blocks[0].lines[1].baseline, in.blocks[0].lines[1].baseline);
        QCOMPARE(out->blocks[1].box, in.blocks[1].box);
    }

    void malformedPageIsIntegrityError()
    {
        const QByteArray good = ocr_codec::encodePage(samplePage());
        for (int cut : {0, 3, 10, int(good.size() / 2), int(good.size() - 1)}) {
            auto r = ocr_codec::decodePage(good.left(cut));
            QVERIFY2(!r.ok(), qPrintable(QString::number(cut)));
            QCOMPARE(r.error().code, ErrorCode::Integrity);
        }
        // A block count far beyond the data must be refused without allocating it.
        QByteArray huge = good;
        const qsizetype countAt = good.indexOf(QByteArray("\x00\x00\x00\x02", 4), 40);
        QVERIFY(countAt > 0);
        huge.replace(countAt, 4, QByteArray("\x7f\xff\xff\xff", 4));
        QVERIFY(!ocr_codec::decodePage(huge).ok());
        QVERIFY(!ocr_codec::decodePage(good + "x").ok());
    }

    void imageRoundTrip()
    {
        PdfImage in;
        in.filter = PdfImage::Filter::CCITTG4;
        in.data = QByteArray(5000, '\x42');
        in.width = 2480;
        in.height = 3508;
        in.bitsPerComponent = 1;
        in.components = 1;
        in.blackIs1 = true;
        in.colorMapRgb = QByteArray("\x00\x00\x00\xff\xff\xff", 6);
        auto out = ocr_codec::decodeImage(ocr_codec::encodeImage(in));
        QVERIFY(out.ok());
        QCOMPARE(int(out->filter), int(in.filter));
        QCOMPARE(out->data, in.data);
        QCOMPARE(out->width, in.width);
        QCOMPARE(out->height, in.height);
        QCOMPARE(out->bitsPerComponent, 1);
        QCOMPARE(out->blackIs1, true);
        QCOMPARE(out->colorMapRgb, in.colorMapRgb);
        QVERIFY(!ocr_codec::decodeImage(ocr_codec::encodeImage(in).left(30)).ok());
    }

    void indexRoundTrip()
    {
        VaultIndex idx;
        QVERIFY(idx.retention.setRetentionSeconds(SensitivityClass::High, 3600).ok());
        idx.wrappedAuditSecret = QByteArray(72, 'a');
        idx.wrappedRecoveryKey = QByteArray(72, 'r');
        idx.auditAnchor = {7, QByteArray(32, 'm')};
        DocumentEntry e;
        e.id = QStringLiteral("0123456789abcdef");
        e.name = QStringLiteral("Gehaltsabrechnung März.pdf");
        e.sensitivity = SensitivityClass::Low;
        e.pages = 12;
        e.created = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        e.expires = e.created.addDays(90);
        e.ocr = OcrState::Done;
        e.languages = QStringLiteral("deu");
        e.originalBytes = 123456789;
        e.wrappedKey = QByteArray(72, 'k');
        e.originalBlob = QStringLiteral("a").repeated(32);
        e.ocrBlob = QStringLiteral("b").repeated(32);
        idx.documents.push_back(e);
        idx.addTombstone(QStringLiteral("fedcba9876543210"));
        auto out = VaultIndex::parse(idx.serialize());
        QVERIFY(out.ok());
        QCOMPARE(out->retention.retentionSeconds(SensitivityClass::High), 3600);
        QCOMPARE(out->retention.retentionSeconds(SensitivityClass::Low), 90 * kSecondsPerDay);
        QCOMPARE(out->auditAnchor.count, quint64(7));
        QCOMPARE(out->documents.size(), size_t(1));
        const DocumentEntry& d = out->documents[0];
        QCOMPARE(d.name, e.name);
        QCOMPARE(d.created, e.created);
        QCOMPARE(d.expires, e.expires);
        QCOMPARE(d.pages, 12);
        QCOMPARE(d.wrappedKey, e.wrappedKey);
        QCOMPARE(d.blobs(), QStringList({e.originalBlob, e.ocrBlob}));
        QCOMPARE(out->expiredIds, QStringList{QStringLiteral("fedcba9876543210")});
        QVERIFY(!VaultIndex::parse(idx.serialize().chopped(1)).ok());
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("2s") << QStringLiteral("2s") << qint64(2);
        QTest::newRow("30m") << QStringLiteral("30m") << qint64(1800);
        QTest::newRow("12h") << QStringLiteral("12h") << qint64(43200);
        QTest::newRow("7d") << QStringLiteral("7d") << qint64(7 * 86400);
        QTest::newRow("0s") << QStringLiteral("0s") << qint64(-1);
        QTest::newRow("7") << QStringLiteral("7") << qint64(-1);
        QTest::newRow("7w") << QStringLiteral("7w") << qint64(-1);
        QTest::newRow("-1d") << QStringLiteral("-1d") << qint64(-1);
        QTest::newRow("huge") << QStringLiteral("999999999d") << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        auto r = parseRetentionDuration(text);
        if (seconds < 0) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::Usage);
        } else {
            QVERIFY(r.ok());
            QCOMPARE(r.value(), seconds);
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultCodec)
#include "TestVaultCodec.moc"
