#include "GuiMain.h"

#include "MainWindow.h"
#include "app/PolicyGate.h"
#include "app/Settings.h"
#include "app/Translator.h"
#include "dialogs/DialogSeam.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QString>

#include <cstring>

namespace vo::ui {

void prepareGuiApplication(QApplication& app)
{
    disableQtInternalSettings();
    installTranslations(app, QLocale::system());
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.vaultocr.VaultOCR"), QIcon(QStringLiteral(":/icons/vaultocr.png"))));
    QApplication::setDesktopFileName(QStringLiteral("org.vaultocr.VaultOCR"));
}

QString missingDisplay(int argc, char** argv)
{
    for (const char* var : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!qEnvironmentVariableIsEmpty(var))
            return {};
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0)
            return {};
    }
    return QStringLiteral("no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                          "The command line needs none: see 'vaultocr --help'.");
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
