// The GUI with a keychain vault (the real Secret Service of tests/run.sh), driven through its
// widgets: an encrypted PDF exported through the export dialog (PDF/A + encryption and mismatched
// passwords refused in the dialog; the file opens with the password only; the audit trail says
// "encrypted PDF"), the class changed from the Document menu (expiry recomputed from the import),
// and recovery: the keychain entry is deleted, the app restarted, a wrong recovery key refused
// with nothing changed, the right one typed into "Use recovery key…" opens the vault, puts the key
// back into the keychain and shows the documents. A passphrase vault whose passphrase is forgotten
// is recovered with the key and a new passphrase, which then unlocks it (the old one no longer).

#include "GuiTestSupport.h"
#include "TestUtil.h"

#include "app/DocumentCommands.h"
#include "app/MainActions.h"
#include "crypto/KeychainStore.h"
#include "crypto/RecoveryKey.h"
#include "dialogs/ClassDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RecoverDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "vault/VaultSession.h"
#include "widgets/DocumentListPanel.h"
#include "widgets/LockScreen.h"
#include "widgets/TextPane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace vo;
using namespace vo::ui;

class TestGuiVaultCommands : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void encryptedExportThroughTheDialog();
    void changeClassFromTheDocumentMenu();
    void recoveryFromTheLockScreen();
    void passphraseVaultRecoversWithANewPassphrase();
    void cleanupTestCase();

private:
    // Runs `work` on the vault thread and waits for its result.
    template <typename T>
    Result<T> onVault(std::function<Result<T>(Vault&)> work)
    {
        std::optional<Result<T>> out;
        f->window->vault()->session()->run<T>(f->window.get(), std::move(work), [&out](Result<T>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30'000))
            return makeError(ErrorCode::Internal, QStringLiteral("timeout"));
        return *out;
    }
    void startWindow();

    QTemporaryDir m_root;
    std::shared_ptr<KeychainStore> m_keychain;
    VaultConfig m_config;
    std::unique_ptr<test::WindowFixture> f;
    QString m_recoveryKey;
    QString m_uuid;
    QString m_id;
};

void TestGuiVaultCommands::startWindow()
{
    f = std::make_unique<test::WindowFixture>(m_config);
    f->window->show();
}

void TestGuiVaultCommands::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
    m_keychain = std::make_shared<KeychainStore>(
        QStringLiteral("VaultOCR-gui-test-%1").arg(QRandomGenerator::global()->generate64(), 0, 16));
    m_config.root = m_root.filePath(QStringLiteral("vault"));
    m_config.keychain = m_keychain;
    startWindow();
    f->dialogs.onRun = [this](QDialog& d) -> bool {
        if (auto* w = qobject_cast<WelcomeDialog*>(&d)) {
            w->createButton()->click();  // keychain: the default
            return true;
        }
        if (auto* r = qobject_cast<RecoveryKeyDialog*>(&d)) {
            m_recoveryKey = r->shownKey();
            r->storedCheck()->setChecked(true);
            r->continueButton()->click();
            return true;
        }
        return false;
    };
    f->window->start();
    QTRY_VERIFY_WITH_TIMEOUT(f->window->vault()->isOpen() || !f->dialogs.errors.isEmpty(), 60'000);
    QVERIFY2(f->dialogs.errors.isEmpty(), qPrintable(f->dialogs.errors.join(u'\n')));
    QVERIFY(!f->window->vault()->usesPassphrase());
    QVERIFY(!m_recoveryKey.isEmpty());
    auto uuid = onVault<QString>([](Vault& v) -> Result<QString> { return v.uuid().toString(QUuid::WithoutBraces); });
    QVERIFY(uuid.ok());
    m_uuid = uuid.value();

    f->dialogs.openNames.push_back({test::sampleImage()});
    f->dialogs.onRun = [](QDialog& d) {
        auto* i = qobject_cast<ImportDialog*>(&d);
        if (i)
            i->setSensitivity(1);  // moderate: 30 days
        return i != nullptr;
    };
    f->window->actions().import->trigger();
    f->dialogs.onRun = {};
    QVERIFY(test::waitForImports(*f->window));
    QTRY_VERIFY_WITH_TIMEOUT(f->window->library()->model()->rowCount() == 1
                                 && f->window->library()->model()->rows().front().state == DocumentRow::State::Done,
                             30'000);
    m_id = f->window->library()->model()->rows().front().id;
    QTRY_VERIFY_WITH_TIMEOUT(f->window->library()->current() && f->window->library()->current()->loadedPages() == 1,
                             30'000);
}

void TestGuiVaultCommands::encryptedExportThroughTheDialog()
{
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("letter.pdf"));
    const QString password = QStringLiteral("Gui-export p4ss");
    f->dialogs.saveNames.push_back(pdf);
    QString pdfaRefusal, mismatchRefusal;
    bool fieldsCleared = false, optionsFollowFormat = false;
    f->dialogs.onRun = [&](QDialog& d) {
        auto* e = qobject_cast<ExportDialog*>(&d);
        if (!e)
            return false;
        e->setFormat(ExportFormat::Text);
        optionsFollowFormat = !e->encryptBox()->isEnabled();
        e->setFormat(ExportFormat::Pdf);
        optionsFollowFormat = optionsFollowFormat && e->encryptBox()->isEnabled() && !e->passwordField()->isEnabled();
        if (!e->chooseDestination())
            return false;
        // PDF/A and encryption together: refused, the dialog stays open.
        e->pdfaBox()->setChecked(true);
        e->encryptBox()->setChecked(true);
        QTest::keyClicks(e->passwordField(), password);
        QTest::keyClicks(e->confirmField(), password);
        e->exportButton()->click();
        pdfaRefusal = e->result() == QDialog::Accepted ? QString() : e->problemLabel()->text();
        fieldsCleared = e->passwordField()->text().isEmpty() && e->confirmField()->text().isEmpty();
        // Two different entries: refused too.
        e->pdfaBox()->setChecked(false);
        QTest::keyClicks(e->passwordField(), password);
        QTest::keyClicks(e->confirmField(), password + QLatin1Char('x'));
        e->exportButton()->click();
        mismatchRefusal = e->result() == QDialog::Accepted ? QString() : e->problemLabel()->text();
        QTest::keyClicks(e->passwordField(), password);
        QTest::keyClicks(e->confirmField(), password);
        e->exportButton()->click();
        fieldsCleared = fieldsCleared && e->passwordField()->text().isEmpty();
        return e->result() == QDialog::Accepted;
    };
    QSignalSpy done(f->window->commands(), &DocumentCommands::exportFinished);
    f->window->actions().exportDoc->trigger();
    QVERIFY(done.wait(60'000));
    f->dialogs.onRun = {};
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    QVERIFY2(pdfaRefusal.contains(QStringLiteral("PDF/A")), qPrintable(pdfaRefusal));
    QVERIFY2(mismatchRefusal.contains(QStringLiteral("differ")), qPrintable(mismatchRefusal));
    QVERIFY(fieldsCleared);
    QVERIFY(optionsFollowFormat);

    const auto check = [&](const QStringList& extra) {
        return test::run(QStringLiteral("qpdf"), QStringList{QStringLiteral("--check")} + extra + QStringList{pdf});
    };
    QCOMPARE(check({}).exitCode, 2);  // no password: qpdf refuses the file
    const test::ProcessResult ok = check({QStringLiteral("--password=") + password});
    QVERIFY2(ok.exitCode == 0 && ok.out.contains("No syntax or stream encoding errors"), ok.err.constData());
    const test::ProcessResult enc = test::run(QStringLiteral("qpdf"), {QStringLiteral("--show-encryption"),
                                                                       QStringLiteral("--password=") + password, pdf});
    QVERIFY2(enc.out.contains("AESv3"), enc.out.constData());
    QVERIFY(test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).exitCode != 0);
    const test::ProcessResult text = test::run(QStringLiteral("pdftotext"), {QStringLiteral("-upw"), password, pdf,
                                                                             QStringLiteral("-")});
    const double cer = test::characterErrorRate(test::sampleTruth(), QString::fromUtf8(text.out));
    qInfo("encrypted GUI export: CER %.4f", cer);
    QVERIFY(cer < 0.05);

    // The audit trail records the exact kind, and nothing of the destination.
    auto records = onVault<std::vector<AuditRecord>>([](Vault& v) { return v.auditRecords(); });
    QVERIFY(records.ok());
    QVERIFY(!records->empty());
    const AuditRecord& last = records->back();
    QCOMPARE(last.action, AuditAction::Exported);
    QCOMPARE(last.detail, quint8(ExportKind::PdfEncrypted));
    QCOMPARE(last.documentId, m_id);
}

void TestGuiVaultCommands::changeClassFromTheDocumentMenu()
{
    MainActions& a = f->window->actions();
    QCOMPARE(a.changeClass->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QVERIFY(a.changeClass->isEnabled());
    QVERIFY(f->window->documentList()->view()->actions().contains(a.changeClass));  // context menu
    QVERIFY(f->window->documentList()->view()->actions().contains(a.changeExpiry));
    QAction* documentMenu = nullptr;
    for (QAction* m : f->window->menuBar()->actions())
        if (m->menu() && m->menu()->actions().contains(a.changeClass) && m->menu()->actions().contains(a.changeExpiry))
            documentMenu = m;
    QVERIFY(documentMenu);
    f->window->documentList()->selectId(m_id);

    bool explained = false;
    f->dialogs.onRun = [&](QDialog& d) {
        auto* c = qobject_cast<ClassDialog*>(&d);
        if (!c)
            return false;
        explained = !c->changeButton()->isEnabled();  // the current class: nothing to change yet
        c->classBox()->setCurrentIndex(c->classBox()->findData(0));  // low: 90 days
        explained = explained && c->changeButton()->isEnabled();
        c->changeButton()->click();
        return c->result() == QDialog::Accepted;
    };
    a.changeClass->trigger();
    f->dialogs.onRun = {};
    QVERIFY(explained);
    QTRY_COMPARE_WITH_TIMEOUT(f->window->library()->model()->row(m_id)->sensitivity, 0, 30'000);
    auto doc = onVault<DocumentInfo>([id = m_id](Vault& v) { return v.document(id); });
    QVERIFY(doc.ok());
    QCOMPARE(doc->sensitivity, SensitivityClass::Low);
    QCOMPARE(doc->created.secsTo(doc->expires), 90 * 86400);  // recomputed from the import
    QCOMPARE(f->window->library()->model()->row(m_id)->expires, doc->expires);  // the list shows it
    auto records = onVault<std::vector<AuditRecord>>([](Vault& v) { return v.auditRecords(); });
    QVERIFY(records.ok());
    QCOMPARE(records->back().action, AuditAction::ClassChanged);
    QCOMPARE(records->back().detail, quint8(SensitivityClass::Moderate));
    QVERIFY(f->dialogs.errors.isEmpty());
}

void TestGuiVaultCommands::recoveryFromTheLockScreen()
{
    // The keychain entry is lost while the app is closed.
    f->window->lock();
    f.reset();
    QVERIFY(m_keychain->read(m_uuid).ok());
    QVERIFY(m_keychain->remove(m_uuid).ok());
    const QByteArray indexBefore = test::readBytes(m_root.filePath(QStringLiteral("vault/vault.index")));
    QVERIFY(!indexBefore.isEmpty());

    startWindow();
    f->window->start();
    LockScreen* lock = f->window->lockScreen();
    QTRY_VERIFY_WITH_TIMEOUT(lock->unlockButton()->isEnabled() && lock->recoveryButton()->isVisible()
                                 && lock->findChildren<QLabel*>().size() > 0 && f->window->isLocked(),
                             30'000);
    QLabel* status = nullptr;
    for (QLabel* l : lock->findChildren<QLabel*>())
        if (l->accessibleName() == QStringLiteral("Lock status"))
            status = l;
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Use recovery key")), 30'000);

    // A well-formed key of another vault: refused, nothing changes.
    const SecureBuffer otherKey = formatRecoveryKey(SecureBuffer::random(32));
    const QString wrong = QString::fromLatin1(reinterpret_cast<const char*>(otherKey.data()), qsizetype(otherKey.size()));
    f->dialogs.onRun = [&](QDialog& d) {
        auto* r = qobject_cast<RecoverDialog*>(&d);
        if (!r)
            return false;
        QTest::keyClicks(r->keyField(), wrong);
        r->recoverButton()->click();
        return r->result() == QDialog::Accepted && r->keyField()->text().isEmpty();
    };
    lock->recoveryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("not accepted")), 30'000);
    qInfo("wrong recovery key: %s", qPrintable(status->text()));
    QVERIFY(f->window->isLocked());
    QVERIFY(!f->window->vault()->isOpen());
    QVERIFY(!m_keychain->read(m_uuid).ok());
    QCOMPARE(test::readBytes(m_root.filePath(QStringLiteral("vault/vault.index"))), indexBefore);

    // The right key, typed as it was shown (two lines: joined by a space here).
    f->dialogs.onRun = [&](QDialog& d) {
        auto* r = qobject_cast<RecoverDialog*>(&d);
        if (!r)
            return false;
        QTest::keyClicks(r->keyField(), QString(m_recoveryKey).replace(QLatin1Char('\n'), QLatin1Char(' ')).toLower());
        r->recoverButton()->click();
        return r->result() == QDialog::Accepted;
    };
    lock->recoveryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!f->window->isLocked(), 60'000);
    f->dialogs.onRun = {};
    QVERIFY(f->window->vault()->isOpen());
    QTRY_COMPARE_WITH_TIMEOUT(f->window->library()->model()->rowCount(), 1, 30'000);
    QCOMPARE(f->window->library()->model()->rows().front().id, m_id);
    QVERIFY(m_keychain->read(m_uuid).ok());  // the key is back in the keychain
    auto text = onVault<QString>([id = m_id](Vault& v) { return v.text(id); });
    QVERIFY(text.ok());
    QVERIFY(test::characterErrorRate(test::sampleTruth(), text.value()) < 0.05);
    auto records = onVault<std::vector<AuditRecord>>([](Vault& v) { return v.auditRecords(); });
    QVERIFY(records.ok());
    QVERIFY(std::any_of(records->begin(), records->end(),
                        [](const AuditRecord& r) { return r.action == AuditAction::Recovered; }));

    // And the next start needs no recovery key: the keychain answers again.
    f->window->lock();
    f.reset();
    startWindow();
    f->window->start();
    QTRY_VERIFY_WITH_TIMEOUT(f->window->vault()->isOpen() && !f->window->isLocked(), 30'000);
    QVERIFY(f->dialogs.errors.isEmpty());
}

void TestGuiVaultCommands::passphraseVaultRecoversWithANewPassphrase()
{
    QTemporaryDir root;
    VaultConfig config;
    config.root = root.filePath(QStringLiteral("vault"));
    config.keychain = m_keychain;
    test::WindowFixture p(config);
    const QString oldPass = QStringLiteral("forgotten passphrase 1"), newPass = QStringLiteral("new passphrase 2");
    QString recoveryKey;
    p.dialogs.onRun = [&](QDialog& d) -> bool {
        if (auto* w = qobject_cast<WelcomeDialog*>(&d)) {
            w->passphraseOption()->setChecked(true);
            QTest::keyClicks(w->passphraseField(), oldPass);
            QTest::keyClicks(w->confirmField(), oldPass);
            w->createButton()->click();
            return true;
        }
        if (auto* r = qobject_cast<RecoveryKeyDialog*>(&d)) {
            recoveryKey = r->shownKey();
            r->storedCheck()->setChecked(true);
            r->continueButton()->click();
            return true;
        }
        return false;
    };
    p.window->start();
    QTRY_VERIFY_WITH_TIMEOUT(p.window->vault()->isOpen(), 60'000);
    QVERIFY(p.window->vault()->usesPassphrase());
    p.window->lock();
    LockScreen* lock = p.window->lockScreen();
    QVERIFY(lock->recoveryButton()->isVisible() || !lock->recoveryButton()->isHidden());

    bool mismatchBlocked = false;
    p.dialogs.onRun = [&](QDialog& d) {
        auto* r = qobject_cast<RecoverDialog*>(&d);
        if (!r || !r->passphraseField() || !r->confirmField())
            return false;
        QTest::keyClicks(r->keyField(), QString(recoveryKey).replace(QLatin1Char('\n'), QLatin1Char('-')));
        QTest::keyClicks(r->passphraseField(), newPass);
        QTest::keyClicks(r->confirmField(), newPass + QLatin1Char('!'));
        mismatchBlocked = !r->recoverButton()->isEnabled();
        r->confirmField()->clear();
        QTest::keyClicks(r->confirmField(), newPass);
        r->recoverButton()->click();
        return r->result() == QDialog::Accepted && r->passphraseField()->text().isEmpty();
    };
    lock->recoveryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!p.window->isLocked(), 60'000);
    p.dialogs.onRun = {};
    QVERIFY(mismatchBlocked);
    QVERIFY(p.window->vault()->usesPassphrase());

    // The old passphrase no longer opens it; the new one does.
    p.window->lock();
    QTest::keyClicks(lock->passphraseField(), oldPass);
    QTest::keyClick(lock->passphraseField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(lock->unlockButton()->isEnabled(), 30'000);
    QVERIFY(p.window->isLocked());
    QTest::keyClicks(lock->passphraseField(), newPass);
    QTest::keyClick(lock->passphraseField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!p.window->isLocked(), 30'000);
}

void TestGuiVaultCommands::cleanupTestCase()
{
    f.reset();
    if (!m_uuid.isEmpty())
        (void)m_keychain->remove(m_uuid);
}

QTEST_MAIN(TestGuiVaultCommands)
#include "TestGuiVaultCommands.moc"
