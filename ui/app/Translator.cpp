#include "app/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace vo::ui {
namespace {

// The core translates with QCoreApplication::translate("LanguageCatalog", …) from helper
// functions, while lupdate files those strings under the namespace-qualified class
// ("vo::LanguageCatalog") or, from free functions, under the namespace ("vo"). Looking in those
// contexts too makes the core's messages appear translated in the GUI.
class CoreContextTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        QString out = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!out.isNull() || !context)
            return out;
        const QByteArray ctx(context);
        for (const QByteArray& alt : {QByteArrayLiteral("vo::") + ctx, QByteArrayLiteral("vo::ui::") + ctx,
                                      QByteArrayLiteral("vo"), QByteArrayLiteral("vo::aead"),
                                      QByteArrayLiteral("vo::index_file"), QByteArrayLiteral("vo::master_key"),
                                      QByteArrayLiteral("vo::ocr_codec")}) {
            out = QTranslator::translate(alt.constData(), sourceText, disambiguation, n);
            if (!out.isNull())
                return out;
        }
        return out;
    }
};

// English is the source language, so it has no .ts file; this gives its "%n day(s)" strings the
// right plural ("1 day", "2 days") without one.
class EnglishPlurals : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int n) const override
    {
        if (n < 0 || !sourceText)
            return {};
        QString out = QString::fromUtf8(sourceText);
        if (!out.contains(QLatin1String("(s)")))
            return {};
        out.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return out;
    }
};

}  // namespace

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    // Installed first, so a real translation (searched newest first) always wins.
    const QString pluralsName = QStringLiteral("vaultocr-english-plurals");
    if (!app.findChild<QTranslator*>(pluralsName, Qt::FindDirectChildrenOnly)) {
        auto plurals = std::make_unique<EnglishPlurals>();
        plurals->setObjectName(pluralsName);
        QCoreApplication::installTranslator(plurals.get());
        plurals.release()->setParent(&app);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qt.release()->setParent(&app);
    }
    auto ours = std::make_unique<CoreContextTranslator>();
    if (!ours->load(locale, QStringLiteral("vaultocr"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(ours.get());
    ours.release()->setParent(&app);
    return true;
}

}  // namespace vo::ui
