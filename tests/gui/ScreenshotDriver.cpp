// Drives the real main window and dialogs through their main states under Xvfb and saves a PNG of
// the screen for each with ImageMagick's `import -window root` (tests/gui/screenshots.sh runs it).
// Not a test: a tool for looking at the UI. Uses a passphrase vault in the folder it is given.
//   vaultocr_screens --out DIR --vault DIR [--locale de] [--sample FILE]

#include "MainWindow.h"
#include "app/MainActions.h"
#include "app/Settings.h"
#include "app/Translator.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/DialogSeam.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "jobs/ImportQueue.h"
#include "widgets/PageView.h"
#include "widgets/TextPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vo::ui;

namespace {

QString g_out;
int g_shot = 0;

void settle(int ms = 700)
{
    QTest::qWait(ms);
}

void shoot(const QString& name)
{
    settle();
    const QString file = QDir(g_out).filePath(QStringLiteral("%1-%2.png").arg(++g_shot, 2, 10, QLatin1Char('0')).arg(name));
    QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file});
    qInfo("saved %s", qPrintable(file));
}

// Shows each dialog for a screenshot; answers the welcome flow with a passphrase vault.
class ScreenshotDialogs : public QtDialogs {
public:
    QString saveName;
    bool run(QDialog& dialog) override
    {
        dialog.show();
        if (auto* w = qobject_cast<WelcomeDialog*>(&dialog)) {
            shoot(QStringLiteral("welcome"));
            w->passphraseOption()->setChecked(true);
            QTest::keyClicks(w->passphraseField(), QStringLiteral("screenshot passphrase"));
            QTest::keyClicks(w->confirmField(), QStringLiteral("screenshot passphrase"));
            shoot(QStringLiteral("welcome-passphrase"));
            w->createButton()->click();
            return true;
        }
        if (auto* r = qobject_cast<RecoveryKeyDialog*>(&dialog)) {
            shoot(QStringLiteral("recovery-key"));
            r->storedCheck()->setChecked(true);
            r->continueButton()->click();
            return true;
        }
        if (auto* e = qobject_cast<ExportDialog*>(&dialog)) {
            shoot(QStringLiteral("export-dialog"));
            e->close();
            return false;
        }
        shoot(dialog.objectName().isEmpty() ? QString::fromLatin1(dialog.metaObject()->className()).section(u':', -1)
                                            : dialog.objectName());
        dialog.close();
        return false;
    }
};

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("folder for the PNGs"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("vault"), QStringLiteral("vault folder (created)"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("locale"), QStringLiteral("UI language"), QStringLiteral("code")});
    parser.addOption({QStringLiteral("sample"), QStringLiteral("page to import"), QStringLiteral("file")});
    parser.process(app);
    g_out = parser.value(QStringLiteral("out"));
    QDir().mkpath(g_out);
    disableQtInternalSettings();
    const QString localeName = parser.value(QStringLiteral("locale"));
    const bool german = !localeName.isEmpty();
    if (german) {
        QLocale::setDefault(QLocale(localeName));
        installTranslations(app, QLocale(localeName));
        g_shot = 20;
    }

    QTemporaryDir prefs;
    Settings settings(std::make_unique<QSettings>(prefs.filePath(QStringLiteral("preferences.ini")), QSettings::IniFormat));
    settings.setLanguages(QStringLiteral("eng"));
    ScreenshotDialogs dialogs;
    VaultConfig vault;
    vault.enabled = !german;
    vault.root = parser.value(QStringLiteral("vault"));
    MainWindow window(settings, dialogs, vault);
    window.resize(1360, 860);
    window.move(20, 20);
    window.show();
    window.start();
    if (vault.enabled) {
        waitFor([&] { return window.vault()->isOpen(); }, 60'000);
        shoot(QStringLiteral("empty-vault"));
    }
    window.openForOcr(parser.value(QStringLiteral("sample")));
    waitFor([&] { return !window.library()->queue()->isBusy(); }, 120'000);
    waitFor([&] { return window.library()->current() && window.library()->current()->loadedPages() > 0; }, 60'000);
    window.actions().fitWidth->trigger();
    settings.setLowConfidence(93);
    window.actions().nextLow->trigger();
    shoot(german ? QStringLiteral("document-de") : QStringLiteral("document-overlay"));
    window.actions().exportDoc->trigger();
    window.actions().settings->trigger();
    if (!german) {
        window.actions().audit->trigger();
        window.actions().about->trigger();
        window.lock();
        shoot(QStringLiteral("locked"));
    }
    return 0;
}
