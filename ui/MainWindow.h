#pragma once
// The main window only wires collaborators together (style.md #9): the document list, the page
// view, the text pane, the import queue, the lock screen, the clipboard guard, the idle watcher,
// the document commands and the vault controller each live in their own class.

#include "vault/VaultController.h"

#include <QMainWindow>

#include <memory>

class QStackedWidget;

namespace vo::ui {

class ClipboardGuard;
class DialogSeam;
class DocumentCommands;
class DocumentLibrary;
class DocumentListPanel;
class IdleWatcher;
class JobsPanel;
class LockScreen;
class OpenDocument;
class PageListModel;
class PageStrip;
class PageView;
class Settings;
class TextPane;
struct MainActions;
struct WordRef;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Settings& settings, DialogSeam& dialogs, const VaultConfig& vault = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // First run / unlock; then recognises `openPath` (may be empty) and shows it.
    void start(const QString& openPath = {});
    // `vaultocr FILE`: recognise FILE (into the vault when one is open) and show it, asking nothing.
    void openForOcr(const QString& path);
    bool isLocked() const;

    // Collaborators, for tests.
    DocumentLibrary* library() const { return m_library; }
    VaultController* vault() const { return m_vault; }
    DocumentListPanel* documentList() const { return m_list; }
    PageView* pageView() const { return m_pageView; }
    TextPane* textPane() const { return m_textPane; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    PageListModel* pageModel() const;
    ClipboardGuard* clipboardGuard() const { return m_clipboard; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    DocumentCommands* commands() const { return m_commands; }
    MainActions& actions() const { return *m_actions; }

public slots:
    void lock();
    void unlock();
    void showSettings();
    void showAbout();
    void showReport();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    QWidget* buildWorkspace();
    void connectActions();
    void connectViews();
    void connectVault();
    void showDocument(OpenDocument* document);
    void showWorkspace();
    void showLockScreen(bool passphrase);
    void goToPage(int page);
    void goToLowConfidence(bool forward);
    void applySettings();
    void updateActions();
    void showStatus(const QString& message);

    Settings& m_settings;
    DialogSeam& m_dialogs;
    std::unique_ptr<MainActions> m_actions;
    DocumentLibrary* m_library;
    ClipboardGuard* m_clipboard;
    IdleWatcher* m_idle;
    VaultController* m_vault = nullptr;
    DocumentCommands* m_commands = nullptr;
    QStackedWidget* m_stack = nullptr;
    LockScreen* m_lockScreen = nullptr;
    DocumentListPanel* m_list = nullptr;
    PageStrip* m_pageStrip = nullptr;
    PageView* m_pageView = nullptr;
    TextPane* m_textPane = nullptr;
    JobsPanel* m_jobs = nullptr;
    QString m_pendingOpen;
    QList<QMetaObject::Connection> m_documentConnections;
};

}  // namespace vo::ui
