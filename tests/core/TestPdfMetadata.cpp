// PDF/A metadata: the XMP packet, PDF dates in XMP form, and the generated sRGB ICC profile
// (its header and tag table by the ICC spec, and — when Python's Pillow is there — read by
// LittleCMS and compared with LittleCMS's own sRGB).
#include "pdf/PdfMetadata.h"

#include "TestUtil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <QXmlStreamReader>

using namespace vo;

namespace {

quint32 be32(const QByteArray& b, qsizetype at) { return qFromBigEndian<quint32>(b.constData() + at); }

}  // namespace

class TestPdfMetadata : public QObject {
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("pdf");
        QTest::addColumn<QString>("xmp");
        QTest::newRow("full, offset") << "D:20240131120005+01'00'" << "2024-01-31T12:00:05+01:00";
        QTest::newRow("UTC") << "D:19991231235959Z" << "1999-12-31T23:59:59Z";
        QTest::newRow("no D:, no zone") << "20240131" << "2024-01-31T00:00:00";
        QTest::newRow("year only") << "D:2024" << "2024-01-01T00:00:00";
        QTest::newRow("negative offset without minutes") << "D:20240131120000-05'" << "2024-01-31T12:00:00-05:00";
        QTest::newRow("garbage") << "last Tuesday" << QString();
    }

    void dates()
    {
        QFETCH(QString, pdf);
        QFETCH(QString, xmp);
        const std::optional<QString> got = xmpDateFromPdfDate(pdf);
        QCOMPARE(got.value_or(QString()), xmp);
        QCOMPARE(xmpRepresentable(QStringLiteral("ModDate"), pdf), !xmp.isEmpty());
    }

    void xmpPacket()
    {
        const QByteArray xmp = vo::xmpPacket({{QStringLiteral("Title"), QStringLiteral("R&D <draft>")},
                                              {QStringLiteral("Author"), QStringLiteral("Zoë")},
                                              {QStringLiteral("Producer"), QStringLiteral("VaultOCR")},
                                              {QStringLiteral("CreationDate"), QStringLiteral("D:20240131120000Z")}},
                                             true);
        QVERIFY(xmp.startsWith("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"));
        QVERIFY(xmp.endsWith("<?xpacket end=\"w\"?>"));
        QXmlStreamReader r(xmp);
        QMap<QString, QString> values;
        QString current;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() != QLatin1String("li") && r.name() != QLatin1String("Alt")
                && r.name() != QLatin1String("Seq"))
                current = r.qualifiedName().toString();
            else if (r.isCharacters() && !r.isWhitespace())
                values[current] = r.text().toString();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(values.value(QStringLiteral("pdfaid:part")), QStringLiteral("2"));
        QCOMPARE(values.value(QStringLiteral("pdfaid:conformance")), QStringLiteral("B"));
        QCOMPARE(values.value(QStringLiteral("dc:title")), QStringLiteral("R&D <draft>"));
        QCOMPARE(values.value(QStringLiteral("dc:creator")), QStringLiteral("Zoë"));
        QCOMPARE(values.value(QStringLiteral("pdf:Producer")), QStringLiteral("VaultOCR"));
        QCOMPARE(values.value(QStringLiteral("xmp:CreateDate")), QStringLiteral("2024-01-31T12:00:00Z"));
        QVERIFY(!vo::xmpPacket({}, false).contains("pdfaid:part"));
    }

    // ICC.1 header and tag table, read by hand.
    void iccProfileStructure()
    {
        const QByteArray icc = srgbIccProfile();
        QCOMPARE(qsizetype(be32(icc, 0)), icc.size());
        QCOMPARE(be32(icc, 8), 0x02100000u);
        QCOMPARE(icc.mid(12, 4), QByteArray("mntr"));
        QCOMPARE(icc.mid(16, 4), QByteArray("RGB "));
        QCOMPARE(icc.mid(20, 4), QByteArray("XYZ "));
        QCOMPARE(icc.mid(36, 4), QByteArray("acsp"));
        const quint32 tags = be32(icc, 128);
        QSet<QByteArray> seen;
        for (quint32 i = 0; i < tags; ++i) {
            const qsizetype entry = 132 + 12 * qsizetype(i);
            const quint32 offset = be32(icc, entry + 4), size = be32(icc, entry + 8);
            QVERIFY(offset % 4 == 0);
            QVERIFY(qsizetype(offset + size) <= icc.size());
            seen.insert(icc.mid(entry, 4));
        }
        for (const char* required : {"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"})
            QVERIFY2(seen.contains(required), required);
        QCOMPARE(srgbIccProfile(), icc);  // same bytes every time
    }

    void iccProfileAcceptedByLittleCms()
    {
        const test::ProcessResult probe = test::run(QStringLiteral("/usr/bin/python3"),
                                                    {QStringLiteral("-c"), QStringLiteral("import PIL.ImageCms")});
        if (probe.exitCode != 0)
            QSKIP("Python Pillow (LittleCMS) is not installed");
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("srgb.icc")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(srgbIccProfile());
        f.close();
        const QString script = QStringLiteral(
            "import sys\nfrom PIL import ImageCms, Image\n"
            "p = ImageCms.ImageCmsProfile(sys.argv[1])\n"
            "t = ImageCms.buildTransform(p, ImageCms.createProfile('sRGB'), 'RGB', 'RGB')\n"
            "im = Image.new('RGB', (5, 1)); im.putdata([(255,0,0),(0,255,0),(0,0,255),(128,128,128),(10,200,30)])\n"
            "out = list(ImageCms.applyTransform(im, t).getdata())\n"
            "ok = all(abs(a - b) <= 1 for x, y in zip(im.getdata(), out) for a, b in zip(x, y))\n"
            "print(p.profile.profile_description.strip(), ok)\n");
        const test::ProcessResult r = test::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, f.fileName()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("sRGB IEC61966-2.1 True"));
    }
};

QTEST_GUILESS_MAIN(TestPdfMetadata)
#include "TestPdfMetadata.moc"
