#pragma once
// Chooses the UI language from the system locale: our strings from the translations compiled
// into the binary (:/i18n), Qt's own (standard buttons) from Qt's translations folder. Falls back
// to English when there is no translation.

class QCoreApplication;
class QLocale;

namespace vo::ui {

// Returns true if a VaultOCR translation for `locale` was installed.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

}  // namespace vo::ui
