// The vault commands end to end, on the built binary, with the real keychain (gnome-keyring on the
// test session bus), real tesseract and real files: a key written by one process is read by the
// next, a removed keychain entry fails with the recovery hint and `recover` brings it back, no
// QtKeychain plaintext fallback file ever appears, passphrase mode, expiry, delete-now shredding,
// tampering, the writer lock and exit codes.
#include "VaultCliSupport.h"

#include "crypto/KeychainStore.h"
#include "vault/IndexFile.h"
#include "vault/VaultHeader.h"

#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QRandomGenerator>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace vo;
using namespace vo::test;

class TestVaultCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QStringList m_uuids;

    VaultCli newVault() { ++m_n; return VaultCli(m_dir.filePath(QStringLiteral("v%1").arg(m_n)), m_dir.filePath(QStringLiteral("tmp%1").arg(m_n))); }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return p;
    }

    QString noisePng(const QString& name, int w, int h)
    {
        // Random noise, so the PNG does not compress: about w*h*3 bytes.
        QImage img(w, h, QImage::Format_RGB888);
        QRandomGenerator rng{quint32(qHash(name)) + quint32(m_n)};
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w * 3; ++x)
                img.scanLine(y)[x] = uchar(rng.generate());
        const QString p = m_dir.filePath(name);
        img.save(p, "PNG");
        return p;
    }

    QByteArray initVault(const VaultCli& cli, const QStringList& extra = {})
    {
        const ProcessResult r = cli(QStringLiteral("init"), extra);
        if (r.exitCode != 0)
            qWarning("init failed: %s", r.err.constData());
        m_uuids << vaultUuidFrom(r.out);
        return r.exitCode == 0 ? r.out : QByteArray();
    }

    static QString err(const ProcessResult& r) { return QString::fromUtf8(r.err); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        QVERIFY(!vaultocrBinary().isEmpty());
    }

    void keychainAcrossProcessesAndRecovery()
    {
        const VaultCli cli = newVault();
        const QByteArray init = initVault(cli);
        QVERIFY(!init.isEmpty());
        const QString recovery = recoveryKeyFrom(init);
        const QString uuid = vaultUuidFrom(init);
        QVERIFY2(!recovery.isEmpty() && !uuid.isEmpty(), init.constData());

        const QString png = noisePng(QStringLiteral("scan.png"), 300, 200);
        const ProcessResult imp = cli(QStringLiteral("import"), {png, QStringLiteral("--no-ocr"), QStringLiteral("--class"), QStringLiteral("low")});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        const QStringList ids = idsFrom(imp.out);
        QCOMPARE(ids.size(), 1);
        const ProcessResult list = cli(QStringLiteral("list"), {QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject doc = findDoc(listJson(list), ids[0]);
        QCOMPARE(doc.value(QStringLiteral("name")).toString(), QStringLiteral("scan.png"));
        QCOMPARE(doc.value(QStringLiteral("class")).toString(), QStringLiteral("low"));
        QCOMPARE(doc.value(QStringLiteral("pages")).toInt(), 1);
        const QDateTime created = QDateTime::fromString(doc.value(QStringLiteral("created")).toString(), Qt::ISODate);
        const QDateTime expires = QDateTime::fromString(doc.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        QVERIFY(doc.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(created.secsTo(expires), 90 * 86400);
        const QString out = m_dir.filePath(QStringLiteral("back.png"));
        QCOMPARE(cli(QStringLiteral("export"), {ids[0], QStringLiteral("--original"), QStringLiteral("-o"), out}).exitCode, 0);
        QCOMPARE(readBytes(out), readBytes(png));

        // The keychain entry disappears: open fails with the recovery hint, recover restores it.
        KeychainStore keychain;
        QVERIFY(keychain.read(uuid).ok());
        QVERIFY(keychain.remove(uuid).ok());
        const ProcessResult lost = cli(QStringLiteral("list"));
        QCOMPARE(lost.exitCode, 7);
        QVERIFY2(err(lost).contains(QStringLiteral("vaultocr recover")), lost.err.constData());
        const QString wrongKey = writeFile(QStringLiteral("wrong.key"), "AAAA-BBBB-CCCC\n");
        QCOMPARE(cli(QStringLiteral("recover"), {QStringLiteral("--recovery-key-file"), wrongKey}).exitCode, 2);
        const QString keyFile = writeFile(QStringLiteral("recovery.key"), recovery.toLower().toLatin1() + "\n");
        const ProcessResult rec = cli(QStringLiteral("recover"), {QStringLiteral("--recovery-key-file"), keyFile});
        QVERIFY2(rec.exitCode == 0, rec.err.constData());
        QCOMPARE(cli(QStringLiteral("list")).exitCode, 0);
        QVERIFY(cli(QStringLiteral("audit")).out.contains("recovered"));

        // QtKeychain's plaintext fallback never wrote anything.
        for (const QString& dir : {QDir::homePath() + QStringLiteral("/.config"),
                                   QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
            QVERIFY2(!QFile::exists(dir + QStringLiteral("/VaultOCR.conf")), qPrintable(dir));
            QVERIFY(!QFile::exists(dir + QStringLiteral("/VaultOCR/VaultOCR.conf")));
        }
    }

    void passphraseMode()
    {
        const VaultCli cli = newVault();
        const QString pass = writeFile(QStringLiteral("pass.txt"), "tr0ub4dor&3\n");
        const QString wrong = writeFile(QStringLiteral("wrong.txt"), "tr0ub4dor&4\n");
        const QByteArray init = initVault(cli, {QStringLiteral("--passphrase-file"), pass});
        QVERIFY(init.contains("passphrase"));
        QVERIFY(!KeychainStore().read(vaultUuidFrom(init)).ok());
        const ProcessResult bad = cli(QStringLiteral("list"), {QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(bad.exitCode, 7);
        QVERIFY(err(bad).contains(QStringLiteral("wrong passphrase")));
        QCOMPARE(cli(QStringLiteral("list"), {QStringLiteral("--passphrase-file"), pass}).exitCode, 0);
        // No terminal and no file: a clear error, not a hang.
        QCOMPARE(cli(QStringLiteral("list")).exitCode, 7);
    }

    // No Secret Service reachable: init says so and points at passphrase mode; never a key file.
    void noKeychainSuggestsPassphraseMode()
    {
        const VaultCli cli = newVault();
        QProcessEnvironment env = cli.env();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        const ProcessResult r = run(vaultocrBinary(), {QStringLiteral("init"), QStringLiteral("--vault"), cli.vault()}, env, 60000);
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(err(r).contains(QStringLiteral("--passphrase")), r.err.constData());
        QVERIFY(!QFile::exists(cli.vault() + QStringLiteral("/vault.header")));
        QVERIFY(!QFile::exists(cli.vault() + QStringLiteral("/vault.index")));
        const QString pass = writeFile(QStringLiteral("nokc-pass.txt"), "air gapped workstation\n");
        const ProcessResult ok = run(vaultocrBinary(), {QStringLiteral("init"), QStringLiteral("--vault"), cli.vault(),
                                                        QStringLiteral("--passphrase-file"), pass}, env, 60000);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(run(vaultocrBinary(), {QStringLiteral("list"), QStringLiteral("--vault"), cli.vault(),
                                        QStringLiteral("--passphrase-file"), pass}, env, 60000).exitCode, 0);
    }

    // A locked keyring (its unlock prompt cannot be shown: no display) is named as such — not
    // "the key is not in the keychain", which would send the user to recovery — and loses
    // nothing: once the keyring is unlocked the same document reads back and the trail verifies.
    // Its own D-Bus session and keyring, so locking it cannot disturb tests running beside it.
    void lockedKeychainIsNamedAndLosesNothing()
    {
        QTemporaryDir root;
        const QString page = root.filePath(QStringLiteral("page.png"));
        QVERIFY(renderTextPage(page, {QStringLiteral("Quarterly review record")}));
        const QString script = root.filePath(QStringLiteral("locked.sh"));
        QVERIFY(writeBytes(script, R"(set -u
root=$1; bin=$2; page=$3; v=$root/vault
export HOME=$root/home XDG_DATA_HOME=$root/data XDG_CONFIG_HOME=$root/config XDG_CACHE_HOME=$root/cache XDG_RUNTIME_DIR=$root/run
unset DISPLAY WAYLAND_DISPLAY
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
printf %s keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$bin" init --vault "$v" >/dev/null 2>"$root/init.err"; echo "init $?"
id=$("$bin" import "$page" --vault "$v" 2>"$root/import.err"); echo "import $? $id"
dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets   org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null; echo "lock $?"
"$bin" text "$id" --vault "$v" >"$root/locked.out" 2>"$root/locked.err"; echo "locked-text $?"
printf %s keyring-pw | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null 2>&1; echo "unlock $?"
# The replacing daemon takes over the bus name as it starts: poll (bounded) until it answers.
for i in $(seq 100); do
  "$bin" text "$id" --vault "$v" >"$root/after.out" 2>"$root/after.err" && break
  sleep 0.1
done
echo "after-text $i"
"$bin" audit --verify --vault "$v" >/dev/null 2>&1; echo "verify $?"
)"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const ProcessResult r = run(QStringLiteral("dbus-run-session"),
                                    {QStringLiteral("--"), QStringLiteral("bash"), script, root.path(), vaultocrBinary(), page},
                                    env, 240'000);
        QMap<QString, QString> step;
        for (const QByteArray& line : r.out.split('\n')) {
            const QString l = QString::fromUtf8(line);
            step.insert(l.section(QLatin1Char(' '), 0, 0), l.section(QLatin1Char(' '), 1));
        }
        const QByteArray context = r.out + r.err + readBytes(root.filePath(QStringLiteral("import.err")));
        QVERIFY2(step.value(QStringLiteral("init")) == QLatin1String("0"), context.constData());
        QVERIFY2(step.value(QStringLiteral("import")).startsWith(QLatin1String("0 ")), context.constData());
        QCOMPARE(step.value(QStringLiteral("lock")), QStringLiteral("0"));
        QCOMPARE(step.value(QStringLiteral("locked-text")), QStringLiteral("7"));
        const QString locked = QString::fromUtf8(readBytes(root.filePath(QStringLiteral("locked.err"))));
        QVERIFY2(locked.contains(QStringLiteral("keychain is locked")) && !locked.contains(QStringLiteral("recover")),
                 qPrintable(locked));
        QVERIFY(readBytes(root.filePath(QStringLiteral("locked.out"))).isEmpty());
        QCOMPARE(step.value(QStringLiteral("unlock")), QStringLiteral("0"));
        QVERIFY2(step.value(QStringLiteral("after-text")).toInt() < 100,
                 readBytes(root.filePath(QStringLiteral("after.err"))).constData());
        QVERIFY(readBytes(root.filePath(QStringLiteral("after.out"))).contains("Quarterly review record"));
        QCOMPARE(step.value(QStringLiteral("verify")), QStringLiteral("0"));
    }

    void expiryRefusesThenPurges()
    {
        const VaultCli cli = newVault();
        QVERIFY(!initVault(cli).isEmpty());
        const QString page = m_dir.filePath(QStringLiteral("expiring.png"));
        QVERIFY(renderTextPage(page, {QStringLiteral("Short lived document")}));
        const ProcessResult imp = cli(QStringLiteral("import"), {page, QStringLiteral("--expires-in"), QStringLiteral("2s")});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
        const QString id = idsFrom(imp.out).value(0);
        const ProcessResult before = cli(QStringLiteral("text"), {id});
        QCOMPARE(before.exitCode, 0);
        QVERIFY2(before.out.contains("Short lived"), before.out.constData());
        const ProcessResult imp2 = cli(QStringLiteral("import"), {noisePng(QStringLiteral("e2.png"), 50, 50), QStringLiteral("--no-ocr"),
                                                             QStringLiteral("--expires-in"), QStringLiteral("2s")});
        const QString id2 = idsFrom(imp2.out).value(0);
        QThread::sleep(3);
        const ProcessResult after = cli(QStringLiteral("text"), {id});
        QCOMPARE(after.exitCode, 10);
        QVERIFY2(err(after).contains(QStringLiteral("expired")), after.err.constData());
        QVERIFY(after.out.isEmpty());
        const ProcessResult purge = cli(QStringLiteral("purge"));
        QCOMPARE(purge.exitCode, 0);
        const QJsonArray docs = listJson(cli(QStringLiteral("list"), {QStringLiteral("--json")}));
        QVERIFY(findDoc(docs, id).isEmpty() && findDoc(docs, id2).isEmpty());
        const QByteArray audit = cli(QStringLiteral("audit")).out;
        QVERIFY2(audit.contains(QByteArray("expiry-purge     ") + id.toLatin1()), audit.constData());
        QVERIFY(audit.contains(QByteArray("expiry-purge     ") + id2.toLatin1()));
        QCOMPARE(cli(QStringLiteral("audit"), {QStringLiteral("--verify")}).exitCode, 0);
        // And `purge` itself removes what expired since.
        const QString id3 = idsFrom(cli(QStringLiteral("import"), {noisePng(QStringLiteral("e3.png"), 50, 50), QStringLiteral("--no-ocr"),
                                                                  QStringLiteral("--expires-in"), QStringLiteral("1s")}).out).value(0);
        QThread::sleep(2);
        const ProcessResult purge2 = cli(QStringLiteral("purge"));
        QVERIFY2(purge2.out.contains("purged 1"), purge2.out.constData());
        QVERIFY(cli(QStringLiteral("audit")).out.contains(QByteArray("expiry-purge     ") + id3.toLatin1()));
    }

    void deleteMakesOldIndexUndecryptable()
    {
        const VaultCli cli = newVault();
        const QByteArray init = initVault(cli);
        const QStringList ids = idsFrom(cli(QStringLiteral("import"), {noisePng(QStringLiteral("d1.png"), 60, 60), noisePng(QStringLiteral("d2.png"), 70, 60),
                                                                     QStringLiteral("--no-ocr")}).out);
        QCOMPARE(ids.size(), 2);
        const QByteArray before = readBytes(cli.vault() + QStringLiteral("/vault.index"));
        const ProcessResult del = cli(QStringLiteral("delete"), {ids[0]});
        QVERIFY2(del.exitCode == 0, del.err.constData());
        QCOMPARE(cli(QStringLiteral("delete"), {QStringLiteral("0123456789abcdef")}).exitCode, 9);
        auto header = VaultHeader::read(cli.vault() + QStringLiteral("/vault.header"));
        QVERIFY(header.ok());
        KeychainStore keychain;
        auto key = keychain.read(header->account());
        QVERIFY(key.ok());
        QVERIFY(!keychain.read(header->account() + QStringLiteral(".next")).ok());
        auto oldEnv = index_file::decode(before);
        QVERIFY(oldEnv.ok());
        QCOMPARE(index_file::open(oldEnv.value(), header.value(), key.value()).error().code, ErrorCode::Integrity);
        auto nowEnv = index_file::read(cli.vault() + QStringLiteral("/vault.index"));
        QVERIFY(index_file::open(nowEnv.value(), header.value(), key.value()).ok());  // control
        QCOMPARE(cli(QStringLiteral("export"), {ids[1], QStringLiteral("--original"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("d2back.png"))}).exitCode, 0);
        QCOMPARE(readBytes(m_dir.filePath(QStringLiteral("d2back.png"))), readBytes(m_dir.filePath(QStringLiteral("d2.png"))));
    }

    void tamperingGivesDocumentedErrors()
    {
        const VaultCli cli = newVault();
        QVERIFY(!initVault(cli).isEmpty());
        const QString a = idsFrom(cli(QStringLiteral("import"), {noisePng(QStringLiteral("ta.png"), 400, 300), QStringLiteral("--no-ocr")}).out).value(0);
        const QStringList blobsA = QDir(cli.vault() + QStringLiteral("/blobs")).entryList(QDir::Files);
        const QString b = idsFrom(cli(QStringLiteral("import"), {noisePng(QStringLiteral("tb.png"), 400, 300), QStringLiteral("--no-ocr")}).out).value(0);
        QCOMPARE(blobsA.size(), 1);
        auto roundTrip = [&](const QString& path, qint64 offset, const QString& cmd, const QStringList& args) {
            const QByteArray saved = readBytes(path);
            flipFileByte(path, offset);
            const ProcessResult r = cli(cmd, args);
            QFile f(path);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(saved);
            return r;
        };
        const ProcessResult h = roundTrip(cli.vault() + QStringLiteral("/vault.header"), 30, QStringLiteral("list"), {});
        QCOMPARE(h.exitCode, 8);
        QVERIFY(err(h).contains(QStringLiteral("header")));
        const ProcessResult i = roundTrip(cli.vault() + QStringLiteral("/vault.index"), -40, QStringLiteral("list"), {});
        QCOMPARE(i.exitCode, 8);
        QVERIFY(err(i).contains(QStringLiteral("index")));
        const QString blob = cli.vault() + QStringLiteral("/blobs/") + blobsA[0];
        const QString outA = m_dir.filePath(QStringLiteral("ta-out.png"));
        QVERIFY(QFileInfo(blob).size() > 300000);  // several chunks: the flip lands inside one
        const ProcessResult c = roundTrip(blob, 200000, QStringLiteral("export"), {a, QStringLiteral("--original"), QStringLiteral("-o"), outA});
        QCOMPARE(c.exitCode, 8);
        QVERIFY(!QFile::exists(outA));
        QCOMPARE(cli(QStringLiteral("export"), {b, QStringLiteral("--original"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("tb-out.png"))}).exitCode, 0);
        QCOMPARE(readBytes(m_dir.filePath(QStringLiteral("tb-out.png"))), readBytes(m_dir.filePath(QStringLiteral("tb.png"))));
        // An audit record: --verify names it, and keeps naming it (no later append hides it).
        QCOMPARE(cli(QStringLiteral("audit"), {QStringLiteral("--verify")}).exitCode, 0);
        QVERIFY(flipFileByte(cli.vault() + QStringLiteral("/audit.log"), 104 * 2 + 40));
        for (int i = 0; i < 2; ++i) {
            const ProcessResult au = cli(QStringLiteral("audit"), {QStringLiteral("--verify")});
            QCOMPARE(au.exitCode, 8);
            QVERIFY2(err(au).contains(QStringLiteral("record 3")), au.err.constData());
        }
        QCOMPARE(cli(QStringLiteral("audit")).exitCode, 8);  // listing refuses too, never garbage
    }

    void secondWriterAndExitCodes()
    {
        const VaultCli cli = newVault();
        QVERIFY(!initVault(cli).isEmpty());
        const QString png = noisePng(QStringLiteral("w.png"), 50, 50);
        const int fd = ::open(QFile::encodeName(cli.vault() + QStringLiteral("/vault.lock")).constData(), O_RDWR);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);  // another "writer"
        const ProcessResult busy = cli(QStringLiteral("import"), {png, QStringLiteral("--no-ocr")});
        QCOMPARE(busy.exitCode, 6);
        QVERIFY(err(busy).contains(QStringLiteral("in use")));
        QCOMPARE(cli(QStringLiteral("list")).exitCode, 0);  // readers fall back to read-only
        ::close(fd);
        QCOMPARE(cli(QStringLiteral("import"), {png, QStringLiteral("--no-ocr")}).exitCode, 0);
        QCOMPARE(cli(QStringLiteral("import"), {png, QStringLiteral("--class"), QStringLiteral("secret")}).exitCode, 2);
        QCOMPARE(cli(QStringLiteral("import"), {png, QStringLiteral("--expires-in"), QStringLiteral("3 weeks")}).exitCode, 2);
        QCOMPARE(cli(QStringLiteral("text"), {QStringLiteral("0123456789abcdef")}).exitCode, 9);
        QCOMPARE(cli(QStringLiteral("import"), {m_dir.filePath(QStringLiteral("nope.png"))}).exitCode, 3);
        QCOMPARE(cli(QStringLiteral("init")).exitCode, 2);  // already a vault here
        const VaultCli none(m_dir.filePath(QStringLiteral("no-vault")), m_dir.filePath(QStringLiteral("tmpx")));
        QCOMPARE(none(QStringLiteral("list")).exitCode, 6);
        QVERIFY(cli(QStringLiteral("import"), {QStringLiteral("--help")}).out.contains("Exit codes"));
    }

    void vaultLocationFromEnvironment()
    {
        const VaultCli cli = newVault();
        QVERIFY(!initVault(cli).isEmpty());
        const QString id = idsFrom(cli(QStringLiteral("import"), {noisePng(QStringLiteral("env.png"), 30, 30), QStringLiteral("--no-ocr")}).out).value(0);
        QProcessEnvironment env = cli.env();
        env.insert(QStringLiteral("VAULTOCR_VAULT"), cli.vault());
        const ProcessResult viaEnv = run(vaultocrBinary(), {QStringLiteral("list")}, env);
        QCOMPARE(viaEnv.exitCode, 0);
        QVERIFY(viaEnv.out.contains(id.toLatin1()));
        // --vault wins over the environment.
        const ProcessResult explicitDir = run(vaultocrBinary(), {QStringLiteral("list"), QStringLiteral("--vault"),
                                                                 m_dir.filePath(QStringLiteral("elsewhere"))}, env);
        QCOMPARE(explicitDir.exitCode, 6);
        // Neither: the XDG data folder (empty here), never the current directory.
        env.remove(QStringLiteral("VAULTOCR_VAULT"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        const ProcessResult none = run(vaultocrBinary(), {QStringLiteral("list")}, env);
        QCOMPARE(none.exitCode, 6);
        QVERIFY2(err(none).contains(QStringLiteral("vaultocr init")), none.err.constData());
        const ProcessResult xdgInit = run(vaultocrBinary(), {QStringLiteral("init")}, env);
        QCOMPARE(xdgInit.exitCode, 0);
        m_uuids << vaultUuidFrom(xdgInit.out);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("xdg-data/VaultOCR/VaultOCR/vault/vault.header"))));
        const ProcessResult created = run(vaultocrBinary(), {QStringLiteral("list"), QStringLiteral("--json")}, env);
        QCOMPARE(created.exitCode, 0);
    }

    // A write that fails for lack of space (simulated with RLIMIT_FSIZE: EFBIG instead of ENOSPC,
    // the same error path) is a clear error and leaves the vault exactly as it was.
    void fullDiskLeavesVaultUnchanged()
    {
        const VaultCli cli = newVault();
        QVERIFY(!initVault(cli).isEmpty());
        const QString keep = idsFrom(cli(QStringLiteral("import"), {noisePng(QStringLiteral("small.png"), 40, 40), QStringLiteral("--no-ocr")}).out).value(0);
        QVERIFY(!keep.isEmpty());
        const QByteArray listBefore = cli(QStringLiteral("list"), {QStringLiteral("--json")}).out;
        const QStringList blobsBefore = QDir(cli.vault() + QStringLiteral("/blobs")).entryList(QDir::Files | QDir::Hidden);
        const QString big = noisePng(QStringLiteral("big.png"), 900, 800);  // ~2 MB
        QVERIFY(QFileInfo(big).size() > 2000000);
        QProcessEnvironment env = cli.env();
        const ProcessResult r = run(QStringLiteral("bash"),
                                    {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 512; exec \"$0\" \"$@\""),
                                     vaultocrBinary(), QStringLiteral("import"), QStringLiteral("--vault"), cli.vault(), big,
                                     QStringLiteral("--no-ocr")}, env);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(err(r).contains(QStringLiteral("not stored")), r.err.constData());
        QCOMPARE(err(r).count(QLatin1Char('\n')), 1);  // one line
        QCOMPARE(cli(QStringLiteral("list"), {QStringLiteral("--json")}).out, listBefore);
        QCOMPARE(QDir(cli.vault() + QStringLiteral("/blobs")).entryList(QDir::Files | QDir::Hidden), blobsBefore);
        QCOMPARE(cli(QStringLiteral("export"), {keep, QStringLiteral("--original"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("small-back.png"))}).exitCode, 0);
    }

    void cleanupTestCase()
    {
        KeychainStore keychain;
        for (const QString& u : m_uuids) {
            if (!u.isEmpty())
                (void)keychain.remove(u);
        }
    }
};

QTEST_MAIN(TestVaultCli)
#include "TestVaultCli.moc"
