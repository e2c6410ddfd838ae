#pragma once
// Every modal question the app asks goes through this interface, so GUI tests can preset the
// answers (style.md #11) and the real implementation can enforce our rules in one place:
// Qt's own file dialog (never the platform's, which keeps recent-file lists).

#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

namespace vo::ui {

class DialogSeam {
public:
    virtual ~DialogSeam() = default;

    // Empty = cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& filter,
                                 const QString& suggestedName) = 0;
    virtual QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString existingDirectory(QWidget* parent, const QString& title) = 0;

    // A yes/no question whose "yes" does something irreversible; the default button is "no".
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& confirmLabel) = 0;
    virtual void showError(QWidget* parent, const QString& title, const QString& text) = 0;

    // Runs one of our own dialogs modally; true if accepted. Tests fill the dialog in and accept.
    virtual bool run(QDialog& dialog) = 0;
};

// The real thing: QFileDialog with DontUseNativeDialog, QMessageBox, QDialog::exec.
class QtDialogs : public DialogSeam {
public:
    QString saveFileName(QWidget* parent, const QString& title, const QString& filter,
                         const QString& suggestedName) override;
    QStringList openFileNames(QWidget* parent, const QString& title, const QString& filter) override;
    QString existingDirectory(QWidget* parent, const QString& title) override;
    bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel) override;
    void showError(QWidget* parent, const QString& title, const QString& text) override;
    bool run(QDialog& dialog) override;
};

}  // namespace vo::ui
