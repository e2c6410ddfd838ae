// The dialogs and controls themselves: Qt's own file dialog is used and leaves no folder
// history or recent-files list on disk; every interactive control has an accessible name (or a
// labelled buddy); the common commands have keyboard shortcuts; the About dialog reports the
// libraries and the network guard.

#include "GuiTestSupport.h"
#include "TestUtil.h"

#include "app/MainActions.h"
#include "app/Settings.h"
#include "crypto/SecureBuffer.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/DialogSeam.h"
#include "dialogs/ExpiryDialog.h"
#include "dialogs/ClassDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/RecoverDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "app/DocumentCommands.h"
#include "document/DocumentLibrary.h"
#include "security/ClipboardGuard.h"
#include "security/IdleWatcher.h"
#include "widgets/JobsPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QPushButton>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace vo::ui;

namespace {

// Controls a screen reader cannot name from their own text.
QStringList unnamedControls(QWidget* root)
{
    QSet<const QWidget*> labelled;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        // Parts of a view (headers, corner button) are named through the view itself.
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractItemView"))
            continue;
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;  // Qt's own internals (menu bar extension, scroll area parts)
        if (w->inherits("QAbstractScrollArea") && !qobject_cast<QAbstractItemView*>(w) && !qobject_cast<QTextEdit*>(w)
            && !w->inherits("QGraphicsView"))
            continue;  // plain scroll containers
        const bool control = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
                             || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w)
                             || qobject_cast<QTextEdit*>(w) || w->inherits("QGraphicsView");
        auto* button = qobject_cast<QAbstractButton*>(w);
        if (button && button->text().isEmpty() && button->accessibleName().isEmpty()
            && !w->inherits("QToolBarExtension") && !w->inherits("QDockWidgetTitleButton")
            && !w->parent()->inherits("QLineEdit") && !w->parent()->inherits("QAbstractSpinBox"))
            unnamed << QStringLiteral("%1 (%2) in %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                          QString::fromLatin1(w->parent()->metaObject()->className()));
        if (!control || !w->accessibleName().isEmpty() || labelled.contains(w))
            continue;
        // Item views inside combo boxes and line edits inside spin boxes are named by their owner.
        if (w->parent() && (w->parent()->inherits("QComboBox") || w->parent()->inherits("QAbstractSpinBox")
                            || w->parent()->inherits("QComboBoxPrivateContainer")))
            continue;
        unnamed << QStringLiteral("%1 in %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                                 QString::fromLatin1(root->metaObject()->className()));
    }
    return unnamed;
}

}  // namespace

class TestGuiDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fileDialogRecordsNothing();
    void everyControlHasAnAccessibleName();
    void commonCommandsHaveShortcuts();
    void aboutReportsLibrariesAndNetworkGuard();
    void recoveryKeyCannotBeDismissedUnconfirmed();
    void idleAndScreenLockLockTheWindow();
    void droppingFilesAndFoldersImportsThem();
    void clipboardIsClearedAtQuit();
    void unreadableFilesGetAClearError();

private:
    QTemporaryDir m_home;
};

void TestGuiDialogs::initTestCase()
{
    // Where Qt would keep QtProject.conf; nothing may appear below it.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    disableQtInternalSettings();
}

void TestGuiDialogs::fileDialogRecordsNothing()
{
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("secret-folder-name"));
    QVERIFY(QDir().mkpath(target));
    // Drive the real dialog: type a name into it and press Enter.
    QTimer::singleShot(300, [target] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) {
            edit->setText(target + QStringLiteral("/letter.pdf"));
            QTest::keyClick(edit, Qt::Key_Return);
        }
    });
    QtDialogs dialogs;
    const QString chosen = dialogs.saveFileName(nullptr, QStringLiteral("Export to"), QStringLiteral("PDF (*.pdf)"),
                                                QStringLiteral("letter.pdf"));
    QCOMPARE(chosen, target + QStringLiteral("/letter.pdf"));
    QTest::qWait(100);
    // QFileDialog would write its folder history and last folder to QtProject.conf.
    QCOMPARE(vo::test::filesBelow(m_home.path()), QStringList());
    QVERIFY(!QFile::exists(QDir::homePath() + QStringLiteral("/.local/share/recently-used.xbel"))
            || !vo::test::readText(QDir::homePath() + QStringLiteral("/.local/share/recently-used.xbel"))
                    .contains(QStringLiteral("secret-folder-name")));
}

void TestGuiDialogs::everyControlHasAnAccessibleName()
{
    vo::test::WindowFixture f;
    QStringList unnamed = unnamedControls(f.window.get());
    QtDialogs seam;
    WelcomeDialog welcome(QStringLiteral("eng"));
    ExportDialog exportDialog(seam, QStringLiteral("a.png"));
    ImportDialog import(2, 1, {1, 2, 3}, true, QStringLiteral("eng"));
    SettingsDialog settings(*f.settings);
    AuditDialog audit;
    ExpiryDialog expiry(QStringLiteral("a.png"), QDateTime::currentDateTimeUtc().addDays(3));
    const QByteArray key("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST-UVWX");
    RecoveryKeyDialog recovery(vo::SecureBuffer::copyOf(key.constData(), size_t(key.size())));
    AboutDialog about;
    ClassDialog classDialog(QStringLiteral("a.png"), 1, {1, 2, 3});
    RecoverDialog recover;
    for (QWidget* d : std::initializer_list<QWidget*>{&welcome, &exportDialog, &import, &settings, &audit, &expiry,
                                                      &recovery, &about, &classDialog, &recover})
        unnamed << unnamedControls(d);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    recovery.storedCheck()->setChecked(true);
    recovery.accept();
}

void TestGuiDialogs::commonCommandsHaveShortcuts()
{
    vo::test::WindowFixture f;
    MainActions& a = f.window->actions();
    for (QAction* action : {a.import, a.exportDoc, a.copyText, a.deleteDoc, a.lock, a.quit, a.undo, a.redo,
                            a.correctWord, a.nextLow, a.previousLow, a.nextPage, a.previousPage, a.zoomIn, a.zoomOut,
                            a.fitWidth, a.fitPage, a.overlay, a.focusSearch, a.settings, a.audit, a.changeClass,
                            a.changeExpiry})
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    QCOMPARE(a.lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QCOMPARE(a.deleteDoc->shortcut(), QKeySequence(QKeySequence::Delete));
    // No two actions share a shortcut.
    QSet<QKeySequence> seen;
    for (QAction* action : f.window->findChildren<QAction*>()) {
        if (action->shortcut().isEmpty())
            continue;
        QVERIFY2(!seen.contains(action->shortcut()), qPrintable(action->shortcut().toString()));
        seen.insert(action->shortcut());
    }
}

void TestGuiDialogs::aboutReportsLibrariesAndNetworkGuard()
{
    QStringList names;
    for (const LibraryVersion& lib : AboutDialog::libraryVersions()) {
        names << lib.name;
        QVERIFY2(!lib.version.isEmpty() && lib.version.at(0).isDigit(), qPrintable(lib.name + lib.version));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Qt"), QStringLiteral("Tesseract"), QStringLiteral("Leptonica"),
                                 QStringLiteral("Poppler"), QStringLiteral("qpdf"), QStringLiteral("libsodium"),
                                 QStringLiteral("QtKeychain")}));
    // This test process installs no guard: the dialog must say so rather than claim protection.
    QVERIFY(AboutDialog::networkStatusText().contains(QStringLiteral("NOT active")));
}

void TestGuiDialogs::recoveryKeyCannotBeDismissedUnconfirmed()
{
    const QByteArray key("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST-UVWX");
    RecoveryKeyDialog dialog(vo::SecureBuffer::copyOf(key.constData(), size_t(key.size())));
    dialog.show();
    QVERIFY(dialog.shownKey().contains(QStringLiteral("ABCD-EFGH")));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.continueButton()->isEnabled());
    dialog.storedCheck()->setChecked(true);
    dialog.continueButton()->click();
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.shownKey().isEmpty());  // overwritten when closed
}

void TestGuiDialogs::idleAndScreenLockLockTheWindow()
{
    vo::test::WindowFixture f;
    IdleWatcher* idle = f.window->idleWatcher();
    QVERIFY(idle->isActive());  // 5 minutes by default
    QCOMPARE(idle->timeoutMs(), 5 * 60'000);
    idle->setTimeoutMs(300);
    // Input keeps it unlocked …
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(150);
        QTest::mouseMove(f.window.get(), QPoint(100 + i, 100));
    }
    QVERIFY(!f.window->isLocked());
    // … no input locks it.
    QTRY_VERIFY_WITH_TIMEOUT(f.window->isLocked(), 3000);
    QVERIFY(!idle->isActive());
    f.window->unlock();
    QVERIFY(!f.window->isLocked());
    idle->setTimeoutMs(60'000);
    // The desktop's screen lock (org.freedesktop.ScreenSaver ActiveChanged(true)) locks at once.
    QVERIFY(QMetaObject::invokeMethod(idle, "onScreenSaverActiveChanged", Q_ARG(bool, true)));
    QVERIFY(f.window->isLocked());
}

void TestGuiDialogs::droppingFilesAndFoldersImportsThem()
{
    vo::test::WindowFixture f;
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("scans/sub"))));
    for (const QString& name : {QStringLiteral("scans/a.png"), QStringLiteral("scans/sub/b.pdf"),
                                QStringLiteral("scans/notes.txt")}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QStringList texts;
    f.dialogs.onRun = [&](QDialog& d) {
        if (qobject_cast<ImportDialog*>(&d)) {
            for (QLabel* label : d.findChildren<QLabel*>())
                texts << label->text();
        }
        return false;  // cancel: nothing is imported
    };
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("scans")))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(f.window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(f.window.get(), &drop);
    QTRY_VERIFY(f.dialogs.runs == 1);  // the class dialog, for the two scans in the folder
    QVERIFY2(!texts.filter(QRegularExpression(QStringLiteral("^2 file"))).isEmpty(), qPrintable(texts.join(u'|')));
    QCOMPARE(f.window->library()->model()->rowCount(), 0);
}

void TestGuiDialogs::clipboardIsClearedAtQuit()
{
    auto guard = std::make_unique<ClipboardGuard>();
    guard->setTimeoutSeconds(3600);
    guard->copy(QStringLiteral("salary EUR 58,400"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("salary EUR 58,400"));
    QVERIFY(QMetaObject::invokeMethod(qApp, "aboutToQuit", Qt::DirectConnection));  // as at exit
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    guard->copy(QStringLiteral("again"));
    guard.reset();  // the window owning it goes away
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

// A file that vanished between choosing and importing, and one that is not an image at all: each
// job row says why it failed in plain sight (not only in a tooltip), the status bar says so too,
// and nothing is left in the list.
void TestGuiDialogs::unreadableFilesGetAClearError()
{
    vo::test::WindowFixture f;
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone-away.png"));
    const QString corrupt = dir.filePath(QStringLiteral("not-an-image.png"));
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    f.window->commands()->importFiles({missing, corrupt}, false);
    QVERIFY(vo::test::waitForImports(*f.window, 60'000));
    QStringList statuses;
    for (QLabel* label : f.window->jobsPanel()->findChildren<QLabel*>())
        statuses << label->text();
    const QString all = statuses.join(u'|');
    QVERIFY2(all.contains(QStringLiteral("gone-away.png")), qPrintable(all));
    QVERIFY2(statuses.filter(QRegularExpression(QStringLiteral("^Failed: .*(not found|does not exist|No such file)"),
                                                QRegularExpression::CaseInsensitiveOption)).size() == 1,
             qPrintable(all));
    QVERIFY2(statuses.filter(QRegularExpression(QStringLiteral("^Failed: .*not a supported image"),
                                                QRegularExpression::CaseInsensitiveOption)).size() == 1,
             qPrintable(all));
    const QString status = f.window->statusBar()->currentMessage();
    QVERIFY2(status.startsWith(QStringLiteral("Import failed")), qPrintable(status));
    QCOMPARE(f.window->library()->model()->rowCount(), 0);
}

QTEST_MAIN(TestGuiDialogs)
#include "TestGuiDialogs.moc"
