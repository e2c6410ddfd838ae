#pragma once
// The main window only wires collaborators together (style.md #9): the document list, the page
// view, the text pane, the import queue, the lock screen, the clipboard guard and the idle
// watcher each live in their own class.

#include <QMainWindow>

#include <memory>

class QListView;
class QSplitter;
class QStackedWidget;

namespace vo::ui {

class ClipboardGuard;
class DialogSeam;
class DocumentLibrary;
class DocumentListPanel;
class IdleWatcher;
class JobsPanel;
class LockScreen;
class OpenDocument;
class PageListModel;
class PageView;
class Settings;
class TextPane;
struct MainActions;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Settings& settings, DialogSeam& dialogs, QWidget* parent = nullptr);
    ~MainWindow() override;

    // `vaultocr FILE`: recognise FILE and show it, without asking anything.
    void openForOcr(const QString& path);
    void importFiles(const QStringList& paths);
    bool isLocked() const;

    // Collaborators, for tests.
    DocumentLibrary* library() const { return m_library; }
    DocumentListPanel* documentList() const { return m_list; }
    PageView* pageView() const { return m_pageView; }
    TextPane* textPane() const { return m_textPane; }
    JobsPanel* jobsPanel() const { return m_jobs; }
    PageListModel* pageModel() const { return m_pageModel; }
    ClipboardGuard* clipboardGuard() const { return m_clipboard; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    MainActions& actions() const { return *m_actions; }

public slots:
    void lock();
    void unlock();
    void exportCurrent();
    void copyText();
    void deleteCurrent();
    void showSettings();
    void showAbout();

signals:
    void exportFinished(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    QWidget* buildWorkspace();
    void connectActions();
    void connectViews();
    void showDocument(OpenDocument* document);
    void goToPage(int page);
    void goToLowConfidence(bool forward);
    void applySettings();
    void updateActions();
    void askImport(bool folder);

    Settings& m_settings;
    DialogSeam& m_dialogs;
    std::unique_ptr<MainActions> m_actions;
    DocumentLibrary* m_library;
    ClipboardGuard* m_clipboard;
    IdleWatcher* m_idle;
    QStackedWidget* m_stack = nullptr;
    LockScreen* m_lockScreen = nullptr;
    DocumentListPanel* m_list = nullptr;
    PageListModel* m_pageModel = nullptr;
    QListView* m_pageStrip = nullptr;
    PageView* m_pageView = nullptr;
    TextPane* m_textPane = nullptr;
    JobsPanel* m_jobs = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
};

}  // namespace vo::ui
