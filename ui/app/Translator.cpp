#include "app/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace vo::ui {

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    // English is the source language: no translator at all, so nothing half-translated appears.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return false;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qt.release()->setParent(&app);
    }
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(locale, QStringLiteral("vaultocr"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(ours.get());
    ours.release()->setParent(&app);
    return true;
}

}  // namespace vo::ui
