#include "GuiTestSupport.h"

#include "TestUtil.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "jobs/ImportQueue.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace vo::test {

QString FakeDialogs::saveFileName(QWidget*, const QString&, const QString&, const QString&)
{
    if (saveNames.empty())
        return {};
    const QString name = saveNames.front();
    saveNames.pop_front();
    return name;
}

QStringList FakeDialogs::openFileNames(QWidget*, const QString&, const QString&)
{
    if (openNames.empty())
        return {};
    const QStringList names = openNames.front();
    openNames.pop_front();
    return names;
}

QString FakeDialogs::existingDirectory(QWidget*, const QString&) { return {}; }

bool FakeDialogs::confirm(QWidget*, const QString&, const QString& text, const QString&)
{
    confirmTexts << text;
    if (confirmations.empty())
        return true;
    const bool answer = confirmations.front();
    confirmations.pop_front();
    return answer;
}

void FakeDialogs::showError(QWidget*, const QString&, const QString& text) { errors << text; }

bool FakeDialogs::run(QDialog& dialog)
{
    ++runs;
    return onRun ? onRun(dialog) : true;
}

ui::VaultConfig WindowFixture::noVault()
{
    ui::VaultConfig c;
    c.enabled = false;
    return c;
}

WindowFixture::WindowFixture(const ui::VaultConfig& vault)
{
    settings = std::make_unique<ui::Settings>(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("preferences.ini")), QSettings::IniFormat));
    settings->setJobs(2);
    window = std::make_unique<ui::MainWindow>(*settings, dialogs, vault);
    window->resize(1200, 800);
    window->show();
    if (!vault.enabled)
        window->start();
}

WindowFixture::~WindowFixture() { window.reset(); }

QString sampleImage() { return qEnvironmentVariable("VAULTOCR_SAMPLE_DIR") + QStringLiteral("/sample-letter.png"); }

QString sampleTruth()
{
    return readText(qEnvironmentVariable("VAULTOCR_SAMPLE_DIR") + QStringLiteral("/sample-letter.gt.txt"));
}

bool waitForImports(ui::MainWindow& window, int timeoutMs)
{
    ui::ImportQueue* queue = window.library()->queue();
    QElapsedTimer t;
    t.start();
    while (queue->isBusy() && t.elapsed() < timeoutMs)
        QTest::qWait(50);
    return !queue->isBusy();
}

ui::WordRef findWord(ui::MainWindow& window, const QString& text)
{
    ui::OpenDocument* doc = window.library()->current();
    if (!doc)
        return {};
    for (int p = 0; p < doc->pageCount(); ++p) {
        for (const ui::WordRef& ref : doc->words(p)) {
            if (doc->word(ref)->text == text)
                return ref;
        }
    }
    return {};
}

}  // namespace vo::test
