#pragma once
// Shared pieces of the GUI tests: a DialogSeam with preset answers, a window fixture with its own
// preferences file, and helpers to wait for imports and find words.

#include "MainWindow.h"
#include "app/Settings.h"
#include "dialogs/DialogSeam.h"
#include "document/WordRef.h"

#include <QDialog>
#include <QStringList>
#include <QTemporaryDir>

#include <deque>
#include <functional>
#include <memory>

namespace vo::test {

class FakeDialogs : public ui::DialogSeam {
public:
    std::deque<QString> saveNames;      // answers for saveFileName, in order (empty deque = cancel)
    std::deque<QStringList> openNames;
    std::deque<bool> confirmations;     // empty = answer yes
    // Called for every dialog run; fill it in and return true to accept. Default: accept.
    std::function<bool(QDialog&)> onRun;
    QStringList errors;                 // every showError text
    QStringList confirmTexts;
    int runs = 0;

    QString saveFileName(QWidget*, const QString&, const QString&, const QString&) override;
    QStringList openFileNames(QWidget*, const QString&, const QString&) override;
    QString existingDirectory(QWidget*, const QString&) override;
    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override;
    void showError(QWidget*, const QString&, const QString& text) override;
    bool run(QDialog& dialog) override;
};

// A main window with preferences in a temporary folder.
struct WindowFixture {
    QTemporaryDir dir;
    std::unique_ptr<ui::Settings> settings;
    FakeDialogs dialogs;
    std::unique_ptr<ui::MainWindow> window;

    // Without `vault`, the window recognises documents in memory only (no welcome flow).
    explicit WindowFixture(const ui::VaultConfig& vault = noVault());
    static ui::VaultConfig noVault();
    ~WindowFixture();
};

QString sampleImage();   // resources/sample/sample-letter.png
QString sampleTruth();   // its ground truth text

// Waits until the library has finished every import (true) or the timeout passed.
bool waitForImports(ui::MainWindow& window, int timeoutMs = 180'000);
// The first word on the current page whose text equals `text`.
ui::WordRef findWord(ui::MainWindow& window, const QString& text);

}  // namespace vo::test
