// The organisation's policy in the desktop app (issue 8), on the real widgets (offscreen): locked
// settings greyed with "Set by your organisation", limits the spin boxes cannot pass, the welcome
// flow offering only a passphrase, the export dialog greying forbidden formats, a malformed policy
// giving only an error window (no vault), and a whole run: passphrase vault created, a "high"
// document imported, its plain-text export refused with the policy's message and no file written.
#include "GuiTestSupport.h"
#include "TestUtil.h"

#include "app/PolicyGate.h"
#include "app/Translator.h"
#include "app/Settings.h"
#include "app/DocumentCommands.h"
#include "app/MainActions.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "document/DocumentLibrary.h"
#include "document/DocumentListModel.h"
#include "document/OpenDocument.h"
#include "ocr/LanguageCatalog.h"
#include "policy/PolicyFile.h"
#include "vault/VaultDocuments.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace vo;
using namespace vo::ui;

namespace {

const QByteArray kPolicy = R"({
  "classes": {"high": {"max_retention_days": 7, "exports": ["pdf-encrypted"]},
              "moderate": {"max_retention_days": 30}},
  "require_passphrase": true,
  "min_auto_lock_minutes": 5,
  "max_clipboard_seconds": 30,
  "allowed_languages": ["eng"]
})";
const QString kPassphrase = QStringLiteral("policy test passphrase");

QStringList notes(const QWidget& w)
{
    QStringList out;
    for (const QLabel* l : w.findChildren<QLabel*>(QStringLiteral("policyNote")))
        out << l->text();
    return out;
}

}  // namespace

class TestGuiPolicy : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_n = 0;

    QString writePolicy(const QByteArray& json)
    {
        const QString path = m_tmp.filePath(QStringLiteral("policy-%1.json").arg(++m_n));
        return vo::test::writeBytes(path, json) ? path : QString();
    }

    std::unique_ptr<Settings> settingsWith(const QByteArray& json)
    {
        auto s = std::make_unique<Settings>(std::make_unique<QSettings>(
            m_tmp.filePath(QStringLiteral("prefs-%1.ini").arg(++m_n)), QSettings::IniFormat));
        auto p = PolicyFile::load(writePolicy(json));
        if (p)
            s->setPolicy(p.value());
        return s;
    }

private slots:
    void initTestCase()
    {
        // English plurals ("7 days"), as the app installs them.
        installTranslations(*qApp, QLocale(QLocale::English));
    }

    void settingsObeyThePolicy()
    {
        auto s = settingsWith(kPolicy);
        s->setAutoLockMinutes(0);     // "never"
        s->setClipboardSeconds(600);
        s->setLanguages(QStringLiteral("deu+eng"));
        QCOMPARE(s->autoLockMinutes(), 5);
        QCOMPARE(s->clipboardSeconds(), 30);
        QCOMPARE(s->languages(), QStringLiteral("eng"));
        QCOMPARE(s->pipelineOptions().ocr.languages, QStringLiteral("eng"));
        s->setAutoLockMinutes(20);
        s->setClipboardSeconds(10);
        QCOMPARE(s->autoLockMinutes(), 20);
        QCOMPARE(s->clipboardSeconds(), 10);
    }

    void settingsDialogShowsLockedSettings()
    {
        auto s = settingsWith(kPolicy);
        SettingsDialog dialog(*s);
        QCOMPARE(dialog.autoLockMinutes()->minimum(), 5);
        QVERIFY(dialog.autoLockMinutes()->specialValueText().isEmpty());  // no "Never"
        QCOMPARE(dialog.clipboardSeconds()->maximum(), 30);
        QCOMPARE(dialog.retentionDays(2)->maximum(), 7);
        QCOMPARE(dialog.retentionDays(1)->maximum(), 30);
        QCOMPARE(dialog.retentionDays(0)->maximum(), 3650);  // no rule for low
        // Typing past the limit does not get through.
        dialog.clipboardSeconds()->setValue(3600);
        QCOMPARE(dialog.clipboardSeconds()->value(), 30);
        dialog.autoLockMinutes()->setValue(0);
        QCOMPARE(dialog.autoLockMinutes()->value(), 5);
        dialog.setRetention({90 * 86400LL, 60 * 86400LL, 14 * 86400LL}, true);
        QCOMPARE(dialog.retentionDays(2)->value(), 7);
        QCOMPARE(dialog.retention()[2], 7 * 86400LL);
        const QStringList n = notes(dialog);
        for (const QString& want : {QStringLiteral("at least 5 minutes"), QStringLiteral("at most 30 seconds"),
                                    QStringLiteral("at most 7 days"), QStringLiteral("at most 30 days"),
                                    QStringLiteral("only eng")}) {
            QVERIFY2(n.contains(QStringLiteral("Set by your organisation: ") + want), qPrintable(n.join(QLatin1Char('|'))));
        }
        for (const QLabel* l : dialog.findChildren<QLabel*>(QStringLiteral("policyNote")))
            QVERIFY(!l->isEnabled());  // greyed
        // Installed languages other than eng: greyed, unchecked, not checkable.
        int locked = 0;
        for (int i = 0; i < dialog.languageList()->count(); ++i) {
            const QListWidgetItem* item = dialog.languageList()->item(i);
            const bool allowed = item->data(Qt::UserRole).toString() == QLatin1String("eng");
            QCOMPARE(bool(item->flags() & Qt::ItemIsEnabled), allowed);
            if (!allowed) {
                ++locked;
                QCOMPARE(item->checkState(), Qt::Unchecked);
                QCOMPARE(item->toolTip(), QStringLiteral("Set by your organisation"));
            }
        }
        QVERIFY2(locked > 0 || LanguageCatalog::installed().size() <= 1, "needs a second language pack (deu) installed");
        // What the dialog writes back stays inside the policy.
        dialog.apply(*s);
        QCOMPARE(s->clipboardSeconds(), 30);
        QCOMPARE(s->autoLockMinutes(), 5);
    }

    void withoutPolicyNothingIsLocked()
    {
        auto s = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_tmp.filePath(QStringLiteral("free.ini")), QSettings::IniFormat));
        SettingsDialog dialog(*s);
        QCOMPARE(dialog.autoLockMinutes()->minimum(), 0);
        QCOMPARE(dialog.clipboardSeconds()->maximum(), 3600);
        QVERIFY(notes(dialog).isEmpty());
    }

    void welcomeOffersOnlyAPassphrase()
    {
        auto s = settingsWith(kPolicy);
        WelcomeDialog dialog(QStringLiteral("eng"));
        dialog.applyPolicy(*s->policy());
        QVERIFY(!dialog.keychainOption()->isEnabled());
        QVERIFY(dialog.passphraseOption()->isChecked());
        QVERIFY(dialog.passphraseField()->isEnabled());
        QCOMPARE(dialog.keychainOption()->toolTip(), QStringLiteral("Set by your organisation"));
        bool noted = false;
        for (const QLabel* l : dialog.findChildren<QLabel*>())
            noted = noted || l->text().startsWith(QStringLiteral("Set by your organisation: the vault must be protected"));
        QVERIFY(noted);
        // Without the rule, the keychain stays the default.
        auto free = settingsWith("{}");
        WelcomeDialog other(QStringLiteral("eng"));
        other.applyPolicy(*free->policy());
        QVERIFY(other.keychainOption()->isEnabled() && other.keychainOption()->isChecked());
    }

    void exportDialogGreysForbiddenFormats()
    {
        auto s = settingsWith(kPolicy);
        test::FakeDialogs dialogs;
        ExportDialog high(dialogs, QStringLiteral("letter.png"));
        high.applyPolicy(*s->policy(), SensitivityClass::High);
        const auto radios = high.findChildren<QRadioButton*>();
        QCOMPARE(radios.size(), 4);
        int enabled = 0;
        for (const QRadioButton* r : radios)
            enabled += r->isEnabled();
        QCOMPARE(enabled, 1);                        // the PDF one, for pdf-encrypted
        QCOMPARE(high.format(), ExportFormat::Pdf);
        QVERIFY(high.encryptBox()->isChecked());     // the only PDF allowed: forced on …
        QVERIFY(!high.encryptBox()->isEnabled());    // … and locked
        QVERIFY(!high.pdfaBox()->isEnabled());
        QVERIFY(!high.pdfaBox()->isChecked());
        QVERIFY(notes(high).join(QString()).contains(QStringLiteral("only as pdf-encrypted")));
        // Moderate has no export rule: everything stays.
        ExportDialog moderate(dialogs, QStringLiteral("letter.png"));
        moderate.applyPolicy(*s->policy(), SensitivityClass::Moderate);
        for (const QRadioButton* r : moderate.findChildren<QRadioButton*>())
            QVERIFY(r->isEnabled());
        QVERIFY(moderate.encryptBox()->isEnabled() && !moderate.encryptBox()->isChecked());
        QVERIFY(notes(moderate).isEmpty());
    }

    void malformedPolicyOpensNoVault()
    {
        const QString bad = writePolicy("{\n  \"min_auto_lock_minutes\": 5,\n  \"classes\": {\"secret\": {}}\n}");
        auto s = std::make_unique<Settings>(
            std::make_unique<QSettings>(m_tmp.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat));
        test::FakeDialogs dialogs;
        VaultConfig config;
        config.root = m_tmp.filePath(QStringLiteral("no-vault"));
        std::unique_ptr<QWidget> w = createTopWindow(bad, *s, dialogs, config);
        auto* error = qobject_cast<PolicyErrorWindow*>(w.get());
        QVERIFY(error);
        QVERIFY(!qobject_cast<MainWindow*>(w.get()));
        w->show();
        const QLabel* text = w->findChild<QLabel*>(QStringLiteral("policyError"));
        QVERIFY(text);
        QVERIFY2(text->text().contains(bad + QStringLiteral(", line 3:")), qPrintable(text->text()));
        QVERIFY(text->text().contains(QStringLiteral("unknown class \"secret\"")));
        QTest::qWait(100);
        QCOMPARE(dialogs.runs, 0);                        // no welcome, no unlock
        QVERIFY(!QFileInfo::exists(config.root));         // no vault created or opened

        // A valid policy gives the main window, with the policy in the settings.
        const QString good = writePolicy(kPolicy);
        config.enabled = false;
        std::unique_ptr<QWidget> main = createTopWindow(good, *s, dialogs, config);
        QVERIFY(qobject_cast<MainWindow*>(main.get()));
        QCOMPARE(s->policy()->path(), good);
    }

    // Create (passphrase only) → import as high → export as plain text is refused by the vault
    // with the policy's message; nothing is written and the refusal is shown.
    void wholeRunRefusesTheForbiddenExport()
    {
        auto s = settingsWith(kPolicy);
        s->setJobs(2);
        test::FakeDialogs dialogs;
        VaultConfig config;
        config.root = m_tmp.filePath(QStringLiteral("vault"));
        bool keychainOffered = true;
        dialogs.onRun = [&](QDialog& d) -> bool {
            if (auto* w = qobject_cast<WelcomeDialog*>(&d)) {
                keychainOffered = w->keychainOption()->isEnabled();
                QTest::keyClicks(w->passphraseField(), kPassphrase);
                QTest::keyClicks(w->confirmField(), kPassphrase);
                w->createButton()->click();
                return true;
            }
            if (auto* r = qobject_cast<RecoveryKeyDialog*>(&d)) {
                r->storedCheck()->setChecked(true);
                r->continueButton()->click();
                return true;
            }
            if (auto* i = qobject_cast<ImportDialog*>(&d)) {
                i->setSensitivity(2);
                return true;
            }
            return false;
        };
        MainWindow window(*s, dialogs, config);
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.vault()->isOpen(), 60'000);
        QVERIFY(!keychainOffered);
        QVERIFY(window.vault()->usesPassphrase());

        QVERIFY2(QFileInfo::exists(test::sampleImage()), qPrintable(test::sampleImage()));
        dialogs.openNames.push_back({test::sampleImage()});
        window.actions().import->trigger();
        const bool imported = test::waitForImports(window);
        QStringList states;
        for (const DocumentRow& r : window.library()->model()->rows())
            states << QStringLiteral("%1:%2").arg(r.name).arg(int(r.state));
        QVERIFY2(imported && dialogs.errors.isEmpty(),
                 qPrintable(dialogs.errors.join(QLatin1Char('|')) + QLatin1Char(' ') + states.join(QLatin1Char(','))));
        QTRY_VERIFY_WITH_TIMEOUT(window.library()->current() && window.library()->current()->loadedPages() == 1, 60'000);
        const DocumentRow row = window.library()->model()->rows().front();
        QCOMPARE(row.sensitivity, 2);
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(row.expires);
        QVERIFY(left > 7 * 86400 - 300 && left <= 7 * 86400);

        // A language the policy does not allow, typed into the import dialog: refused, nothing queued.
        const int rowsBefore = window.library()->model()->rowCount();
        dialogs.openNames.push_back({test::sampleImage()});
        dialogs.onRun = [](QDialog& d) {
            auto* i = qobject_cast<ImportDialog*>(&d);
            if (i)
                i->findChild<QLineEdit*>()->setText(QStringLiteral("eng+deu"));
            return i != nullptr;
        };
        window.actions().import->trigger();
        QCOMPARE(window.library()->model()->rowCount(), rowsBefore);
        QVERIFY2(!dialogs.errors.isEmpty()
                     && dialogs.errors.last().contains(QStringLiteral("organisation's policy forbids OCR language 'deu'")),
                 qPrintable(dialogs.errors.join(QLatin1Char('|'))));

        // The export dialog offers only the encrypted PDF …
        bool textOffered = true;
        dialogs.onRun = [&](QDialog& d) {
            if (auto* e = qobject_cast<ExportDialog*>(&d)) {
                for (const QRadioButton* r : e->findChildren<QRadioButton*>()) {
                    if (r->text().startsWith(QStringLiteral("Plain")))
                        textOffered = r->isEnabled();
                }
            }
            return false;  // cancel
        };
        window.actions().exportDoc->trigger();
        QVERIFY(!textOffered);
        // … and the vault refuses a plain-text export whatever asks for it.
        const QString out = m_tmp.filePath(QStringLiteral("forbidden.txt"));
        bool finished = false;
        bool ok = true;
        QString message;
        window.library()->vault()->exportDocument(row.id, out, ExportKind::Text, {}, [&](bool success, const QString& m) {
            finished = true;
            ok = success;
            message = m;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30'000);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("organisation's policy forbids exporting high documents as txt")),
                 qPrintable(message));
        QVERIFY(!QFileInfo::exists(out));
        dialogs.onRun = {};
    }
};

QTEST_MAIN(TestGuiPolicy)
#include "TestGuiPolicy.moc"
