// A real full disk (issue 3: "Disk full: clear error, vault unchanged"). The vault lives on a
// small tmpfs mounted in a private mount namespace: the test re-runs itself under
// `unshare --mount` (root, as in CI) or `unshare --user --map-root-user --mount` (a normal user),
// so the mount is invisible to the rest of the machine and vanishes with the process. Every
// `vaultocr` the test starts inherits the namespace. Passphrase vaults: no keychain is needed
// inside the namespace. When no namespace can be had, every test skips and says why.
//
// 1. An import larger than the free space: exit code 5, one line saying the disk is full; the
//    vault's files, list, texts and originals are exactly as before; audit --verify passes.
// 2. The disk filled to the last page by a filler file: delete-now (new index under a new key)
//    and purge fail the same way and change nothing; after the filler is removed both succeed.
#include "TestUtil.h"
#include "TextPage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace vo::test;

namespace {

constexpr const char* kInsideEnv = "VAULTOCR_DISKFULL_NAMESPACE";
constexpr const char* kSkipEnv = "VAULTOCR_DISKFULL_SKIP";
constexpr qint64 kFsBytes = 8 << 20;  // the tmpfs: room for a small vault, not for the big file

QStringList unshareArgs()
{
    // util-linux unshare makes the new mount namespace's propagation private by default; say it
    // anyway, so the tmpfs can never show up outside.
    QStringList a{QStringLiteral("unshare")};
    if (::geteuid() != 0)
        a << QStringLiteral("--user") << QStringLiteral("--map-root-user");
    a << QStringLiteral("--mount") << QStringLiteral("--propagation") << QStringLiteral("private");
    return a;
}

// Re-executes this test inside a private mount namespace. Returns only if that is impossible,
// with the reason.
QByteArray reexecInNamespace(char** argv)
{
    const QStringList base = unshareArgs();
    const QByteArray probe = base.join(QLatin1Char(' ')).toLocal8Bit() + " true >/dev/null 2>&1";
    const int rc = std::system(probe.constData());
    if (rc != 0)
        return "'" + base.join(QLatin1Char(' ')).toLocal8Bit() + "' is not available here (exit status "
               + QByteArray::number(WIFEXITED(rc) ? WEXITSTATUS(rc) : rc) + "): no private mount namespace for a small tmpfs";
    std::vector<QByteArray> storage;
    for (const QString& s : base)
        storage.push_back(s.toLocal8Bit());
    std::vector<char*> args;
    for (QByteArray& s : storage)
        args.push_back(s.data());
    for (char** a = argv; *a; ++a)
        args.push_back(*a);
    args.push_back(nullptr);
    ::setenv(kInsideEnv, "1", 1);
    ::execvp(args[0], args.data());
    return "cannot run unshare: " + QByteArray(std::strerror(errno));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 freeBytes(const QString& dir)
{
    struct statvfs s {};
    if (::statvfs(QFile::encodeName(dir).constData(), &s) != 0)
        return -1;
    return qint64(s.f_bavail) * qint64(s.f_frsize);
}

QStringList idsFrom(const QByteArray& importOutput)
{
    QStringList ids;
    for (const QByteArray& line : importOutput.split('\n')) {
        if (line.trimmed().size() == 16)
            ids << QString::fromLatin1(line.trimmed());
    }
    return ids;
}

QStringList idsInList(const QByteArray& listJson)
{
    QStringList ids;
    for (const QJsonValue& v : QJsonDocument::fromJson(listJson).array())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    return ids;
}

QString err(const ProcessResult& r) { return QString::fromUtf8(r.err); }

}  // namespace

class TestVaultDiskFull : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;   // on the real disk: inputs, exports, TMPDIR
    QString m_fs;          // the tmpfs mount point
    QString m_vault;
    QString m_pass;
    QStringList m_ids;     // the documents stored before the disk filled up
    QStringList m_sources; // their original files, in the same order
    QByteArray m_text;     // `text` of the OCRed document before the disk filled up

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
        e.remove(QStringLiteral("VAULTOCR_VAULT"));
        e.remove(QString::fromLatin1(kInsideEnv));
        return e;
    }

    ProcessResult cli(const QString& command, QStringList args = {}) const
    {
        args.prepend(m_vault);
        args.prepend(QStringLiteral("--vault"));
        args.prepend(command);
        if (command != QStringLiteral("init") || !args.contains(QStringLiteral("--passphrase-file")))
            args << QStringLiteral("--passphrase-file") << m_pass;
        return run(vaultocrBinary(), args, env(), 120000);
    }

    QString noisePng(const QString& name, int w, int h) const
    {
        // Random noise does not compress: about w*h*3 bytes.
        QImage img(w, h, QImage::Format_RGB888);
        QRandomGenerator rng(quint32(qHash(name)));
        for (int y = 0; y < h; ++y)
            rng.fillRange(reinterpret_cast<quint32*>(img.scanLine(y)), w * 3 / 4);
        const QString p = m_dir.filePath(name);
        return img.save(p, "PNG", 0) ? p : QString();
    }

    QString textPng(const QString& name, const QString& line) const
    {
        const QString path = m_dir.filePath(name);
        return vo::test::renderTextPage(path, {line}) ? path : QString();
    }

    QStringList vaultFiles() const { return filesBelow(m_vault); }

    // A failed write: the documented exit code and one error line that says the disk is full
    // (besides it only warnings, e.g. that an open's purge of expired documents failed too, or
    // that an audit record found no room).
    void expectDiskFull(const ProcessResult& r, const char* what)
    {
        QVERIFY2(r.exitCode == 5, qPrintable(QStringLiteral("%1: exit %2: %3").arg(QLatin1String(what)).arg(r.exitCode).arg(err(r))));
        QStringList errors = err(r).trimmed().split(QLatin1Char('\n'));
        errors.removeIf([](const QString& l) { return l.startsWith(QStringLiteral("vaultocr: warning: ")); });
        QVERIFY2(errors.size() == 1, qPrintable(err(r)));
        QVERIFY2(errors[0].startsWith(QStringLiteral("vaultocr: ")) && errors[0].contains(QStringLiteral("the disk is full")),
                 qPrintable(err(r)));
        QVERIFY(r.out.isEmpty());
    }

    // Everything stored before the disk filled is there and byte-identical, nothing else is,
    // and the audit chain holds.
    void expectUnchanged(const QStringList& filesBefore, const char* when)
    {
        QCOMPARE(vaultFiles(), filesBefore);
        const ProcessResult list = cli(QStringLiteral("list"), {QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QStringList want = m_ids;
        want.sort();
        QCOMPARE(idsInList(list.out), want);
        for (int i = 0; i < m_ids.size(); ++i) {
            const QString out = m_dir.filePath(QStringLiteral("back-%1-%2.png").arg(QLatin1String(when)).arg(i));
            const ProcessResult exp = cli(QStringLiteral("export"), {m_ids[i], QStringLiteral("--original"), QStringLiteral("-o"), out});
            QVERIFY2(exp.exitCode == 0, exp.err.constData());
            QVERIFY2(readAll(out) == readAll(m_sources[i]), when);
        }
        const ProcessResult text = cli(QStringLiteral("text"), {m_ids.constFirst()});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QCOMPARE(text.out, m_text);
        const ProcessResult verify = cli(QStringLiteral("audit"), {QStringLiteral("--verify")});
        QVERIFY2(verify.exitCode == 0, (verify.out + verify.err).constData());
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet(kSkipEnv))
            QSKIP(qgetenv(kSkipEnv).constData());
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("tmp"))));
        m_fs = m_dir.filePath(QStringLiteral("fs"));
        QVERIFY(QDir().mkpath(m_fs));
        const QByteArray opts = "size=" + QByteArray::number(kFsBytes) + ",mode=0700";
        QVERIFY2(::mount("tmpfs", QFile::encodeName(m_fs).constData(), "tmpfs", MS_NOSUID | MS_NODEV, opts.constData()) == 0,
                 std::strerror(errno));
        QCOMPARE(freeBytes(m_fs), kFsBytes);
        m_vault = m_fs + QStringLiteral("/vault");
        m_pass = m_dir.filePath(QStringLiteral("pass.txt"));
        QFile pass(m_pass);
        QVERIFY(pass.open(QIODevice::WriteOnly) && pass.write("full disk, no keychain\n") > 0);
        pass.close();
        const ProcessResult init = cli(QStringLiteral("init"), {QStringLiteral("--passphrase"), QStringLiteral("--passphrase-file"), m_pass});
        QVERIFY2(init.exitCode == 0, init.err.constData());

        // One document with OCR (for `text`), one without.
        m_sources << textPng(QStringLiteral("text.png"), QStringLiteral("Quarterly tally of lanterns"))
                  << noisePng(QStringLiteral("noise.png"), 300, 200);
        QVERIFY(!m_sources.contains(QString()));
        const ProcessResult a = cli(QStringLiteral("import"), {m_sources[0]});
        QVERIFY2(a.exitCode == 0, a.err.constData());
        const ProcessResult b = cli(QStringLiteral("import"), {m_sources[1], QStringLiteral("--no-ocr")});
        QVERIFY2(b.exitCode == 0, b.err.constData());
        m_ids << idsFrom(a.out) << idsFrom(b.out);
        QCOMPARE(m_ids.size(), 2);
        const ProcessResult text = cli(QStringLiteral("text"), {m_ids[0]});
        QVERIFY2(text.exitCode == 0 && text.out.contains("lanterns"), (text.out + text.err).constData());
        m_text = text.out;
    }

    void importLargerThanTheFreeSpace()
    {
        const QString big = noisePng(QStringLiteral("big.png"), 1800, 1800);  // ~9.7 MB > the whole tmpfs
        QVERIFY(QFileInfo(big).size() > kFsBytes);
        const QStringList filesBefore = vaultFiles();
        const qint64 freeBefore = freeBytes(m_fs);
        QVERIFY(freeBefore > 1 << 20);  // the vault is not full: the big file is what does not fit
        const ProcessResult r = cli(QStringLiteral("import"), {big, QStringLiteral("--no-ocr")});
        expectDiskFull(r, "import");
        QVERIFY2(err(r).contains(QStringLiteral("not stored")), qPrintable(err(r)));
        // The partial blob was an unnamed file: its space is back (give or take the audit log's
        // last page: the import's open appended a record).
        QVERIFY2(freeBytes(m_fs) >= freeBefore - 4096, qPrintable(QString::number(freeBytes(m_fs))));
        expectUnchanged(filesBefore, "import");
    }

    void deleteAndPurgeOnAFullDisk()
    {
        // A document that expires, so `purge` has something to do.
        const QString shortLived = noisePng(QStringLiteral("short.png"), 40, 40);
        const ProcessResult e = cli(QStringLiteral("import"), {shortLived, QStringLiteral("--no-ocr"), QStringLiteral("--expires-in"), QStringLiteral("1s")});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        const QString expiring = idsFrom(e.out).value(0);
        QVERIFY(!expiring.isEmpty());
        const QDateTime expiresBy = QDateTime::currentDateTimeUtc().addSecs(2);

        // Fill the disk to the last byte: big writes, then small ones until ENOSPC.
        const QString filler = m_fs + QStringLiteral("/filler");
        {
            QFile f(filler);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(64 * 1024, '\0');
            while (f.write(block) == block.size()) {}
            const QByteArray page(512, '\0');
            while (f.write(page) == page.size()) {}
        }
        QCOMPARE(freeBytes(m_fs), qint64(0));

        // Wait (for a deadline, not for luck) until the short-lived document has expired.
        while (QDateTime::currentDateTimeUtc() < expiresBy)
            QThread::msleep(100);
        m_ids << expiring;
        m_sources << shortLived;
        const QStringList filesBefore = vaultFiles();
        const QByteArray indexBefore = readAll(m_vault + QStringLiteral("/vault.index"));

        expectDiskFull(cli(QStringLiteral("purge")), "purge");
        QCOMPARE(readAll(m_vault + QStringLiteral("/vault.index")), indexBefore);
        expectDiskFull(cli(QStringLiteral("delete"), {m_ids[1]}), "delete");
        QCOMPARE(readAll(m_vault + QStringLiteral("/vault.index")), indexBefore);
        QCOMPARE(vaultFiles(), filesBefore);
        // Still opens with every document: the purge an open attempts fails, says so in a
        // warning, and changes nothing; the expired document is refused, not gone.
        const ProcessResult list = cli(QStringLiteral("list"), {QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QVERIFY2(err(list).contains(QStringLiteral("not purged")) && err(list).contains(QStringLiteral("the disk is full")),
                 list.err.constData());
        QStringList want = m_ids;
        want.sort();
        QCOMPARE(idsInList(list.out), want);
        const ProcessResult refused = cli(QStringLiteral("text"), {expiring});
        QCOMPARE(refused.exitCode, 10);
        QVERIFY(refused.out.isEmpty());
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir.filePath(QStringLiteral("full-%1.png").arg(i));
            QCOMPARE(cli(QStringLiteral("export"), {m_ids[i], QStringLiteral("--original"), QStringLiteral("-o"), out}).exitCode, 0);
            QVERIFY(readAll(out) == readAll(m_sources[i]));
        }
        QCOMPARE(cli(QStringLiteral("text"), {m_ids[0]}).out, m_text);
        QCOMPARE(readAll(m_vault + QStringLiteral("/vault.index")), indexBefore);
        QCOMPARE(vaultFiles(), filesBefore);
        m_ids.removeLast();
        m_sources.removeLast();

        // Room again: the delete succeeds, and its open purges the expired document.
        QVERIFY(QFile::remove(filler));
        const ProcessResult del = cli(QStringLiteral("delete"), {m_ids[1]});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        const ProcessResult after = cli(QStringLiteral("list"), {QStringLiteral("--json")});
        QCOMPARE(idsInList(after.out), QStringList{m_ids[0]});
        QCOMPARE(cli(QStringLiteral("text"), {m_ids[0]}).out, m_text);
        QCOMPARE(cli(QStringLiteral("audit"), {QStringLiteral("--verify")}).exitCode, 0);
        // Left: the header, index, audit log, lock and the OCRed document's three blobs.
        const QStringList left = vaultFiles();
        QVERIFY2(left.filter(QStringLiteral("blobs/")).size() == 3, qPrintable(left.join(QLatin1Char(' '))));
        QCOMPARE(left.size(), 3 + 4);
    }

    void cleanupTestCase()
    {
        if (!m_fs.isEmpty())
            ::umount2(QFile::encodeName(m_fs).constData(), MNT_DETACH);
    }
};

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet(kInsideEnv) && !qEnvironmentVariableIsSet(kSkipEnv)) {
        const QByteArray why = reexecInNamespace(argv);
        ::setenv(kSkipEnv, why.constData(), 1);
    }
    QGuiApplication app(argc, argv);  // QPainter/QFont for the text page
    TestVaultDiskFull t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestVaultDiskFull.moc"
