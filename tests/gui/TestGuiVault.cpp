// The GUI with a real vault, driven through its widgets: first run (welcome → passphrase vault →
// recovery key shown once) → import with the class dialog → OCR → correct a word (saved to the
// vault) → lock and unlock with the passphrase → export → search → audit trail → cancelled import
// leaves nothing → expiry and purge → delete now → the list is empty. Key derivation, vault I/O,
// recognition and page decoding are asserted to run off the GUI thread.

#include "GuiTestSupport.h"
#include "TestUtil.h"

#include "app/DocumentCommands.h"
#include "app/MainActions.h"
#include "app/ThreadProbe.h"
#include "crypto/KeychainStore.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/ExpiryDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "document/DocumentFilterModel.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "jobs/ImportQueue.h"
#include "vault/VaultSession.h"
#include "widgets/DocumentListPanel.h"
#include "widgets/JobsPanel.h"
#include "widgets/LockScreen.h"
#include "widgets/PageView.h"
#include "widgets/TextPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace vo;
using namespace vo::ui;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");

bool offGuiThread(const QString& what)
{
    const QList<QThread*> threads = probe::threadsOf(what);
    return !threads.isEmpty() && !threads.contains(qApp->thread());
}

}  // namespace

class TestGuiVault : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunCreatesAPassphraseVault();
    void retentionIsSetInSettingsAndStoredInTheVault();
    void importAsksForTheClassAndStoresTheDocument();
    void correctionIsSavedToTheVault();
    void exportFromTheVaultHoldsTheCorrection();
    void searchByNameAndByText();
    void auditTrailIsShownAndVerified();
    void cancelledImportLeavesNothing();
    void expiredDocumentIsPurged();
    void deleteNowEmptiesTheList();
    void keychainModeUnlocksWithoutAQuestion();
    void cleanupTestCase();

private:
    QStringList blobFiles() const { return test::filesBelow(m_root.filePath(QStringLiteral("vault/blobs"))); }
    bool waitForRows(int rows, int timeoutMs = 30'000);
    void importFile(const QString& path, int sensitivity);

    QTemporaryDir m_root;
    std::unique_ptr<test::WindowFixture> f;
    QString m_recoveryKey;
};

void TestGuiVault::initTestCase()
{
    probe::enable(true);
    VaultConfig config;
    config.root = m_root.filePath(QStringLiteral("vault"));
    f = std::make_unique<test::WindowFixture>(config);
}

bool TestGuiVault::waitForRows(int rows, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (f->window->library()->model()->rowCount() != rows && t.elapsed() < timeoutMs)
        QTest::qWait(50);
    return f->window->library()->model()->rowCount() == rows;
}

void TestGuiVault::firstRunCreatesAPassphraseVault()
{
    bool createNeededConfirmation = false;
    bool continueNeededCheck = false;
    f->dialogs.onRun = [&](QDialog& d) -> bool {
        if (auto* w = qobject_cast<WelcomeDialog*>(&d)) {
            w->passphraseOption()->setChecked(true);
            QTest::keyClicks(w->passphraseField(), kPassphrase);
            createNeededConfirmation = !w->createButton()->isEnabled();  // not repeated yet
            QTest::keyClicks(w->confirmField(), kPassphrase);
            w->createButton()->click();
            return true;
        }
        if (auto* r = qobject_cast<RecoveryKeyDialog*>(&d)) {
            m_recoveryKey = r->shownKey();
            continueNeededCheck = !r->continueButton()->isEnabled();  // only after "I have stored it"
            r->reject();  // refused: the key would be lost
            continueNeededCheck = continueNeededCheck && r->result() != QDialog::Accepted && !r->shownKey().isEmpty();
            r->storedCheck()->setChecked(true);
            r->continueButton()->click();
            return true;
        }
        return false;
    };
    f->window->start();
    QTRY_VERIFY_WITH_TIMEOUT(f->window->vault()->isOpen(), 60'000);
    QVERIFY(createNeededConfirmation);
    QVERIFY(continueNeededCheck);
    QVERIFY(!f->window->isLocked());
    QVERIFY(f->window->library()->hasVault());
    QCOMPARE(f->window->library()->model()->rowCount(), 0);
    // Shown once, grouped base32 with a checksum group: two lines of seven groups.
    static const QRegularExpression shape(
        QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){6}\\n[A-Z2-7]{4}(-[A-Z2-7]{4}){6}$"));
    QVERIFY2(shape.match(m_recoveryKey).hasMatch(), qPrintable(m_recoveryKey));
    QVERIFY(QFile::exists(m_root.filePath(QStringLiteral("vault/vault.index"))));
    // Argon2id ran on the vault thread, never on the GUI thread.
    QVERIFY(offGuiThread(QStringLiteral("kdf")));
    f->dialogs.onRun = {};
}

void TestGuiVault::retentionIsSetInSettingsAndStoredInTheVault()
{
    QCOMPARE(f->window->library()->retentionSeconds()[0], qint64(90) * 86400);  // default for "low"
    f->dialogs.onRun = [](QDialog& d) -> bool {
        auto* s = qobject_cast<SettingsDialog*>(&d);
        if (!s || !s->retentionDays(0)->isEnabled())
            return false;
        s->retentionDays(0)->setValue(10);
        return true;
    };
    f->window->actions().settings->trigger();
    f->dialogs.onRun = {};
    QTRY_COMPARE_WITH_TIMEOUT(f->window->library()->retentionSeconds()[0], qint64(10) * 86400, 15'000);
    QCOMPARE(f->window->library()->retentionSeconds()[2], qint64(7) * 86400);  // others unchanged
}

void TestGuiVault::importFile(const QString& path, int sensitivity)
{
    f->dialogs.openNames.push_back({path});
    f->dialogs.onRun = [sensitivity](QDialog& d) {
        auto* i = qobject_cast<ImportDialog*>(&d);
        if (i)
            i->setSensitivity(sensitivity);
        return i != nullptr;
    };
    f->window->actions().import->trigger();
    f->dialogs.onRun = {};
}

void TestGuiVault::importAsksForTheClassAndStoresTheDocument()
{
    importFile(test::sampleImage(), 2);
    QVERIFY(test::waitForImports(*f->window));
    QVERIFY(waitForRows(1));
    QTRY_VERIFY_WITH_TIMEOUT(f->window->library()->model()->rows().front().state == DocumentRow::State::Done, 10'000);
    const DocumentRow row = f->window->library()->model()->rows().front();
    QCOMPARE(row.name, QStringLiteral("sample-letter.png"));
    QCOMPARE(row.sensitivity, 2);
    QCOMPARE(row.pages, 1);
    // High: kept 7 days by default.
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(row.expires);
    QVERIFY2(left > 7 * 86400 - 120 && left <= 7 * 86400, qPrintable(QString::number(left)));
    QVERIFY(!row.id.startsWith(QLatin1String("import-")));
    // Opened after the import, decrypted from the vault on the vault thread.
    QTRY_VERIFY_WITH_TIMEOUT(f->window->library()->current() && f->window->library()->current()->loadedPages() == 1,
                             30'000);
    const double cer = test::characterErrorRate(test::sampleTruth(), f->window->textPane()->text());
    qInfo("vault document CER in the text pane: %.4f", cer);
    // The page image came back from the vault: the size the boxes refer to, and not blank.
    const OpenDocument::Page& page = f->window->library()->current()->page(0);
    qInfo("page image from the vault: %dx%d format %d", page.image.width(), page.image.height(), int(page.image.format()));
    QCOMPARE(page.image.size(), page.ocr.imageSize);
    const QImage grey = page.image.convertToFormat(QImage::Format_Grayscale8);
    qint64 dark = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            dark += line[x] < 128 ? 1 : 0;
    }
    const double inkRatio = double(dark) / (double(grey.width()) * grey.height());
    qInfo("ink ratio %.4f", inkRatio);
    QVERIFY2(inkRatio > 0.005 && inkRatio < 0.2, "the page image is blank or inverted");
    QVERIFY(!page.thumbnail.isNull());
    QTRY_VERIFY(f->window->pageView()->hasImage());
    QVERIFY(cer < 0.05);
    QVERIFY(offGuiThread(QStringLiteral("recognize")));
    QVERIFY(offGuiThread(QStringLiteral("render")));
    // The vault holds blobs only: no file name, no text.
    QVERIFY(blobFiles().size() >= 3);
    for (const QString& file : test::filesBelow(m_root.filePath(QStringLiteral("vault"))))
        QVERIFY2(!test::readBytes(m_root.filePath(QStringLiteral("vault/") + file)).contains("Northwind"), qPrintable(file));
}

void TestGuiVault::correctionIsSavedToTheVault()
{
    OpenDocument* doc = f->window->library()->current();
    const WordRef payroll = test::findWord(*f->window, QStringLiteral("Payroll"));
    QVERIFY(payroll.isValid());
    QSignalSpy saved(f->window->library(), &DocumentLibrary::correctionsSaved);
    QVERIFY(doc->correctWord(payroll, QStringLiteral("Pensions")));
    QVERIFY(saved.wait(15'000));
    QCOMPARE(saved.first().at(0).toBool(), true);

    // Lock: everything decrypted is gone; unlock needs the passphrase.
    QTest::keyClick(f->window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(f->window->isLocked());
    QCOMPARE(f->window->library()->model()->rowCount(), 0);
    QVERIFY(f->window->textPane()->text().isEmpty());
    QVERIFY(f->window->lockScreen()->passphraseField()->isVisible());
    // A wrong passphrase is a clear error and stays locked.
    QTest::keyClicks(f->window->lockScreen()->passphraseField(), QStringLiteral("wrong passphrase"));
    QTest::keyClick(f->window->lockScreen()->passphraseField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(f->window->lockScreen()->unlockButton()->isEnabled(), 30'000);
    QVERIFY(f->window->isLocked());
    QVERIFY(f->window->lockScreen()->passphraseField()->text().isEmpty());  // taken into secure memory
    QTest::keyClicks(f->window->lockScreen()->passphraseField(), kPassphrase);
    QTest::keyClick(f->window->lockScreen()->passphraseField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!f->window->isLocked(), 30'000);
    QVERIFY(waitForRows(1));
    f->window->documentList()->selectId(f->window->library()->model()->rows().front().id);
    QTRY_VERIFY_WITH_TIMEOUT(f->window->library()->current() && f->window->library()->current()->loadedPages() == 1,
                             30'000);
    QCOMPARE(f->window->library()->current()->word(payroll)->text, QStringLiteral("Pensions"));
    QVERIFY(f->window->textPane()->text().contains(QStringLiteral("Senior Pensions Specialist")));
}

void TestGuiVault::exportFromTheVaultHoldsTheCorrection()
{
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("letter.pdf"));
    f->dialogs.saveNames.push_back(pdf);
    f->dialogs.onRun = [](QDialog& d) {
        auto* e = qobject_cast<ExportDialog*>(&d);
        return e && e->chooseDestination();
    };
    QSignalSpy done(f->window->commands(), &DocumentCommands::exportFinished);
    f->window->actions().exportDoc->trigger();
    QVERIFY(done.wait(60'000));
    f->dialogs.onRun = {};
    QCOMPARE(done.first().at(0).toBool(), true);
    const test::ProcessResult r = test::run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("Pensions")) && !text.contains(QStringLiteral("Payroll")), qPrintable(text));
    QVERIFY(offGuiThread(QStringLiteral("export")));
}

void TestGuiVault::searchByNameAndByText()
{
    DocumentListPanel* list = f->window->documentList();
    QLineEdit* search = list->searchField();
    search->setText(QStringLiteral("sample-let"));
    QCOMPARE(list->filterModel()->rowCount(), 1);
    search->setText(QStringLiteral("Jane Example"));  // in the text only
    QTRY_COMPARE_WITH_TIMEOUT(list->filterModel()->rowCount(), 1, 15'000);
    search->setText(QStringLiteral("no such words anywhere"));
    QTRY_COMPARE_WITH_TIMEOUT(list->filterModel()->rowCount(), 0, 15'000);
    search->clear();
    QCOMPARE(list->filterModel()->rowCount(), 1);
    // The class filter.
    list->filterModel()->setClassFilter(0);
    QCOMPARE(list->filterModel()->rowCount(), 0);
    list->filterModel()->setClassFilter(2);
    QCOMPARE(list->filterModel()->rowCount(), 1);
    list->filterModel()->setClassFilter(-1);
}

void TestGuiVault::auditTrailIsShownAndVerified()
{
    QStringList actions;
    QString verification;
    f->dialogs.onRun = [&](QDialog& d) -> bool {
        auto* a = qobject_cast<AuditDialog*>(&d);
        if (!a)
            return false;
        (void)QTest::qWaitFor([a] { return a->table()->rowCount() > 0; }, 15'000);
        for (int row = 0; row < a->table()->rowCount(); ++row)
            actions << a->table()->item(row, 1)->text();
        verification = a->verification()->text();
        return true;
    };
    f->window->actions().audit->trigger();
    f->dialogs.onRun = {};
    QVERIFY2(verification.contains(QStringLiteral("intact")), qPrintable(verification));
    for (const QString& expected : {QStringLiteral("Vault created"), QStringLiteral("Settings changed"), QStringLiteral("Imported"),
                                    QStringLiteral("Text recognised"), QStringLiteral("Text corrected"),
                                    QStringLiteral("Locked"), QStringLiteral("Unlocked"), QStringLiteral("Exported")})
        QVERIFY2(actions.contains(expected), qPrintable(expected + QStringLiteral(" missing from ") + actions.join(u',')));
}

void TestGuiVault::cancelledImportLeavesNothing()
{
    const QStringList before = blobFiles();
    QSignalSpy progress(f->window->library()->queue(), &ImportQueue::progress);
    QSignalSpy finished(f->window->library()->queue(), &ImportQueue::finished);
    importFile(test::dataFile(QStringLiteral("unlv_8071_093_magazine_4col.tif")), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(3).toInt() > 0, 60'000);
    QCOMPARE(f->window->library()->model()->rowCount(), 2);  // the running import's row
    QToolButton* cancel = f->window->jobsPanel()->cancelButton(f->window->library()->queue()->runningJob());
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(test::waitForImports(*f->window, 60'000));
    QCOMPARE(finished.last().at(3).toBool(), true);  // cancelled
    QVERIFY(waitForRows(1));
    QCOMPARE(blobFiles(), before);
}

void TestGuiVault::expiredDocumentIsPurged()
{
    importFile(test::dataFile(QStringLiteral("tess_phototest.tif")), 0);
    QVERIFY(test::waitForImports(*f->window));
    QVERIFY(waitForRows(2));
    QString id;
    for (const DocumentRow& r : f->window->library()->model()->rows()) {
        if (r.name == QLatin1String("tess_phototest.tif"))
            id = r.id;
    }
    QVERIFY(!id.isEmpty());
    f->window->documentList()->selectId(id);
    f->dialogs.onRun = [](QDialog& d) {
        auto* e = qobject_cast<ExpiryDialog*>(&d);
        if (e)
            e->setExpires(QDateTime::currentDateTimeUtc().addSecs(2));
        return e != nullptr;
    };
    f->window->actions().changeExpiry->trigger();
    f->dialogs.onRun = {};
    QTRY_VERIFY_WITH_TIMEOUT(f->window->library()->model()->row(id)
                                 && f->window->library()->model()->row(id)->expires
                                        < QDateTime::currentDateTimeUtc().addSecs(60),
                             15'000);
    // Red: under 24 h.
    const int row = f->window->library()->model()->indexOf(id);
    QVERIFY(f->window->library()->model()->index(row, DocumentListModel::ExpiryColumn)
                .data(DocumentListModel::ExpiringSoonRole).toBool());
    QTest::qWait(2500);
    f->window->actions().purgeExpired->trigger();
    QVERIFY(waitForRows(1));
    QVERIFY(!f->window->library()->model()->row(id));
}

void TestGuiVault::deleteNowEmptiesTheList()
{
    const QString id = f->window->library()->model()->rows().front().id;
    f->window->documentList()->selectId(id);
    f->window->documentList()->view()->setFocus();
    f->dialogs.confirmations.push_back(true);
    QTest::keyClick(f->window->documentList()->view(), Qt::Key_Delete);
    QVERIFY(!f->dialogs.confirmTexts.isEmpty());
    QVERIFY(f->dialogs.confirmTexts.last().contains(QStringLiteral("cannot be undone")));
    QVERIFY(waitForRows(0));
    QVERIFY(f->window->library()->current() == nullptr);
    QVERIFY(f->window->textPane()->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(blobFiles().isEmpty(), 10'000);
}

void TestGuiVault::keychainModeUnlocksWithoutAQuestion()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no session bus: run under tests/run.sh (gnome-keyring on a private D-Bus session)");
    QTemporaryDir root;
    auto keychain = std::make_shared<KeychainStore>(QStringLiteral("VaultOCR-gui-test"));
    VaultConfig config;
    config.root = root.filePath(QStringLiteral("vault"));
    config.keychain = keychain;
    test::WindowFixture k(config);
    bool keychainIsDefault = false;
    k.dialogs.onRun = [&](QDialog& d) -> bool {
        if (auto* w = qobject_cast<WelcomeDialog*>(&d)) {
            keychainIsDefault = w->keychainOption()->isChecked();
            w->createButton()->click();
            return true;
        }
        if (auto* r = qobject_cast<RecoveryKeyDialog*>(&d)) {
            r->storedCheck()->setChecked(true);
            r->continueButton()->click();
            return true;
        }
        return false;
    };
    k.window->start();
    QTRY_VERIFY_WITH_TIMEOUT(k.window->vault()->isOpen() || !k.dialogs.errors.isEmpty(), 60'000);
    QVERIFY2(k.dialogs.errors.isEmpty(), qPrintable(k.dialogs.errors.join(u'\n')));
    QVERIFY(keychainIsDefault);
    QVERIFY(!k.window->vault()->usesPassphrase());
    k.window->lock();
    QVERIFY(!k.window->lockScreen()->passphraseField()->isVisible());
    k.window->lockScreen()->unlockButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!k.window->isLocked(), 30'000);
    // Tidy the test keyring.
    k.window->vault()->session()->run<QString>(
        k.window.get(), [](Vault& v) -> Result<QString> { return v.uuid().toString(QUuid::WithoutBraces); },
        [keychain](Result<QString>& r) {
            if (r)
                (void)keychain->remove(r.value());
        });
    QTest::qWait(500);
}

void TestGuiVault::cleanupTestCase()
{
    probe::enable(false);
    f.reset();
}

QTEST_MAIN(TestGuiVault)
#include "TestGuiVault.moc"
