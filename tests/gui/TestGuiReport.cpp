// Help → Data-path report, offscreen, on a real passphrase vault with a real OCR'd document:
// the page shows this installation's facts (vault path, blob count, Argon2id parameters, and —
// once unlocked — retention, the next expiry and the desktop app's own clipboard and lock
// settings), the network guard as active, nothing of the document, and "Save as…" writes the
// HTML and Markdown files.
#include "GuiTestSupport.h"
#include "TestUtil.h"
#include "TextPage.h"

#include "app/MainActions.h"
#include "dialogs/ReportDialog.h"
#include "platform/NetworkGuard.h"
#include "vault/IndexFile.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"
#include "widgets/LockScreen.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace vo;
using namespace vo::ui;

namespace {

const QByteArray kPassphrase = "a passphrase for the report test";
const QString kMarker = QStringLiteral("Quillfeather");
const QString kFileName = QStringLiteral("payroll-Brightwater.png");

Result<SecureBuffer> passphrase() { return SecureBuffer::copyOf(kPassphrase.constData(), size_t(kPassphrase.size())); }

bool renderPage(const QString& path)
{
    return vo::test::renderTextPage(path, {QStringLiteral("Salary statement"), kMarker + QStringLiteral(" payroll")});
}

}  // namespace

class TestGuiReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;
    QString m_expires;
    KdfParams m_kdf;
    qint64 m_blobs = 0;
    qint64 m_blobBytes = 0;
    std::unique_ptr<test::WindowFixture> f;

    // Opens the report page, waits for its facts, and hands the dialog to `check`.
    bool withReport(const std::function<void(ReportDialog&)>& check)
    {
        bool shown = false;
        f->dialogs.onRun = [&](QDialog& d) -> bool {
            auto* report = qobject_cast<ReportDialog*>(&d);
            if (!report)
                return false;
            for (int i = 0; i < 600 && !report->hasReport(); ++i)
                QTest::qWait(50);
            shown = report->hasReport();
            if (shown)
                check(*report);
            return false;
        };
        f->window->actions().report->trigger();
        f->dialogs.onRun = {};
        return shown;
    }

    void assertNothingOfTheDocument(const QString& text)
    {
        QVERIFY2(!text.contains(kMarker, Qt::CaseInsensitive), "document text in the report");
        QVERIFY(!text.contains(QStringLiteral("Brightwater")));
        QVERIFY(!text.contains(QStringLiteral("payroll"), Qt::CaseInsensitive));
        QVERIFY(!text.contains(QString::fromUtf8(kPassphrase)));
    }

private slots:
    void initTestCase()
    {
        // The real guard, as main() installs it: the report must show it active.
        QVERIFY(NetworkGuard::install().ok());
        m_root = m_dir.filePath(QStringLiteral("vault"));
        const QString page = m_dir.filePath(kFileName);
        QVERIFY(renderPage(page));
        VaultCreateOptions create;
        create.mode = KeyMode::Passphrase;
        create.passphrase = passphrase;
        auto made = Vault::create(m_root, std::move(create));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        ImportOptions o;
        o.sensitivity = SensitivityClass::High;
        o.expiresInSeconds = 3 * 86400;
        auto id = made->vault->importFile(page, o, nullptr, CancelToken());
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        auto text = made->vault->text(id.value());
        QVERIFY(text.ok() && text.value().contains(kMarker));  // positive control
        m_expires = made->vault->document(id.value())->expires.toUTC().toString(Qt::ISODate);
        made->vault->lock();
        auto env = index_file::read(VaultPaths(m_root).index());
        QVERIFY(env.ok());
        m_kdf = env->keySlots.kdf;
        for (const QString& b : test::filesBelow(m_root + QStringLiteral("/blobs"))) {
            ++m_blobs;
            m_blobBytes += QFileInfo(m_root + QStringLiteral("/blobs/") + b).size();
        }
        QCOMPARE(m_blobs, 3);

        VaultConfig config;
        config.root = m_root;
        f = std::make_unique<test::WindowFixture>(config);
        f->settings->setClipboardSeconds(45);
        f->window->start();
        QTRY_VERIFY_WITH_TIMEOUT(f->window->isLocked(), 30'000);
    }

    void lockedReportTellsWhatNeedsNoKey()
    {
        QVERIFY(f->window->actions().report->isEnabled());
        QString text;
        QVERIFY(withReport([&](ReportDialog& d) { text = d.browser()->toPlainText(); }));
        QVERIFY2(text.contains(m_root), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("not unlocked for this report (the vault is locked)")));
        QVERIFY(text.contains(QStringLiteral("%1 blobs, %2 bytes").arg(m_blobs).arg(m_blobBytes)));
        QVERIFY(text.contains(QStringLiteral("opslimit %1").arg(m_kdf.opsLimit)));
        QVERIFY(text.contains(QStringLiteral("unknown without the key")));
        QVERIFY(!text.contains(m_expires));
        assertNothingOfTheDocument(text);
    }

    void unlockedReportShowsRetentionExpiryAndSettings()
    {
        QTest::keyClicks(f->window->lockScreen()->passphraseField(), QString::fromUtf8(kPassphrase));
        f->window->lockScreen()->unlockButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!f->window->isLocked(), 60'000);

        const QString html = m_dir.filePath(QStringLiteral("saved/report.html"));
        const QString markdown = m_dir.filePath(QStringLiteral("saved/report.md"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("saved")));
        f->dialogs.saveNames = {html, markdown};
        QString text;
        bool savedHtml = false, savedMd = false;
        QVERIFY(withReport([&](ReportDialog& d) {
            text = d.browser()->toPlainText();
            savedHtml = d.saveAs();
            savedMd = d.saveAs();
            d.copyButton()->click();
        }));
        QVERIFY2(text.contains(QStringLiteral("present, unlocked for this report")), qPrintable(text.left(600)));
        QVERIFY(text.contains(m_root));
        QVERIFY(text.contains(QStringLiteral("low 90 days, moderate 30 days, high 7 days")));
        QVERIFY(text.contains(m_expires));
        QVERIFY(text.contains(QStringLiteral("active (seccomp filter, Seccomp: 2)")));
        QVERIFY(text.contains(QStringLiteral("%1 blobs, %2 bytes").arg(m_blobs).arg(m_blobBytes)));
        QVERIFY(text.contains(QStringLiteral("opslimit %1").arg(m_kdf.opsLimit)));
        QVERIFY(text.contains(QStringLiteral("clears it after 45 seconds")));
        QVERIFY(text.contains(QStringLiteral("after 5 minutes idle")));
        QVERIFY(text.contains(QStringLiteral("x-kde-passwordManagerHint")));
        assertNothingOfTheDocument(text);

        QVERIFY(savedHtml && savedMd);
        QVERIFY(f->dialogs.errors.isEmpty());
        const QString savedText = test::readText(html);
        QXmlStreamReader xml(savedText);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(savedText.contains(QStringLiteral("<td>Next expiry</td><td>%1</td>").arg(m_expires)));
        assertNothingOfTheDocument(savedText);
        const QString md = test::readText(markdown);
        QVERIFY(md.startsWith(QStringLiteral("# VaultOCR data-path report")));
        QVERIFY(md.contains(QStringLiteral("| Next expiry | %1 |").arg(m_expires)));
        assertNothingOfTheDocument(md);
        // Copy: the same report, Markdown as text (and HTML for rich-text targets).
        QCOMPARE(QGuiApplication::clipboard()->text(), md);
    }

    void cleanupTestCase() { f.reset(); }
};

QTEST_MAIN(TestGuiReport)
#include "TestGuiReport.moc"
