#include "ocr/LanguageCatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vo;

class TestLanguageCatalog : public QObject {
    Q_OBJECT

private slots:
    void init() { qunsetenv("TESSDATA_PREFIX"); }
    void cleanup() { qunsetenv("TESSDATA_PREFIX"); }

    void defaultDirIsDebians()
    {
        QCOMPARE(LanguageCatalog::tessdataDir(), QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"));
    }

    void installedListsPacksWithoutOsd()
    {
        const QStringList langs = LanguageCatalog::installed();
        // The CI install line provides eng, deu and fra (see stack notes).
        QVERIFY2(langs.contains(QStringLiteral("eng")), qPrintable(langs.join(QLatin1Char(' '))));
        QVERIFY(langs.contains(QStringLiteral("deu")));
        QVERIFY(langs.contains(QStringLiteral("fra")));
        QVERIFY(!langs.contains(QStringLiteral("osd")));
        QStringList sorted = langs;
        sorted.sort();
        QCOMPARE(langs, sorted);
        QVERIFY(LanguageCatalog::osdInstalled());
    }

    void checkAcceptsInstalled()
    {
        QVERIFY(LanguageCatalog::check(QStringLiteral("eng")).ok());
        QVERIFY(LanguageCatalog::check(QStringLiteral("eng+deu+fra")).ok());
    }

    void checkMissingNamesDebianPackage()
    {
        const auto r = LanguageCatalog::check(QStringLiteral("eng+xyz"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::LanguageMissing);
        QCOMPARE(r.error().message,
                 QStringLiteral("language 'xyz' is not installed (install the Debian package tesseract-ocr-xyz)"));
        QVERIFY(!r.error().message.contains(QLatin1Char('\n')));
    }

    void checkRejectsGarbage_data()
    {
        QTest::addColumn<QString>("languages");
        QTest::newRow("path") << QStringLiteral("../x");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("empty") << QString();
        QTest::newRow("empty part") << QStringLiteral("eng+");
        QTest::newRow("space") << QStringLiteral("eng deu");
        QTest::newRow("url") << QStringLiteral("http://x");
        QTest::newRow("tilde") << QStringLiteral("~eng");
        QTest::newRow("dot") << QStringLiteral("eng.traineddata");
        QTest::newRow("osd") << QStringLiteral("osd");
        QTest::newRow("too long") << QString(40, QLatin1Char('a'));
    }
    void checkRejectsGarbage()
    {
        QFETCH(QString, languages);
        const auto r = LanguageCatalog::check(languages);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Usage);
    }

    void debianPackageNames()
    {
        QCOMPARE(LanguageCatalog::debianPackageFor(QStringLiteral("deu")), QStringLiteral("tesseract-ocr-deu"));
        QCOMPARE(LanguageCatalog::debianPackageFor(QStringLiteral("chi_sim")),
                 QStringLiteral("tesseract-ocr-chi-sim"));
    }

    void honoursTessdataPrefix()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::link(QStringLiteral("/usr/share/tesseract-ocr/5/tessdata/eng.traineddata"),
                            dir.filePath(QStringLiteral("eng.traineddata"))));
        QFile junk(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.close();
        qputenv("TESSDATA_PREFIX", QFile::encodeName(dir.path() + QLatin1Char('/')));
        QCOMPARE(LanguageCatalog::tessdataDir(), dir.path());
        QCOMPARE(LanguageCatalog::installed(), QStringList{QStringLiteral("eng")});
        QVERIFY(!LanguageCatalog::osdInstalled());
        QVERIFY(LanguageCatalog::check(QStringLiteral("eng")).ok());
        QCOMPARE(LanguageCatalog::check(QStringLiteral("deu")).error().code, ErrorCode::LanguageMissing);
    }
};

QTEST_GUILESS_MAIN(TestLanguageCatalog)
#include "TestLanguageCatalog.moc"
