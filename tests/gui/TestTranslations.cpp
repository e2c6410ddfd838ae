// The German and French translations are complete and current: every message in every .ts file
// is finished (no "unfinished", "vanished" or "obsolete" entries, no empty text), keeps the
// source's placeholders and accelerator, and lupdate run over today's sources finds nothing new.
// The compiled translations load from the binary and reach both the UI and the core's messages.

#include "TestUtil.h"
#include "app/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type;           // the translation's type attribute
    QStringList forms;      // the translation, or its numerus forms
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString& s)
{
    QString t = s;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&[^\\s;#]"));  // not "&amp;"-like text
    return re.match(t).hasMatch() && !t.contains(QStringLiteral("&nbsp;"));
}

QString sourceDir() { return qEnvironmentVariable("VAULTOCR_SOURCE_DIR"); }

QStringList tsFiles()
{
    return {sourceDir() + QStringLiteral("/translations/vaultocr_de.ts"),
            sourceDir() + QStringLiteral("/translations/vaultocr_fr.ts")};
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationsAreCurrent_data();
    void translationsAreCurrent();
    void compiledTranslationsReachUiAndCore();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("ts");
    for (const QString& f : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, ts);
    QString error;
    const QList<Message> messages = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 [%2]").arg(where, m.type);
        if (m.forms.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(), [](const QString& f) { return f.isEmpty(); }))
            problems << QStringLiteral("%1 [empty]").arg(where);
        for (const QString& form : m.forms) {
            if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("%1 [placeholders %2]").arg(where, placeholders(form).join(u','));
            if (hasAccelerator(m.source) != hasAccelerator(form))
                problems << QStringLiteral("%1 [accelerator]").arg(where);
        }
    }
    qInfo("%s: %d messages checked", qPrintable(QFileInfo(ts).fileName()), int(messages.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::translationsAreCurrent_data() { everyMessageIsTranslated_data(); }

void TestTranslations::translationsAreCurrent()
{
    // lupdate over the sources into a copy: a tr() string added without a translation shows up
    // as an unfinished entry. The committed file is never modified.
    QFETCH(QString, ts);
    const QString lupdate = qEnvironmentVariable("VAULTOCR_LUPDATE");
    QVERIFY2(QFile::exists(lupdate), qPrintable(lupdate));
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(ts, copy));
    QStringList args{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                     QStringLiteral("none"), QStringLiteral("-I"), sourceDir() + QStringLiteral("/ui"),
                     QStringLiteral("-I"), sourceDir() + QStringLiteral("/core")};
    for (const QString& sub : {QStringLiteral("ui"), QStringLiteral("core")}) {
        QDirIterator it(sourceDir() + QLatin1Char('/') + sub, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.contains(QStringLiteral("/core/cli/")))  // as in ui/CMakeLists.txt
                args << f;
        }
    }
    args << QStringLiteral("-ts") << copy;
    const vo::test::ProcessResult r = vo::test::run(lupdate, args, {}, 120'000);
    QCOMPARE(r.exitCode, 0);
    QString error;
    QStringList stale;
    for (const Message& m : readTs(copy, &error)) {
        if (!m.type.isEmpty())
            stale << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("strings without a translation (run the update_translations "
                                                       "target and translate them):\n")
                                          + stale.join(u'\n')));
}

void TestTranslations::compiledTranslationsReachUiAndCore()
{
    // English has no .ts file but still gets its plurals right.
    QVERIFY(!vo::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    QCOMPARE(QCoreApplication::translate("vo::ui::DocumentListModel", "%n day(s)", nullptr, 1), QStringLiteral("1 day"));
    QCOMPARE(QCoreApplication::translate("vo::ui::DocumentListModel", "%n day(s)", nullptr, 6), QStringLiteral("6 days"));
    QVERIFY(vo::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(QCoreApplication::translate("MainActions", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("vo::ui::TextPane", "No word selected"), QStringLiteral("Kein Wort ausgewählt"));
    // The core asks with its short context; lupdate filed it under the qualified one.
    QCOMPARE(QCoreApplication::translate("LanguageCatalog", "no OCR language given"),
             QStringLiteral("keine OCR-Sprache angegeben"));
    QCOMPARE(QCoreApplication::translate("vo::ui::MainWindow", "Text copied. The clipboard will be cleared in %n second(s).",
                                         nullptr, 5),
             QStringLiteral("Text kopiert. Die Zwischenablage wird in 5 Sekunden geleert."));
    QVERIFY(vo::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(QCoreApplication::translate("MainActions", "&File"), QStringLiteral("&Fichier"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
