#pragma once
// The commands that act on the open or selected document — export, copy text, delete now,
// change expiry — kept out of MainWindow so it stays a wiring board. Long work runs off the GUI
// thread: exports on the thread pool (in-memory documents) or on the vault thread.

#include <QObject>

class QWidget;

namespace vo::ui {

class ClipboardGuard;
class DialogSeam;
class DocumentLibrary;
class Settings;
class TextPane;

class DocumentCommands : public QObject {
    Q_OBJECT
public:
    DocumentCommands(DocumentLibrary& library, Settings& settings, DialogSeam& dialogs, ClipboardGuard& clipboard,
                     TextPane& textPane, QWidget* window);

public slots:
    // Asks for files (or a folder), then importFiles().
    void askImport(bool folder);
    // Files and folders; `ask` shows the class dialog (else the defaults from the settings).
    void importFiles(const QStringList& paths, bool ask = true);
    void exportCurrent();
    void copyText();
    // Asks first; the question says that it cannot be undone.
    void deleteDocument(const QString& id);

signals:
    void statusMessage(const QString& message);
    void exportFinished(bool ok, const QString& message);

private:
    void exportFinishedWith(bool ok, const QString& message);

    DocumentLibrary& m_library;
    Settings& m_settings;
    DialogSeam& m_dialogs;
    ClipboardGuard& m_clipboard;
    TextPane& m_textPane;
    QWidget* m_window;
};

}  // namespace vo::ui
