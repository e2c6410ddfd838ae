#include "dialogs/DialogSeam.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace vo::ui {
namespace {

// The platform's dialogs (GTK, KDE portals) add every chosen file to a recent-files list on disk.
// Qt's own dialog does not; its folder history goes to QtProject.conf, which
// disableQtInternalSettings() points nowhere.
constexpr QFileDialog::Options kOptions = QFileDialog::DontUseNativeDialog;

}  // namespace

QString QtDialogs::saveFileName(QWidget* parent, const QString& title, const QString& filter,
                                const QString& suggestedName)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter, nullptr, kOptions);
}

QStringList QtDialogs::openFileNames(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter, nullptr, kOptions);
}

QString QtDialogs::existingDirectory(QWidget* parent, const QString& title)
{
    return QFileDialog::getExistingDirectory(parent, title, QString(), kOptions | QFileDialog::ShowDirsOnly);
}

bool QtDialogs::confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void QtDialogs::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

bool QtDialogs::run(QDialog& dialog) { return dialog.exec() == QDialog::Accepted; }

}  // namespace vo::ui
