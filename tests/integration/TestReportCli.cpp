// `vaultocr report` on real vaults made by the built binary (keychain mode on the test session's
// gnome-keyring, passphrase mode from a file), with a real OCR'd document in them: every section
// states this installation's facts (vault path, blob count, key holder, Argon2id parameters,
// retention, next expiry, network guard), the document's marker word, its file name and the
// recovery key / passphrase appear nowhere, the HTML is well-formed XHTML, and a vault path
// containing <&> is escaped.
#include "VaultCliSupport.h"

#include "vault/IndexFile.h"
#include "vault/VaultPaths.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vo;
using namespace vo::test;

namespace {

const QString kMarker = QStringLiteral("Quillfeather");
const QString kFileName = QStringLiteral("payroll-Brightwater.png");
const QByteArray kPassphrase = "correct horse battery staple 42\n";

QString md(const QStringList& cells) { return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"); }

}  // namespace

class TestReportCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_page;

    struct Made {
        QString recovery;
        QString uuid;
        QString expires;  // the document's expiry as `list --json` gives it
    };

    // init + import of the marker page (class high, expiring in 3 days).
    Made makeVault(const VaultCli& cli, const QStringList& keyArgs)
    {
        Made m;
        const ProcessResult init = cli(QStringLiteral("init"), keyArgs);
        if (init.exitCode != 0) {
            qWarning("init: %s", init.err.constData());
            return m;
        }
        m.recovery = recoveryKeyFrom(init.out);
        m.uuid = vaultUuidFrom(init.out);
        QStringList importArgs{m_page, QStringLiteral("--class"), QStringLiteral("high"), QStringLiteral("--expires-in"),
                               QStringLiteral("3d")};
        const ProcessResult imp = cli(QStringLiteral("import"), importArgs + keyArgs);
        if (imp.exitCode != 0) {
            qWarning("import: %s", imp.err.constData());
            return m;
        }
        const QString id = idsFrom(imp.out).value(0);
        // Positive control: the marker really is in the vault, so its absence below means something.
        const ProcessResult text = cli(QStringLiteral("text"), QStringList{id} + keyArgs);
        if (!QString::fromUtf8(text.out).contains(kMarker))
            qWarning("the OCR text lacks the marker: %s", text.out.constData());
        else
            m.expires = findDoc(listJson(cli(QStringLiteral("list"), QStringList{QStringLiteral("--json")} + keyArgs)), id)
                            .value(QStringLiteral("expires"))
                            .toString();
        return m;
    }

    static QPair<qint64, qint64> blobs(const QString& vault)
    {
        qint64 n = 0, bytes = 0;
        for (const QString& f : filesBelow(vault + QStringLiteral("/blobs"))) {
            ++n;
            bytes += QFileInfo(vault + QStringLiteral("/blobs/") + f).size();
        }
        return {n, bytes};
    }

    static void assertNoSecrets(const QString& out, const Made& m, const QString& extraSecret = {})
    {
        QVERIFY2(!out.contains(kMarker, Qt::CaseInsensitive), "the document's text leaked into the report");
        QVERIFY(!out.contains(QStringLiteral("Brightwater"), Qt::CaseInsensitive));
        QVERIFY(!out.contains(QStringLiteral("payroll"), Qt::CaseInsensitive));
        QVERIFY(!m.recovery.isEmpty());
        QVERIFY2(!out.contains(m.recovery), "the recovery key leaked");
        QString compact = m.recovery;
        QVERIFY(!out.contains(compact.remove(QLatin1Char('-'))));
        // No group of the recovery key either (20 bits each; chance collisions are negligible).
        for (const QString& group : m.recovery.split(QLatin1Char('-')).mid(0, 6))
            QVERIFY2(!out.contains(group + QLatin1Char('-')), qPrintable(group));
        if (!extraSecret.isEmpty())
            QVERIFY2(!out.contains(extraSecret), "the passphrase leaked");
    }

    static void assertWellFormed(const QString& html, int* sections = nullptr)
    {
        QXmlStreamReader xml(html);
        int h2 = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("h2"))
                ++h2;
        }
        QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())));
        QCOMPARE(h2, 14);
        if (sections)
            *sections = h2;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        QVERIFY(!vaultocrBinary().isEmpty());
        m_page = m_dir.filePath(kFileName);
        QVERIFY(renderTextPage(m_page, {QStringLiteral("Salary statement"), kMarker + QStringLiteral(" payroll")}));
    }

    void keychainVaultWithAnAwkwardPath()
    {
        // The vault folder's name holds <&>: Markdown keeps it in a code span, HTML escapes it.
        const QString root = m_dir.filePath(QStringLiteral("a<&>b/vault"));
        const VaultCli cli(root, m_dir.filePath(QStringLiteral("tmp1")));
        const Made m = makeVault(cli, {});
        QVERIFY(!m.uuid.isEmpty() && !m.expires.isEmpty());
        const auto [blobCount, blobBytes] = blobs(root);
        QCOMPARE(blobCount, 3);  // original, OCR result, page images

        const ProcessResult r = cli(QStringLiteral("report"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QStringLiteral("# VaultOCR data-path report\n")), r.out.left(200).constData());
        QVERIFY(out.contains(md({QStringLiteral("Vault location"), QLatin1Char('`') + root + QLatin1Char('`')})));
        QVERIFY(out.contains(QStringLiteral("present, unlocked for this report")));
        QVERIFY(out.contains(QStringLiteral("%1 blobs, %2 bytes").arg(blobCount).arg(blobBytes)));
        QVERIFY(out.contains(md({QStringLiteral("Folder access"), QStringLiteral("the OS user only (mode `0700`)")})));
        QVERIFY(out.contains(QStringLiteral("OS keychain (Secret Service), service `VaultOCR`, account `%1`").arg(m.uuid)));
        QVERIFY(out.contains(md({QStringLiteral("Retention per class"), QStringLiteral("low 90 days, moderate 30 days, high 7 days")})));
        QVERIFY(out.contains(md({QStringLiteral("high"), QStringLiteral("1"), QStringLiteral("7 days")})));
        QVERIFY(out.contains(md({QStringLiteral("Next expiry"), m.expires})));
        QVERIFY(out.contains(md({QStringLiteral("Network guard"), QStringLiteral("active (seccomp filter, Seccomp: 2)")})));
        QVERIFY(out.contains(md({QStringLiteral("Qt network module loaded"), QStringLiteral("no")})));
        QVERIFY(out.contains(QStringLiteral("0 / 0 bytes: no core dumps")));
        QVERIFY(out.contains(md({QStringLiteral("Pixels per page"), QStringLiteral("300000000 (300 megapixels)")})));
        QVERIFY(out.contains(QStringLiteral("`x-kde-passwordManagerHint`")));
        QVERIFY(out.contains(QStringLiteral("No managed policy (`/etc/vaultocr/policy.json` absent)")));
        QVERIFY(out.contains(QStringLiteral("chain intact")));
        for (const char* lib : {"| Tesseract | 5.", "| Leptonica | 1.", "| Poppler | ", "| qpdf | 1", "| libsodium | 1.", "| Qt | 6."})
            QVERIFY2(out.contains(QLatin1String(lib)), lib);
        assertNoSecrets(out, m);

        const ProcessResult h = cli(QStringLiteral("report"), {QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(h.exitCode, 0);
        const QString html = QString::fromUtf8(h.out);
        assertWellFormed(html);
        QVERIFY(html.contains(QStringLiteral("<code>") + root.toHtmlEscaped() + QStringLiteral("</code>")));
        QVERIFY(root.toHtmlEscaped().contains(QStringLiteral("a&lt;&amp;&gt;b")));
        QVERIFY2(!html.contains(QStringLiteral("a<&>b")), "the vault path went into the HTML unescaped");
        QVERIFY(html.contains(QStringLiteral("<td>Next expiry</td><td>%1</td>").arg(m.expires)));
        QVERIFY(html.contains(QStringLiteral("<td>Network guard</td><td>active (seccomp filter, Seccomp: 2)</td>")));
        assertNoSecrets(html, m);
        QVERIFY(cli(QStringLiteral("report"), {QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode == 2);
    }

    void passphraseVaultWithAndWithoutTheKey()
    {
        const QString pass = m_dir.filePath(QStringLiteral("pass.txt"));
        QFile f(pass);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(kPassphrase) == kPassphrase.size());
        f.close();
        const QString root = m_dir.filePath(QStringLiteral("pv"));
        const VaultCli cli(root, m_dir.filePath(QStringLiteral("tmp2")));
        const QStringList key{QStringLiteral("--passphrase-file"), pass};
        const Made m = makeVault(cli, key);
        QVERIFY(!m.expires.isEmpty());
        auto env = index_file::read(VaultPaths(root).index());
        QVERIFY(env.ok());
        const KdfParams kdf = env->keySlots.kdf;
        QVERIFY(kdf.opsLimit > 0 && kdf.memLimit > 0);
        const auto [blobCount, blobBytes] = blobs(root);

        const QString file = m_dir.filePath(QStringLiteral("report.md"));
        const ProcessResult r = cli(QStringLiteral("report"), key + QStringList{QStringLiteral("-o"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        const QString out = readText(file);
        QVERIFY(out.contains(md({QStringLiteral("Argon2id opslimit"), QString::number(kdf.opsLimit)})));
        QVERIFY(out.contains(md({QStringLiteral("Argon2id memlimit"), QStringLiteral("%1 bytes (%2.0 MiB)").arg(kdf.memLimit).arg(kdf.memLimit >> 20)})));
        QVERIFY(out.contains(QStringLiteral("not stored: wrapped by a key derived from the user's passphrase (Argon2id, opslimit %1").arg(kdf.opsLimit)));
        QVERIFY(out.contains(md({QStringLiteral("Key mode"), QStringLiteral("passphrase")})));
        QVERIFY(out.contains(QStringLiteral("%1 blobs, %2 bytes").arg(blobCount).arg(blobBytes)));
        QVERIFY(out.contains(md({QStringLiteral("Next expiry"), m.expires})));
        QVERIFY(out.contains(QStringLiteral("low 90 days, moderate 30 days, high 7 days")));
        assertNoSecrets(out, m, QString::fromUtf8(kPassphrase.trimmed()));

        // Without the key: what the header, key slots and sizes tell, and "unknown" for the rest.
        const ProcessResult locked = cli(QStringLiteral("report"), {QStringLiteral("--no-unlock"), QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(locked.exitCode, 0);
        const QString html = QString::fromUtf8(locked.out);
        assertWellFormed(html);
        QVERIFY(html.contains(QStringLiteral("not unlocked for this report (--no-unlock)")));
        QVERIFY(html.contains(QStringLiteral("<td>Argon2id opslimit</td><td>%1</td>").arg(kdf.opsLimit)));
        QVERIFY(html.contains(QStringLiteral("%1 blobs, %2 bytes").arg(blobCount).arg(blobBytes)));
        QVERIFY(html.contains(QStringLiteral("<td>Next expiry</td><td>unknown without the key")));
        QVERIFY(!html.contains(m.expires));
        assertNoSecrets(html, m, QString::fromUtf8(kPassphrase.trimmed()));

        // The vault is unchanged by reports: still one document, same blobs.
        QCOMPARE(blobs(root).first, blobCount);
    }

    void noVaultAndBadOutput()
    {
        const QString root = m_dir.filePath(QStringLiteral("nothing-here"));
        const VaultCli cli(root, m_dir.filePath(QStringLiteral("tmp3")));
        const ProcessResult r = cli(QStringLiteral("report"));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(md({QStringLiteral("Vault state"), QStringLiteral("no vault exists at this location")})));
        QVERIFY(out.contains(QStringLiteral("No vault exists at `%1`, so nothing is stored.").arg(root)));
        QVERIFY(!QFileInfo::exists(root));  // a report creates nothing
        const ProcessResult bad = cli(QStringLiteral("report"), {QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/dir/r.md"))});
        QCOMPARE(bad.exitCode, 5);
    }
};

QTEST_MAIN(TestReportCli)
#include "TestReportCli.moc"
