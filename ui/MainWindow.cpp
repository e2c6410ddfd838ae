#include "MainWindow.h"

#include "app/DocumentCommands.h"
#include "app/MainActions.h"
#include "app/Settings.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/DialogSeam.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/SettingsDialog.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "security/ClipboardGuard.h"
#include "security/IdleWatcher.h"
#include "vault/ReportGatherer.h"
#include "vault/VaultPaths.h"
#include "widgets/DocumentListPanel.h"
#include "widgets/JobsPanel.h"
#include "widgets/LockScreen.h"
#include "widgets/PageStrip.h"
#include "widgets/PageView.h"
#include "widgets/TextPane.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace vo::ui {
namespace {

constexpr int kStatusMs = 8000;

}  // namespace

MainWindow::MainWindow(Settings& settings, DialogSeam& dialogs, const VaultConfig& vault, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_dialogs(dialogs), m_actions(std::make_unique<MainActions>(this)),
      m_library(new DocumentLibrary(settings, this)), m_clipboard(new ClipboardGuard(this)),
      m_idle(new IdleWatcher(this))
{
    setWindowTitle(tr("VaultOCR"));
    setAcceptDrops(true);
    buildUi();
    m_commands = new DocumentCommands(*m_library, settings, dialogs, *m_clipboard, *m_textPane, this);
    if (vault.enabled)
        m_vault = new VaultController(vault, *m_library, settings, dialogs, this);
    connectActions();
    connectViews();
    connectVault();
    applySettings();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1200, 800);
    restoreState(settings.windowState());
    updateActions();
}

MainWindow::~MainWindow() = default;

PageListModel* MainWindow::pageModel() const { return m_pageStrip->pageModel(); }

void MainWindow::buildUi()
{
    m_stack = new QStackedWidget(this);
    m_lockScreen = new LockScreen(m_stack);
    m_stack->addWidget(buildWorkspace());
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);

    auto* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    m_actions->populate(menuBar(), toolBar);

    m_jobs = new JobsPanel(*m_library->queue(), this);
    auto* jobsDock = new QDockWidget(tr("Imports"), this);
    jobsDock->setObjectName(QStringLiteral("importsDock"));
    jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
}

QWidget* MainWindow::buildWorkspace()
{
    m_list = new DocumentListPanel(*m_library->model(), this);
    m_list->setMinimumWidth(300);
    m_list->addAction(m_actions->deleteDoc);  // Del acts where the list has focus
    // The document's context menu: the commands that act on the row right-clicked (and selected).
    m_list->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->view()->addActions({m_actions->exportDoc, m_actions->changeClass, m_actions->changeExpiry,
                                m_actions->deleteDoc});

    m_pageStrip = new PageStrip(this);
    m_pageView = new PageView(this);
    m_textPane = new TextPane(this);
    auto* docSplit = new QSplitter(Qt::Horizontal, this);
    docSplit->addWidget(m_pageStrip);
    docSplit->addWidget(m_pageView);
    docSplit->addWidget(m_textPane);
    docSplit->setStretchFactor(1, 3);
    docSplit->setStretchFactor(2, 2);
    docSplit->setSizes({130, 620, 420});

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(docSplit);
    split->setStretchFactor(1, 4);
    split->setSizes({340, 1170});
    return split;
}

void MainWindow::connectActions()
{
    MainActions& a = *m_actions;
    connect(a.import, &QAction::triggered, m_commands, [this] { m_commands->askImport(false); });
    connect(a.importFolder, &QAction::triggered, m_commands, [this] { m_commands->askImport(true); });
    connect(a.exportDoc, &QAction::triggered, m_commands, &DocumentCommands::exportCurrent);
    connect(a.copyText, &QAction::triggered, m_commands, &DocumentCommands::copyText);
    connect(a.deleteDoc, &QAction::triggered, this, [this] { m_commands->deleteDocument(m_list->currentId()); });
    connect(a.lock, &QAction::triggered, this, &MainWindow::lock);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.report, &QAction::triggered, this, &MainWindow::showReport);
    connect(a.correctWord, &QAction::triggered, m_textPane, &TextPane::startCorrection);
    connect(a.nextLow, &QAction::triggered, this, [this] { goToLowConfidence(true); });
    connect(a.previousLow, &QAction::triggered, this, [this] { goToLowConfidence(false); });
    connect(a.nextPage, &QAction::triggered, this, [this] { goToPage(m_pageView->currentPage() + 1); });
    connect(a.previousPage, &QAction::triggered, this, [this] { goToPage(m_pageView->currentPage() - 1); });
    connect(a.zoomIn, &QAction::triggered, m_pageView, &PageView::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_pageView, &PageView::zoomOut);
    connect(a.fitWidth, &QAction::triggered, m_pageView, &PageView::fitWidth);
    connect(a.fitPage, &QAction::triggered, m_pageView, &PageView::fitPage);
    connect(a.overlay, &QAction::toggled, m_pageView, &PageView::setOverlayVisible);
    connect(a.focusSearch, &QAction::triggered, this, [this] { m_list->searchField()->setFocus(); });
    connect(a.undo, &QAction::triggered, this, [this] {
        if (OpenDocument* d = m_library->current())
            d->undoStack()->undo();
    });
    connect(a.redo, &QAction::triggered, this, [this] {
        if (OpenDocument* d = m_library->current())
            d->undoStack()->redo();
    });
}

void MainWindow::connectViews()
{
    connect(m_list, &DocumentListPanel::currentChanged, m_library, &DocumentLibrary::open);
    connect(m_list, &DocumentListPanel::searchChanged, m_library, &DocumentLibrary::searchText);
    connect(m_library, &DocumentLibrary::textMatches, this, [this](const QString& needle, const QSet<QString>& ids) {
        if (needle == m_list->searchField()->text().trimmed())
            m_list->setTextMatches(ids);
    });
    connect(m_library, &DocumentLibrary::opened, this, &MainWindow::showDocument);
    connect(m_library, &DocumentLibrary::closed, this, [this] { showDocument(nullptr); });
    connect(m_library, &DocumentLibrary::loadFailed, this, &MainWindow::showStatus);
    connect(m_library, &DocumentLibrary::importFinished, this,
            [this](const QString&, bool ok, const QString& message, bool cancelled) {
                if (!ok && !cancelled)
                    showStatus(tr("Import failed: %1").arg(message));
                updateActions();
            });
    connect(m_library, &DocumentLibrary::removeFinished, this, [this](const QString&, bool ok, const QString& message) {
        showStatus(ok ? tr("Deleted.") : tr("Delete failed: %1").arg(message));
    });
    connect(m_commands, &DocumentCommands::statusMessage, this, &MainWindow::showStatus);
    connect(m_pageView, &PageView::wordClicked, m_textPane, &TextPane::selectWord);
    connect(m_pageView, &PageView::wordActivated, this, [this](const WordRef& ref) {
        m_textPane->selectWord(ref);
        m_textPane->startCorrection();
    });
    connect(m_textPane, &TextPane::wordClicked, m_pageView, &PageView::selectWord);
    connect(m_pageStrip, &PageStrip::pageChosen, this, &MainWindow::goToPage);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_idle, &IdleWatcher::screenLocked, this, &MainWindow::lock);
    connect(m_clipboard, &ClipboardGuard::copied, this, [this](int seconds) {
        showStatus(tr("Text copied. The clipboard will be cleared in %n second(s).", nullptr, seconds));
    });
}

void MainWindow::connectVault()
{
    MainActions& a = *m_actions;
    if (!m_vault)
        return;
    connect(m_vault, &VaultController::statusMessage, this, &MainWindow::showStatus);
    connect(m_vault, &VaultController::lockScreenNeeded, this, &MainWindow::showLockScreen);
    connect(m_vault, &VaultController::unlocked, this, &MainWindow::showWorkspace);
    connect(m_vault, &VaultController::unlockFailed, this, [this](const QString& message) {
        m_lockScreen->setBusy(false);
        m_lockScreen->setMessage(message);
    });
    connect(m_vault, &VaultController::ready, this, [this](bool vaultOpen) {
        m_list->setVaultColumnsVisible(vaultOpen);
        updateActions();
        if (!m_pendingOpen.isEmpty())
            openForOcr(std::exchange(m_pendingOpen, QString()));
    });
    connect(a.audit, &QAction::triggered, m_vault, &VaultController::showAudit);
    connect(a.purgeExpired, &QAction::triggered, m_vault, &VaultController::purgeNow);
    connect(a.changeExpiry, &QAction::triggered, this, [this] { m_vault->changeExpiry(m_list->currentId()); });
    connect(a.changeClass, &QAction::triggered, this, [this] { m_vault->changeClass(m_list->currentId()); });
    connect(m_lockScreen, &LockScreen::recoveryRequested, m_vault, &VaultController::askRecoveryKey);
    connect(m_vault, &VaultController::recoveryOffered, m_lockScreen, &LockScreen::offerRecovery);
}

void MainWindow::start(const QString& openPath)
{
    if (!m_vault) {
        m_list->setVaultColumnsVisible(false);
        m_idle->start();
        if (!openPath.isEmpty())
            openForOcr(openPath);
        return;
    }
    m_pendingOpen = openPath;
    m_vault->start();
}

void MainWindow::applySettings()
{
    m_idle->setTimeoutMs(m_settings.autoLockMinutes() * 60'000);
    m_idle->setWatchScreenLock(m_settings.lockOnScreenLock());
    m_clipboard->setTimeoutSeconds(m_settings.clipboardSeconds());
    m_pageView->setLowConfidence(m_settings.lowConfidence());
    m_textPane->setLowConfidence(m_settings.lowConfidence());
}

void MainWindow::updateActions()
{
    m_actions->setLocked(isLocked());
    if (isLocked())
        return;
    OpenDocument* doc = m_library->current();
    m_actions->setDocumentActionsEnabled(doc != nullptr);
    m_actions->setVaultActionsEnabled(m_library->hasVault());
    m_actions->undo->setEnabled(doc && doc->undoStack()->canUndo());
    m_actions->redo->setEnabled(doc && doc->undoStack()->canRedo());
}

void MainWindow::showDocument(OpenDocument* document)
{
    for (const auto& c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    m_pageStrip->setDocument(document);
    m_pageView->setDocument(document);
    m_textPane->setDocument(document);
    if (document) {
        m_documentConnections << connect(document->undoStack(), &QUndoStack::indexChanged, this,
                                         &MainWindow::updateActions);
        m_list->selectId(document->id());
    }
    updateActions();
}

void MainWindow::goToPage(int page)
{
    OpenDocument* doc = m_library->current();
    if (!doc || page < 0 || page >= doc->pageCount())
        return;
    m_pageView->showPage(page);
    m_textPane->showPage(page);
    m_pageStrip->setCurrentPage(page);
}

void MainWindow::goToLowConfidence(bool forward)
{
    OpenDocument* doc = m_library->current();
    if (!doc)
        return;
    WordRef from = m_textPane->selectedWord();
    if (!from.isValid())
        from = forward ? WordRef{m_pageView->currentPage(), -1, -1, -1} : WordRef{m_pageView->currentPage(), 0, 0, 0};
    const WordRef next = doc->nextLowConfidence(from, m_settings.lowConfidence(), forward);
    if (!next.isValid()) {
        showStatus(tr("No unsure words left."));
        return;
    }
    goToPage(next.page);
    m_pageView->selectWord(next);
    m_textPane->selectWord(next);
}

void MainWindow::openForOcr(const QString& path)
{
    m_commands->importFiles({path}, false);
}

bool MainWindow::isLocked() const { return m_stack->currentWidget() == m_lockScreen; }

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_clipboard->clear();
    m_library->wipe();
    if (m_vault)
        m_vault->lock();
    showDocument(nullptr);
    m_jobs->wipe();
    m_list->searchField()->clear();
    showLockScreen(m_vault && m_vault->usesPassphrase());
}

void MainWindow::showLockScreen(bool passphrase)
{
    m_idle->stop();
    m_lockScreen->setMessage({});
    m_lockScreen->setBusy(false);
    m_stack->setCurrentWidget(m_lockScreen);
    m_lockScreen->setPassphraseMode(passphrase);
    setWindowTitle(tr("VaultOCR (locked)"));
    updateActions();
    if (!passphrase)
        m_lockScreen->unlockButton()->setFocus();
}

void MainWindow::unlock()
{
    if (m_vault && m_vault->exists()) {
        m_lockScreen->setBusy(true);
        m_vault->unlock(m_lockScreen->takePassphrase());  // showWorkspace() follows on success
        return;
    }
    showWorkspace();
}

void MainWindow::showWorkspace()
{
    m_stack->setCurrentIndex(0);
    setWindowTitle(tr("VaultOCR"));
    m_idle->start();
    updateActions();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.setRetention(m_library->retentionSeconds(), m_library->hasVault());
    if (!m_dialogs.run(dialog))
        return;
    dialog.apply(m_settings);
    if (m_vault && dialog.retentionChanged())
        m_vault->applyRetention(dialog.retention());
    applySettings();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    m_dialogs.run(dialog);
}

void MainWindow::showReport()
{
    ReportDialog dialog(m_dialogs, this);
    const DesktopFacts desktop{m_settings.clipboardSeconds(), m_settings.autoLockMinutes(), m_settings.lockOnScreenLock(),
                               QString::fromLatin1(ClipboardGuard::kHintFormat)};
    gatherReport(&dialog, m_vault ? m_vault->session() : nullptr, VaultPaths::resolveRoot({}), desktop,
                 [&dialog](const DataPathReport& report) { dialog.setReport(report); });
    m_dialogs.run(dialog);
}

void MainWindow::showStatus(const QString& message) { statusBar()->showMessage(message, kStatusMs); }

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    m_clipboard->clear();
    m_library->wipe();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && !isLocked())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    // Queued: a modal dialog inside a drop handler would block the drag source.
    QMetaObject::invokeMethod(m_commands, [this, paths] { m_commands->importFiles(paths); }, Qt::QueuedConnection);
}

}  // namespace vo::ui
