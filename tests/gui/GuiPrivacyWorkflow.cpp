// The desktop app's whole workflow as one program, for TestGuiPrivacy to watch from the outside
// (strace, its output, every file it leaves). Not a test by itself: it stands in for `vaultocr`
// started without arguments, so it starts the same way — ProcessHardening::applyAtStartUp (OpenMP
// cap, no core dumps, network guard, log handler), prepareGuiApplication, Settings::openDefault,
// createTopWindow with the system policy path and the default vault (XDG data folder, the OS
// keychain) — and answers the dialogs through the DialogSeam (GuiTestSupport's FakeDialogs):
//   welcome creates a keychain vault → import PAGE with a class → OCR → open it (page view with
//   word boxes, thumbnail, text pane) → search by text → copy the text → correct WORD to
//   REPLACEMENT (saved to the vault) → export PDF, text and hOCR into EXPORT_DIR → lock → unlock
//   (the correction is still there) → close the window (preferences saved).
// Exit code 0 only when every step was verified. Prints step names, the guard's state at the end
// and counts, never the marker.
//   GuiPrivacyWorkflow PAGE EXPORT_DIR MARKER WORD REPLACEMENT

#include "GuiMain.h"
#include "GuiTestSupport.h"

#include "app/DocumentCommands.h"
#include "app/MainActions.h"
#include "app/PolicyGate.h"
#include "crypto/KeychainStore.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "document/DocumentFilterModel.h"
#include "document/DocumentLibrary.h"
#include "document/DocumentListModel.h"
#include "document/OpenDocument.h"
#include "document/PageListModel.h"
#include "platform/NetworkGuard.h"
#include "platform/ProcessHardening.h"
#include "policy/PolicyFile.h"
#include "vault/VaultSession.h"
#include "widgets/DocumentListPanel.h"
#include "widgets/LockScreen.h"
#include "widgets/PageView.h"
#include "widgets/TextPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

using namespace vo;
using namespace vo::ui;

namespace {

// Counts the debug messages of Qt's own categories (off unless QT_LOGGING_RULES switches them
// on) on their way to the product's handler, which decides what is printed.
QtMessageHandler g_productHandler = nullptr;
std::atomic<int> g_qtDebugMessages{0};

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtDebugMsg && context.category && std::strncmp(context.category, "qt.", 3) == 0)
        ++g_qtDebugMessages;
    g_productHandler(type, context, message);
}

class Workflow {
public:
    Workflow(MainWindow& window, test::FakeDialogs& dialogs, QStringList args)
        : w(window), d(dialogs), m_page(args.at(0)), m_exportDir(args.at(1)), m_marker(args.at(2)),
          m_word(args.at(3)), m_replacement(args.at(4))
    {
    }

    bool run()
    {
        return step("create vault", [this] { return createVault(); })
            && step("import and recognise", [this] { return importPage(); })
            && step("open document", [this] { return openDocument(); })
            && step("search by text", [this] { return search(); })
            && step("copy text", [this] { return copyText(); })
            && step("correct a word", [this] { return correct(); })
            && step("export PDF", [this] { return exportAs(ExportFormat::Pdf, QStringLiteral("page.pdf")); })
            && step("export text", [this] { return exportAs(ExportFormat::Text, QStringLiteral("page.txt")); })
            && step("export hOCR", [this] { return exportAs(ExportFormat::Hocr, QStringLiteral("page.hocr")); })
            && step("lock", [this] { return lock(); })
            && step("unlock", [this] { return unlock(); })
            && step("close window", [this] { return close(); });
    }

    const QString& vaultUuid() const { return m_uuid; }

private:
    template <typename F>
    bool step(const char* name, F&& body)
    {
        const bool ok = body();
        std::printf("step %-22s %s%s%s\n", name, ok ? "ok" : "FAILED", m_why.isEmpty() ? "" : ": ",
                    qPrintable(m_why));
        std::fflush(stdout);
        return ok;
    }
    bool fail(const QString& why)
    {
        m_why = why;
        return false;
    }
    bool waitFor(const std::function<bool()>& condition, int timeoutMs = 60'000)
    {
        return QTest::qWaitFor(condition, timeoutMs);
    }
    DocumentListModel& model() const { return *w.library()->model(); }
    bool documentShown() const
    {
        const OpenDocument* doc = w.library()->current();
        return doc && doc->loadedPages() == doc->pageCount() && doc->pageCount() == 1;
    }

    bool createVault()
    {
        d.onRun = [](QDialog& dialog) {
            if (auto* welcome = qobject_cast<WelcomeDialog*>(&dialog)) {
                welcome->createButton()->click();  // the OS keychain: the default
                return true;
            }
            if (auto* key = qobject_cast<RecoveryKeyDialog*>(&dialog)) {
                key->storedCheck()->setChecked(true);
                key->continueButton()->click();
                return true;
            }
            return false;
        };
        w.start();
        if (!waitFor([this] { return w.vault()->isOpen() || !d.errors.isEmpty(); }) || !w.vault()->isOpen())
            return fail(d.errors.join(u' '));
        d.onRun = {};
        if (w.vault()->usesPassphrase())
            return fail(QStringLiteral("not a keychain vault"));
        std::optional<QString> uuid;
        w.vault()->session()->run<QString>(
            &w, [](Vault& v) -> Result<QString> { return v.uuid().toString(QUuid::WithoutBraces); },
            [&uuid](Result<QString>& r) { uuid = r ? r.value() : QString(); });
        waitFor([&uuid] { return uuid.has_value(); }, 30'000);
        m_uuid = uuid.value_or(QString());
        return !m_uuid.isEmpty() || fail(QStringLiteral("no vault UUID"));
    }

    bool importPage()
    {
        d.openNames.push_back({m_page});
        d.onRun = [](QDialog& dialog) {
            auto* import = qobject_cast<ImportDialog*>(&dialog);
            if (import)
                import->setSensitivity(2);  // high
            return import != nullptr;
        };
        w.actions().import->trigger();
        d.onRun = {};
        if (!test::waitForImports(w))
            return fail(QStringLiteral("OCR did not finish"));
        if (!waitFor([this] {
                return model().rowCount() == 1 && model().rows().front().state == DocumentRow::State::Done;
            }, 30'000))
            return fail(QStringLiteral("no recognised document in the list"));
        m_id = model().rows().front().id;
        return model().rows().front().sensitivity == 2 || fail(QStringLiteral("class not stored"));
    }

    bool openDocument()
    {
        w.documentList()->selectId(m_id);
        if (!waitFor([this] { return documentShown() && w.pageView()->hasImage(); }, 30'000))
            return fail(QStringLiteral("the page did not open"));
        const OpenDocument* doc = w.library()->current();
        const int words = int(doc->words(0).size());
        if (words < 5 || w.pageView()->wordBoxCount() != words || !w.actions().overlay->isChecked())
            return fail(QStringLiteral("overlay shows %1 boxes for %2 words").arg(w.pageView()->wordBoxCount()).arg(words));
        if (w.pageModel()->rowCount() != 1 || w.pageModel()->index(0).data(Qt::DecorationRole).isNull())
            return fail(QStringLiteral("no thumbnail"));
        if (!w.textPane()->text().contains(m_marker))
            return fail(QStringLiteral("the text pane lacks the marker"));
        return true;
    }

    bool search()
    {
        QLineEdit* field = w.documentList()->searchField();
        DocumentFilterModel* shown = w.documentList()->filterModel();
        field->setText(QStringLiteral("qqxz nothing of this"));
        if (!waitFor([shown] { return shown->rowCount() == 0; }, 15'000))
            return fail(QStringLiteral("a search for absent text still lists the document"));
        field->setText(m_marker);
        if (!waitFor([shown] { return shown->rowCount() == 1; }, 15'000))
            return fail(QStringLiteral("the marker's search does not find the document"));
        field->clear();
        return waitFor([shown] { return shown->rowCount() == 1; }, 15'000);
    }

    bool copyText()
    {
        w.actions().copyText->trigger();
        return QGuiApplication::clipboard()->text().contains(m_marker)
            || fail(QStringLiteral("the clipboard lacks the marker"));
    }

    bool correct()
    {
        const WordRef ref = test::findWord(w, m_word);
        if (!ref.isValid())
            return fail(QStringLiteral("OCR did not read the word to correct"));
        w.pageView()->fitPage();
        QTest::qWait(20);
        QTest::mouseClick(w.pageView()->viewport(), Qt::LeftButton, {}, w.pageView()->viewPositionOf(ref));
        QLineEdit* edit = w.textPane()->correctionField();
        if (edit->text() != m_word)
            return fail(QStringLiteral("clicking the word did not select it"));
        QSignalSpy saved(w.library(), &DocumentLibrary::correctionsSaved);
        edit->selectAll();
        QTest::keyClicks(edit, m_replacement);
        QTest::keyClick(edit, Qt::Key_Return);
        if (!w.textPane()->text().contains(m_replacement))
            return fail(QStringLiteral("the text pane does not show the correction"));
        if (!saved.wait(30'000) || !saved.first().at(0).toBool())
            return fail(QStringLiteral("the correction was not saved to the vault"));
        return true;
    }

    bool exportAs(ExportFormat format, const QString& name)
    {
        const QString path = QDir(m_exportDir).filePath(name);
        d.saveNames.push_back(path);
        d.onRun = [format](QDialog& dialog) {
            auto* e = qobject_cast<ExportDialog*>(&dialog);
            if (!e)
                return false;
            e->setFormat(format);
            return e->chooseDestination();
        };
        QSignalSpy done(w.commands(), &DocumentCommands::exportFinished);
        w.actions().exportDoc->trigger();
        const bool finished = done.count() > 0 || done.wait(60'000);
        d.onRun = {};
        if (!finished || !done.first().at(0).toBool())
            return fail(QStringLiteral("export failed"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("no exported file"));
        const QByteArray bytes = f.readAll();
        if (format == ExportFormat::Pdf)
            return bytes.startsWith("%PDF-") || fail(QStringLiteral("not a PDF"));
        const QString text = QString::fromUtf8(bytes);
        return (text.contains(m_marker) && text.contains(m_replacement))
            || fail(QStringLiteral("the export lacks the marker or the correction"));
    }

    bool lock()
    {
        w.actions().lock->trigger();
        if (!w.isLocked() || model().rowCount() != 0 || !w.textPane()->text().isEmpty()
            || w.library()->current() != nullptr)
            return fail(QStringLiteral("decrypted data left after the lock"));
        return true;
    }

    bool unlock()
    {
        if (w.lockScreen()->passphraseField()->isVisible())
            return fail(QStringLiteral("a keychain vault asks for a passphrase"));
        w.lockScreen()->unlockButton()->click();
        if (!waitFor([this] { return !w.isLocked() && model().rowCount() == 1; }, 30'000))
            return fail(QStringLiteral("did not unlock"));
        w.documentList()->selectId(m_id);
        if (!waitFor([this] { return documentShown(); }, 30'000))
            return fail(QStringLiteral("the document did not open after the unlock"));
        return (w.textPane()->text().contains(m_replacement) && w.textPane()->text().contains(m_marker))
            || fail(QStringLiteral("the correction did not survive the lock"));
    }

    bool close()
    {
        w.close();  // closeEvent: preferences saved, clipboard cleared, models wiped
        QTest::qWait(50);
        return (!w.isVisible() && QGuiApplication::clipboard()->text().isEmpty())
            || fail(QStringLiteral("the window did not close cleanly"));
    }

    MainWindow& w;
    test::FakeDialogs& d;
    QString m_page, m_exportDir, m_marker, m_word, m_replacement;
    QString m_id, m_uuid, m_why;
};

}  // namespace

int main(int argc, char** argv)
{
    if (auto hardened = ProcessHardening::applyAtStartUp(argv); !hardened) {
        std::fprintf(stderr, "GuiPrivacyWorkflow: %s\n", qPrintable(hardened.error().message));
        return 1;
    }
    g_productHandler = qInstallMessageHandler(countingHandler);
    QCoreApplication::setOrganizationName(QStringLiteral("VaultOCR"));  // as main() does
    QCoreApplication::setApplicationName(QStringLiteral("VaultOCR"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: GuiPrivacyWorkflow PAGE EXPORT_DIR MARKER WORD REPLACEMENT\n");
        return 2;
    }
    prepareGuiApplication(app);

    std::unique_ptr<Settings> settings = Settings::openDefault();
    test::FakeDialogs dialogs;
    std::unique_ptr<QWidget> top = createTopWindow(QString::fromLatin1(PolicyFile::kSystemPath), *settings, dialogs,
                                                   VaultConfig{});
    auto* window = qobject_cast<MainWindow*>(top.get());
    if (!window) {
        std::fprintf(stderr, "GuiPrivacyWorkflow: the policy file at %s stops the app\n", PolicyFile::kSystemPath);
        return 1;
    }
    window->resize(1200, 800);
    window->show();
    Workflow workflow(*window, dialogs, args);
    const bool ok = workflow.run();
    top.reset();
    settings.reset();
    // Tidy the test keyring (the private one of tests/run.sh); the vault folder is the test's.
    if (!workflow.vaultUuid().isEmpty())
        (void)KeychainStore().remove(workflow.vaultUuid());
    // The start-up hardening held to the end (the Seccomp field of /proc/self/status: 2 = filter).
    const NetworkGuardStatus guard = NetworkGuard::status();
    const HardeningStatus hardening = ProcessHardening::status();
    std::printf("guard installed=%d seccomp=%d dumpable=%d core=%lld\n", int(guard.installed), guard.seccompMode,
                hardening.dumpable, hardening.coreLimitSoft);
    std::printf("qt debug messages handled: %d\n", g_qtDebugMessages.load());
    std::printf("%s\n", ok ? "workflow verified" : "workflow FAILED");
    return ok ? 0 : 1;
}
