#include "GuiMain.h"

#include "MainWindow.h"
#include "app/PolicyGate.h"
#include "app/Settings.h"
#include "app/Translator.h"
#include "dialogs/DialogSeam.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

namespace vo::ui {

void prepareGuiApplication(QApplication& app)
{
    disableQtInternalSettings();
    installTranslations(app, QLocale::system());
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.vaultocr.VaultOCR"), QIcon(QStringLiteral(":/icons/vaultocr.png"))));
    QApplication::setDesktopFileName(QStringLiteral("org.vaultocr.VaultOCR"));
}

int runGui(QApplication& app, const QString& openPath, const QString& policyPath)
{
    prepareGuiApplication(app);
    std::unique_ptr<Settings> settings = Settings::openDefault();
    QtDialogs dialogs;
    std::unique_ptr<QWidget> window = createTopWindow(policyPath, *settings, dialogs, VaultConfig{});
    window->show();
    if (auto* main = qobject_cast<MainWindow*>(window.get()))
        main->start(openPath);
    return app.exec();
}

}  // namespace vo::ui
