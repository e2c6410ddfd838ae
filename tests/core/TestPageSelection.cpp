#include "pipeline/PageSelection.h"

#include <QTest>

using vo::PageSelection;

class TestPageSelection : public QObject {
    Q_OBJECT
private slots:
    void parses()
    {
        auto s = PageSelection::parse(QStringLiteral("1, 3-5,9-"));
        QVERIFY(s.ok());
        const QList<int> in{1, 3, 4, 5, 9, 10, 1000};
        const QList<int> out{2, 6, 7, 8};
        for (int n : in)
            QVERIFY2(s->contains(n), qPrintable(QString::number(n)));
        for (int n : out)
            QVERIFY2(!s->contains(n), qPrintable(QString::number(n)));
        QVERIFY(PageSelection::parse(QString())->isAll());
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("spec");
        for (const char* bad : {"0", "3-1", "a", "1,,2", "-3", "1-x", "2.5"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejects()
    {
        QFETCH(QString, spec);
        auto s = PageSelection::parse(spec);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, vo::ErrorCode::Usage);
    }
};

QTEST_GUILESS_MAIN(TestPageSelection)
#include "TestPageSelection.moc"
