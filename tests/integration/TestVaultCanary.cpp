// The canary: a page whose text holds a unique marker word is imported and recognised by real
// tesseract, listed, read and the vault locked. Afterwards the marker (UTF-8 and UTF-16LE) and the
// file's name are in no file under the vault, HOME, TMPDIR or the XDG folders, and no 64-byte run
// of the original file is in any vault file. After an export, the marker is in the exported file
// only.
#include "VaultCliSupport.h"

#include "crypto/KeychainStore.h"

#include <QDateTime>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace vo;
using namespace vo::test;

namespace {

// Pronounceable syllables: tesseract's LSTM reads them reliably, and 5 random syllables are unique.
QString randomSyllables(int n)
{
    static const char kConsonants[] = "bdfgkmnprstvz";
    static const char kVowels[] = "aeiou";
    QString s;
    for (int i = 0; i < n; ++i) {
        s += QLatin1Char(kConsonants[QRandomGenerator::global()->bounded(int(sizeof kConsonants - 1))]);
        s += QLatin1Char(kVowels[QRandomGenerator::global()->bounded(int(sizeof kVowels - 1))]);
    }
    return s;
}

// Every regular file below `root` (sockets, FIFOs and unreadable files skipped) that contains one
// of `needles`. Only files changed since `since` when `since` is valid (for the shared /tmp).
QStringList filesContaining(const QString& root, const QList<QByteArray>& needles, const QDateTime& since = {})
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi(path);
        if (!fi.isFile() || fi.size() > 200 * 1024 * 1024 || (since.isValid() && fi.lastModified() < since))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray& n : needles) {
            if (bytes.contains(n)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

QByteArray utf16le(const QString& s)
{
    QByteArray b;
    for (QChar c : s) {
        b.append(char(c.unicode() & 0xff));
        b.append(char(c.unicode() >> 8));
    }
    return b;
}

}  // namespace

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

        const QList<QByteArray> needles{marker.toUtf8(), utf16le(marker), nameMarker.toUtf8(), utf16le(nameMarker)};
        // Positive control: the scan does find the marker where it is (here UTF-16LE, in TMPDIR).
        const QString control = cli.tmp() + QStringLiteral("/control.bin");
        {
            QFile f(control);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("xx" + utf16le(marker) + "yy");
        }
        QCOMPARE(filesContaining(cli.tmp(), needles), QStringList{control});
        QFile::remove(control);
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
