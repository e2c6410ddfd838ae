#include "app/MainActions.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace vo::ui {
namespace {

QAction* make(QWidget* owner, const QString& text, const QKeySequence& shortcut, const QString& themeIcon,
              QStyle::StandardPixmap fallback = QStyle::SP_CustomBase)
{
    auto* a = new QAction(text, owner);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    QIcon icon = QIcon::fromTheme(themeIcon);
    if (icon.isNull() && fallback != QStyle::SP_CustomBase)
        icon = owner->style()->standardIcon(fallback);
    a->setIcon(icon);
    // Tooltips name the shortcut, so keyboard users discover it.
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    a->setToolTip(shortcut.isEmpty() ? plain
                                     : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(a);
    return a;
}

}  // namespace

MainActions::MainActions(QWidget* o)
    : import(make(o, tr("&Import…"), QKeySequence::Open, QStringLiteral("document-open"), QStyle::SP_DialogOpenButton)),
      importFolder(make(o, tr("Import &Folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon)),
      exportDoc(make(o, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton)),
      copyText(make(o, tr("&Copy Text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QStringLiteral("edit-copy"))),
      deleteDoc(make(o, tr("&Delete Now…"), QKeySequence::Delete, QStringLiteral("edit-delete"), QStyle::SP_TrashIcon)),
      changeExpiry(make(o, tr("Change E&xpiry…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), QStringLiteral("chronometer"))),
      changeClass(make(o, tr("Change C&lass…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), QStringLiteral("security-medium"))),
      purgeExpired(make(o, tr("&Purge Expired Now"), QKeySequence(), QStringLiteral("edit-clear-history"))),
      audit(make(o, tr("&Audit Trail…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), QStringLiteral("view-list-details"))),
      lock(make(o, tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), QStringLiteral("system-lock-screen"))),
      quit(make(o, tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"))),
      undo(make(o, tr("&Undo Correction"), QKeySequence::Undo, QStringLiteral("edit-undo"), QStyle::SP_ArrowBack)),
      redo(make(o, tr("&Redo Correction"), QKeySequence::Redo, QStringLiteral("edit-redo"), QStyle::SP_ArrowForward)),
      correctWord(make(o, tr("C&orrect Word"), QKeySequence(Qt::Key_F2), QStringLiteral("edit-rename"))),
      nextLow(make(o, tr("&Next Unsure Word"), QKeySequence(Qt::Key_F3), QStringLiteral("go-down-search"), QStyle::SP_ArrowDown)),
      previousLow(make(o, tr("&Previous Unsure Word"), QKeySequence(Qt::SHIFT | Qt::Key_F3), QStringLiteral("go-up-search"), QStyle::SP_ArrowUp)),
      nextPage(make(o, tr("Next Pa&ge"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), QStringLiteral("go-next"), QStyle::SP_ArrowRight)),
      previousPage(make(o, tr("Previous Pag&e"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), QStringLiteral("go-previous"), QStyle::SP_ArrowLeft)),
      zoomIn(make(o, tr("Zoom &In"), QKeySequence::ZoomIn, QStringLiteral("zoom-in"))),
      zoomOut(make(o, tr("Zoom &Out"), QKeySequence::ZoomOut, QStringLiteral("zoom-out"))),
      fitWidth(make(o, tr("Fit &Width"), QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("zoom-fit-width"))),
      fitPage(make(o, tr("Fit &Page"), QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("zoom-fit-best"))),
      overlay(make(o, tr("Show Word &Boxes"), QKeySequence(Qt::CTRL | Qt::Key_B), QStringLiteral("view-visible"))),
      focusSearch(make(o, tr("&Find Document"), QKeySequence::Find, QStringLiteral("edit-find"))),
      settings(make(o, tr("&Settings…"), QKeySequence::Preferences, QStringLiteral("configure"))),
      report(make(o, tr("&Data-Path Report…"), QKeySequence(), QStringLiteral("document-properties"))),
      about(make(o, tr("&About VaultOCR"), QKeySequence(), QStringLiteral("help-about")))
{
    // Some platforms define no standard key for these.
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    overlay->setCheckable(true);
    overlay->setChecked(true);
    // Del acts on the document list, not on text fields that happen to have focus.
    deleteDoc->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void MainActions::populate(QMenuBar* menuBar, QToolBar* toolBar) const
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->addActions({import, importFolder, exportDoc});
    file->addSeparator();
    file->addActions({lock, quit});
    QMenu* edit = menuBar->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({correctWord, nextLow, previousLow, copyText});
    edit->addSeparator();
    edit->addActions({focusSearch, settings});
    QMenu* doc = menuBar->addMenu(tr("&Document"));
    doc->addActions({changeClass, changeExpiry, deleteDoc});
    doc->addSeparator();
    doc->addActions({purgeExpired, audit});
    QMenu* view = menuBar->addMenu(tr("&View"));
    view->addActions({zoomIn, zoomOut, fitWidth, fitPage});
    view->addSeparator();
    view->addActions({overlay, previousPage, nextPage});
    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->addActions({report, about});

    toolBar->addActions({import, exportDoc});
    toolBar->addSeparator();
    toolBar->addActions({undo, redo, previousLow, nextLow});
    toolBar->addSeparator();
    toolBar->addActions({zoomOut, zoomIn, fitWidth, fitPage});
    toolBar->addSeparator();
    toolBar->addActions({deleteDoc, lock});
}

void MainActions::setDocumentActionsEnabled(bool on)
{
    for (QAction* a : {exportDoc, copyText, correctWord, nextLow, previousLow, nextPage, previousPage, zoomIn,
                       zoomOut, fitWidth, fitPage, deleteDoc})
        a->setEnabled(on);
}

void MainActions::setVaultActionsEnabled(bool on)
{
    for (QAction* a : {changeClass, changeExpiry, purgeExpired, audit})
        a->setEnabled(on);
}

void MainActions::setLocked(bool locked)
{
    for (QAction* a : {import, importFolder, settings, focusSearch, overlay, undo, redo})
        a->setEnabled(!locked);
    if (locked) {
        setDocumentActionsEnabled(false);
        setVaultActionsEnabled(false);
    }
    lock->setEnabled(!locked);
}

}  // namespace vo::ui
