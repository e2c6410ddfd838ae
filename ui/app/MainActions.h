#pragma once
// Every command of the main window as a QAction, with its text, shortcut, icon and accessible
// name in one place. MainWindow only connects them.

#include <QCoreApplication>

class QAction;
class QMenuBar;
class QToolBar;
class QWidget;

namespace vo::ui {

struct MainActions {
    Q_DECLARE_TR_FUNCTIONS(MainActions)

public:
    explicit MainActions(QWidget* owner);

    QAction* import;
    QAction* importFolder;
    QAction* exportDoc;
    QAction* copyText;
    QAction* deleteDoc;
    QAction* changeExpiry;
    QAction* changeClass;
    QAction* purgeExpired;
    QAction* audit;
    QAction* lock;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* correctWord;
    QAction* nextLow;
    QAction* previousLow;
    QAction* nextPage;
    QAction* previousPage;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* fitWidth;
    QAction* fitPage;
    QAction* overlay;
    QAction* focusSearch;
    QAction* settings;
    QAction* report;
    QAction* about;

    void populate(QMenuBar* menuBar, QToolBar* toolBar) const;
    // Actions that need an open document.
    void setDocumentActionsEnabled(bool on);
    // Actions that need the vault.
    void setVaultActionsEnabled(bool on);
    void setLocked(bool locked);
};

}  // namespace vo::ui
