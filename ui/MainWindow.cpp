#include "MainWindow.h"

#include "app/Background.h"
#include "app/MainActions.h"
#include "app/Settings.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/DialogSeam.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/SettingsDialog.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "document/PageListModel.h"
#include "jobs/ImportQueue.h"
#include "security/ClipboardGuard.h"
#include "security/IdleWatcher.h"
#include "widgets/DocumentListPanel.h"
#include "widgets/JobsPanel.h"
#include "widgets/LockScreen.h"
#include "widgets/PageView.h"
#include "widgets/TextPane.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace vo::ui {
namespace {

constexpr int kStatusMs = 6000;

}  // namespace

MainWindow::MainWindow(Settings& settings, DialogSeam& dialogs, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_dialogs(dialogs), m_actions(std::make_unique<MainActions>(this)),
      m_library(new DocumentLibrary(settings, this)), m_clipboard(new ClipboardGuard(this)),
      m_idle(new IdleWatcher(this))
{
    setWindowTitle(tr("VaultOCR"));
    setAcceptDrops(true);
    buildUi();
    connectActions();
    connectViews();
    applySettings();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1200, 800);
    restoreState(settings.windowState());
    updateActions();
    m_idle->start();
}

MainWindow::~MainWindow() = default;

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
    statusBar()->showMessage(tr("Ready. Import a scan or a PDF to start (Ctrl+O)."));
}

QWidget* MainWindow::buildWorkspace()
{
    m_list = new DocumentListPanel(*m_library->model(), this);
    m_list->setMinimumWidth(260);
    m_actions->deleteDoc->setParent(m_list);  // Del works where the list has focus
    m_list->addAction(m_actions->deleteDoc);

    m_pageModel = new PageListModel(this);
    m_pageStrip = new QListView(this);
    m_pageStrip->setModel(m_pageModel);
    m_pageStrip->setViewMode(QListView::IconMode);
    m_pageStrip->setFlow(QListView::TopToBottom);
    m_pageStrip->setWrapping(false);
    m_pageStrip->setIconSize(QSize(96, 128));
    m_pageStrip->setMaximumWidth(140);
    m_pageStrip->setAccessibleName(tr("Pages"));

    m_pageView = new PageView(this);
    m_textPane = new TextPane(this);
    auto* docSplit = new QSplitter(Qt::Horizontal, this);
    docSplit->addWidget(m_pageStrip);
    docSplit->addWidget(m_pageView);
    docSplit->addWidget(m_textPane);
    docSplit->setStretchFactor(1, 3);
    docSplit->setStretchFactor(2, 2);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(docSplit);
    split->setStretchFactor(1, 4);
    return split;
}

void MainWindow::connectActions()
{
    MainActions& a = *m_actions;
    connect(a.import, &QAction::triggered, this, [this] { askImport(false); });
    connect(a.importFolder, &QAction::triggered, this, [this] { askImport(true); });
    connect(a.exportDoc, &QAction::triggered, this, &MainWindow::exportCurrent);
    connect(a.copyText, &QAction::triggered, this, &MainWindow::copyText);
    connect(a.deleteDoc, &QAction::triggered, this, &MainWindow::deleteCurrent);
    connect(a.lock, &QAction::triggered, this, &MainWindow::lock);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
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
    connect(m_list, &DocumentListPanel::searchChanged, this,
            [this](const QString& text) { m_list->setTextMatches(m_library->searchText(text)); });
    connect(m_library, &DocumentLibrary::opened, this, &MainWindow::showDocument);
    connect(m_library, &DocumentLibrary::closed, this, [this] { showDocument(nullptr); });
    connect(m_library, &DocumentLibrary::importFinished, this,
            [this](const QString&, bool ok, const QString& message, bool cancelled) {
                if (!ok && !cancelled)
                    statusBar()->showMessage(tr("Import failed: %1").arg(message), 2 * kStatusMs);
                updateActions();
            });
    connect(m_pageView, &PageView::wordClicked, m_textPane, &TextPane::selectWord);
    connect(m_pageView, &PageView::wordActivated, this, [this](const WordRef& ref) {
        m_textPane->selectWord(ref);
        m_textPane->startCorrection();
    });
    connect(m_textPane, &TextPane::wordClicked, m_pageView, &PageView::selectWord);
    connect(m_pageStrip, &QListView::clicked, this, [this](const QModelIndex& idx) { goToPage(idx.row()); });
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    connect(m_idle, &IdleWatcher::screenLocked, this, &MainWindow::lock);
    connect(m_clipboard, &ClipboardGuard::copied, this, [this](int seconds) {
        statusBar()->showMessage(tr("Text copied. The clipboard will be cleared in %n second(s).", nullptr, seconds),
                                 kStatusMs);
    });
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
    if (isLocked()) {
        m_actions->setLocked(true);
        return;
    }
    m_actions->setLocked(false);
    OpenDocument* doc = m_library->current();
    m_actions->setDocumentActionsEnabled(doc != nullptr);
    m_actions->setVaultActionsEnabled(false);
    m_actions->undo->setEnabled(doc && doc->undoStack()->canUndo());
    m_actions->redo->setEnabled(doc && doc->undoStack()->canRedo());
}

void MainWindow::showDocument(OpenDocument* document)
{
    for (const auto& c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    m_pageModel->setDocument(document);
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
    m_pageStrip->setCurrentIndex(m_pageModel->index(page));
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
        statusBar()->showMessage(tr("No unsure words left."), kStatusMs);
        return;
    }
    goToPage(next.page);
    m_pageView->selectWord(next);
    m_textPane->selectWord(next);
}

void MainWindow::openForOcr(const QString& path)
{
    const QStringList ids = m_library->importFiles({path}, m_settings.defaultClass(), m_settings.languages());
    if (!ids.isEmpty())
        m_library->open(ids.first());
}

void MainWindow::askImport(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = m_dialogs.existingDirectory(this, tr("Import a folder"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = m_dialogs.openFileNames(this, tr("Import scans or PDFs"),
                                        tr("Scans and PDFs (*.png *.jpg *.jpeg *.tif *.tiff *.pdf);;All files (*)"));
    }
    importFiles(paths);
}

void MainWindow::importFiles(const QStringList& paths)
{
    const QStringList files = DocumentLibrary::expandFolders(paths);
    if (files.isEmpty() || isLocked())
        return;
    ImportDialog dialog(int(files.size()), m_settings.defaultClass(), m_library->retentionSeconds(),
                        m_library->hasVault(), m_settings.languages(), this);
    if (!m_dialogs.run(dialog))
        return;
    const QStringList ids = m_library->importFiles(files, dialog.sensitivity(), dialog.languages());
    if (!ids.isEmpty() && !m_library->current())
        m_library->open(ids.first());
}

void MainWindow::exportCurrent()
{
    OpenDocument* doc = m_library->current();
    if (!doc || doc->loadedPages() == 0)
        return;
    ExportDialog dialog(m_dialogs, doc->name(), this);
    if (!m_dialogs.run(dialog) || dialog.destination().isEmpty())
        return;
    const ExportSnapshot snapshot = ExportSnapshot::of(*doc);
    const QString destination = dialog.destination();
    const ExportFormat format = dialog.format();
    statusBar()->showMessage(tr("Exporting…"));
    runInBackground<Result<void>>(
        this, [snapshot, destination, format] { return Exporter::write(snapshot, destination, format); },
        [this](Result<void>& r) {
            statusBar()->showMessage(r ? tr("Exported.") : tr("Export failed: %1").arg(r.error().message), kStatusMs);
            if (!r)
                m_dialogs.showError(this, tr("Export failed"), r.error().message);
            emit exportFinished(r.ok(), r ? QString() : r.error().message);
        });
}

void MainWindow::copyText()
{
    QString text = m_textPane->selectedText();
    if (text.isEmpty())
        text = m_textPane->text();
    // QTextCursor uses U+2029 between paragraphs.
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    m_clipboard->copy(text);
}

void MainWindow::deleteCurrent()
{
    const QString id = m_list->currentId();
    if (id.isEmpty())
        return;
    const QString name = m_library->model()->row(id) ? m_library->model()->row(id)->name : QString();
    if (!m_dialogs.confirm(this, tr("Delete now"),
                           tr("Delete “%1” now? Its pages, text and corrections are destroyed. This cannot be undone.")
                               .arg(name),
                           tr("&Delete")))
        return;
    m_library->remove(id);
}

bool MainWindow::isLocked() const { return m_stack->currentWidget() == m_lockScreen; }

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_idle->stop();
    m_clipboard->clear();
    m_library->wipe();
    showDocument(nullptr);
    m_jobs->wipe();
    m_list->searchField()->clear();
    m_lockScreen->setMessage({});
    m_stack->setCurrentWidget(m_lockScreen);
    setWindowTitle(tr("VaultOCR (locked)"));
    updateActions();
    m_lockScreen->unlockButton()->setFocus();
}

void MainWindow::unlock()
{
    m_stack->setCurrentIndex(0);
    setWindowTitle(tr("VaultOCR"));
    m_idle->start();
    updateActions();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (!m_dialogs.run(dialog))
        return;
    dialog.apply(m_settings);
    applySettings();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    m_dialogs.run(dialog);
}

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
    // Queued: a modal dialog inside a drop handler blocks the drag source.
    QMetaObject::invokeMethod(this, [this, paths] { importFiles(paths); }, Qt::QueuedConnection);
}

}  // namespace vo::ui
