// The canary: a page whose text holds a unique marker word is imported and recognised by real
// tesseract, listed, read and the vault locked. Afterwards the marker and the file's name (as
// UTF-8, as UTF-16LE and inside any zlib/gzip stream: CanaryScan.h) are in no file under the
// vault, HOME, TMPDIR or the XDG folders, and no 64-byte run of the original file is in any vault
// file. After an export, the marker is in the exported file only.
#include "CanaryScan.h"
#include "VaultCliSupport.h"

#include "crypto/KeychainStore.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vo;
using namespace vo::test;

class TestVaultCanary : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_uuid;

    QStringList scanRoots(const VaultCli& cli) const
    {
        QStringList roots{cli.vault(), QDir::homePath(), cli.tmp()};
        for (const char* var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR", "TMPDIR"}) {
            const QString v = qEnvironmentVariable(var);
            if (!v.isEmpty())
                roots << v;
        }
        roots.removeDuplicates();
        return roots;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
    }

    void markerNeverReachesTheDisk()
    {
        const QDateTime start = QDateTime::currentDateTime().addSecs(-1);
        const QString marker = QStringLiteral("Canary") + randomSyllables(5);
        const QString nameMarker = QStringLiteral("Personnel-") + randomSyllables(6);
        const VaultCli cli(m_dir.filePath(QStringLiteral("vault")), m_dir.filePath(QStringLiteral("tmp")));
        // The source page lives outside every scanned folder's reach for its name: a sub-folder we
        // exclude from the hits (it is the user's own file).
        const QString srcDir = m_dir.filePath(QStringLiteral("source"));
        QDir().mkpath(srcDir);
        const QString page = srcDir + QLatin1Char('/') + nameMarker + QStringLiteral(".png");
        QVERIFY(renderTextPage(page, {QStringLiteral("Confidential personnel record"),
                                      QStringLiteral("Employee code ") + marker,
                                      QStringLiteral("Salary review next year")}));
        const ProcessResult init = cli(QStringLiteral("init"));
        QCOMPARE(init.exitCode, 0);
        m_uuid = vaultUuidFrom(init.out);
        const ProcessResult imp = cli(QStringLiteral("import"), {page, QStringLiteral("--class"), QStringLiteral("high")});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        const QString id = idsFrom(imp.out).value(0);
        const ProcessResult list = cli(QStringLiteral("list"), {QStringLiteral("--json")});
        QVERIFY(list.out.contains(nameMarker.toUtf8()));  // the name comes back out of the vault…
        const ProcessResult text = cli(QStringLiteral("text"), {id});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(marker.toUtf8()), text.out.constData());  // …and so does real OCR'd text
        QVERIFY(!imp.err.contains(marker.toUtf8()) && !text.err.contains(marker.toUtf8()));

        const QList<QByteArray> needles = canaryNeedles({marker, nameMarker});
        // Positive controls: the scan does find the marker where it is (in TMPDIR), as UTF-16LE
        // and inside a zlib stream (whose bytes do not hold it as such).
        const QString control16 = cli.tmp() + QStringLiteral("/control16.bin");
        const QString controlZ = cli.tmp() + QStringLiteral("/controlz.bin");
        const QByteArray deflated = qCompress(QByteArray(300, ' ') + marker.toUtf8() + QByteArray(300, ' ')).mid(4);
        QVERIFY(!deflated.contains(marker.toUtf8()));
        for (const auto& [path, bytes] : {std::pair{control16, "xx" + utf16le(marker) + "yy"},
                                          std::pair{controlZ, "PNG..." + deflated + "..."}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QCOMPARE(filesContaining(cli.tmp(), needles), (QStringList{control16, controlZ}));
        QFile::remove(control16);
        QFile::remove(controlZ);
        QStringList hits;
        for (const QString& root : scanRoots(cli))
            hits << filesContaining(root, needles);
        hits << filesContaining(QDir::tempPath(), needles, start);
        hits.removeDuplicates();
        hits.removeIf([&](const QString& p) { return p.startsWith(srcDir); });
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));

        const QByteArray original = readBytes(page);
        QVERIFY(original.size() > 4096);
        const QByteArray run = original.mid(original.size() / 2, 64);
        QVERIFY2(filesContaining(cli.vault(), {run}).isEmpty(), "a run of the original is stored in the clear");

        // After an export the marker is in the exported file, and only there.
        const QString exported = m_dir.filePath(QStringLiteral("export/out.txt"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("export")));
        QCOMPARE(cli(QStringLiteral("export"), {id, QStringLiteral("-o"), exported}).exitCode, 0);
        QVERIFY(readBytes(exported).contains(marker.toUtf8()));
        QStringList after;
        for (const QString& root : scanRoots(cli))
            after << filesContaining(root, needles.mid(0, 2));
        after << filesContaining(QDir::tempPath(), needles.mid(0, 2), start);
        after.removeDuplicates();
        after.removeIf([&](const QString& p) { return p.startsWith(srcDir); });
        QCOMPARE(after, QStringList{exported});
        QVERIFY(cli(QStringLiteral("audit")).out.contains("format=txt"));
        QVERIFY(!cli(QStringLiteral("audit")).out.contains(exported.toUtf8()));
    }

    void cleanupTestCase()
    {
        if (!m_uuid.isEmpty())
            (void)KeychainStore().remove(m_uuid);
    }
};

QTEST_MAIN(TestVaultCanary)
#include "TestVaultCanary.moc"
