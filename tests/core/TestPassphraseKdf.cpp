#include "crypto/PassphraseKdf.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sodium.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace vo;

namespace {

SecureBuffer secure(const QByteArray& t) { return SecureBuffer::copyOf(t.constData(), size_t(t.size())); }
QByteArray bytes(const SecureBuffer& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())); }

// Child mode: read a passphrase from the terminal and report on stdout (which is the pty).
int readTtyChild(bool confirm)
{
    auto r = readPassphraseFromTerminal(QStringLiteral("Passphrase: "), confirm);
    if (r.ok())
        std::printf("RESULT:OK:%s\n", bytes(r.value()).toHex().constData());
    else
        std::printf("RESULT:ERR:%d:%s\n", int(r.error().code), r.error().message.toUtf8().constData());
    // Is echo back on afterwards?
    termios t {};
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (fd >= 0 && ::tcgetattr(fd, &t) == 0)
        std::printf("ECHO:%d\n", (t.c_lflag & ECHO) ? 1 : 0);
    std::fflush(stdout);
    return 0;
}

struct PtyRun {
    QByteArray output;  // everything the child wrote to its terminal
    int status = -1;
    bool echoAfter = false;  // the terminal's ECHO flag once the child has exited
};

// Reads from the pty master until `marker` appears (or EOF/timeout).
bool readUntil(int master, QByteArray& out, const QByteArray& marker, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (marker.isEmpty() || !out.contains(marker)) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0)
            return false;
        pollfd p {master, POLLIN, 0};
        if (::poll(&p, 1, left) <= 0)
            continue;
        char buf[512];
        const ssize_t n = ::read(master, buf, sizeof buf);
        if (n <= 0)  // EIO once the child closed the terminal
            return marker.isEmpty();
        out.append(buf, qsizetype(n));
    }
    return true;
}

// Runs this test binary as a child on a fresh pseudo-terminal and types `lines` after the prompts.
PtyRun runOnPty(bool confirm, const QList<QByteArray>& lines)
{
    PtyRun run;
    const QByteArray self = QCoreApplication::applicationFilePath().toLocal8Bit();
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return run;
    if (pid == 0) {
        const char* argv[] = {self.constData(), "--read-tty", confirm ? "1" : "0", nullptr};
        ::execv(self.constData(), const_cast<char* const*>(argv));
        ::_exit(127);
    }
    const QList<QByteArray> prompts = {"Passphrase: ", "Repeat the passphrase: "};
    for (int i = 0; i < lines.size(); ++i) {
        if (!readUntil(master, run.output, prompts.value(i, prompts.last()), 10000))
            break;
        ::write(master, lines[i].constData(), size_t(lines[i].size()));
    }
    readUntil(master, run.output, QByteArray(), 10000);
    ::waitpid(pid, &run.status, 0);
    termios t {};
    run.echoAfter = ::tcgetattr(master, &t) == 0 && (t.c_lflag & ECHO);
    ::close(master);
    return run;
}

}  // namespace

class TestPassphraseKdf : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return p;
    }

private slots:
    void moderateDefaults()
    {
        const KdfParams a = KdfParams::moderate();
        const KdfParams b = KdfParams::moderate();
        QCOMPARE(a.opsLimit, quint64(crypto_pwhash_OPSLIMIT_MODERATE));
        QCOMPARE(a.memLimit, quint64(crypto_pwhash_MEMLIMIT_MODERATE));
        QCOMPARE(a.memLimit, quint64(256) << 20);
        QCOMPARE(a.salt.size(), 16);
        QVERIFY(a.salt != b.salt);
    }

    void deriveIsArgon2idDeterministicAndSaltBound()
    {
        KdfParams p = KdfParams::moderate();
        p.salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        const SecureBuffer pass = secure("correct horse battery staple");
        QElapsedTimer t;
        t.start();
        auto a = deriveKey(pass, p);
        qInfo("one MODERATE derivation took %lld ms", t.elapsed());
        QVERIFY(a.ok());
        QCOMPARE(a->size(), kKeyBytes);

        // Same input → the same key as the raw Argon2id13 primitive (so: deterministic, and the
        // algorithm is Argon2id, not Argon2i).
        SecureBuffer raw(kKeyBytes);
        QCOMPARE(crypto_pwhash(raw.data(), raw.size(), reinterpret_cast<const char*>(pass.data()), pass.size(),
                               reinterpret_cast<const unsigned char*>(p.salt.constData()), p.opsLimit, size_t(p.memLimit),
                               crypto_pwhash_ALG_ARGON2ID13),
                 0);
        QVERIFY(a->equals(raw));

        KdfParams otherSalt = p;
        otherSalt.salt[15] = char(otherSalt.salt[15] ^ 1);
        auto b = deriveKey(pass, otherSalt);
        QVERIFY(b.ok());
        QVERIFY(!a->equals(b.value()));

        auto c = deriveKey(secure("correct horse battery stapl3"), p);
        QVERIFY(c.ok());
        QVERIFY(!a->equals(c.value()));
    }

    void weakOrBrokenParamsRefused_data()
    {
        QTest::addColumn<quint64>("ops");
        QTest::addColumn<quint64>("mem");
        QTest::addColumn<int>("saltSize");
        const quint64 ops = crypto_pwhash_OPSLIMIT_MODERATE, mem = crypto_pwhash_MEMLIMIT_MODERATE;
        QTest::newRow("interactive ops") << quint64(crypto_pwhash_OPSLIMIT_INTERACTIVE) << mem << 16;
        QTest::newRow("ops 0") << quint64(0) << mem << 16;
        QTest::newRow("interactive mem") << ops << quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE) << 16;
        QTest::newRow("mem 1 byte short") << ops << mem - 1 << 16;
        QTest::newRow("absurd ops") << quint64(1) << mem << 16;
        QTest::newRow("absurd mem") << ops << (quint64(1) << 40) << 16;
        QTest::newRow("absurd ops high") << quint64(1000000) << mem << 16;
        QTest::newRow("short salt") << ops << mem << 8;
        QTest::newRow("no salt") << ops << mem << 0;
        QTest::newRow("long salt") << ops << mem << 32;
    }
    void weakOrBrokenParamsRefused()
    {
        QFETCH(quint64, ops);
        QFETCH(quint64, mem);
        QFETCH(int, saltSize);
        KdfParams p {ops, mem, QByteArray(saltSize, 'x')};
        QElapsedTimer t;
        t.start();
        auto r = deriveKey(secure("passphrase"), p);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(ErrorCode::Usage));
        QVERIFY(t.elapsed() < 200);  // refused up front, not after burning a derivation
    }

    void emptyPassphraseRefused()
    {
        auto r = deriveKey(SecureBuffer(), KdfParams::moderate());
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(ErrorCode::Usage));
    }

    void passphraseFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("expected");  // empty = refused
        QTest::newRow("trailing newline") << QByteArray("s3cret pass\n") << QByteArray("s3cret pass");
        QTest::newRow("no newline") << QByteArray("s3cret pass") << QByteArray("s3cret pass");
        QTest::newRow("only one newline stripped") << QByteArray("s3cret\n\n") << QByteArray("s3cret\n");
        QTest::newRow("CRLF") << QByteArray("s3cret\r\n") << QByteArray("s3cret");
        QTest::newRow("spaces kept") << QByteArray("  spaced  \n") << QByteArray("  spaced  ");
        QTest::newRow("UTF-8 bytes kept") << QByteArray("p\xc3\xa4sswort\n") << QByteArray("p\xc3\xa4sswort");
        QTest::newRow("at the limit") << QByteArray(4096, 'a') + '\n' << QByteArray(4096, 'a');
        QTest::newRow("over the limit") << QByteArray(4097, 'a') << QByteArray();
        QTest::newRow("way over the limit") << QByteArray(100000, 'a') << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("just a newline") << QByteArray("\n") << QByteArray();
    }
    void passphraseFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, expected);
        const QString path = writeFile(QStringLiteral("pass.txt"), content);
        auto r = readPassphraseFromFile(path);
        if (expected.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(int(r.error().code), int(ErrorCode::Usage));
            QVERIFY(!r.error().message.isEmpty());
        } else {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(bytes(r.value()), expected);
        }
    }

    void passphraseFileMissing()
    {
        auto r = readPassphraseFromFile(m_dir.filePath(QStringLiteral("nope.txt")));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(ErrorCode::Usage));
        QVERIFY(r.error().message.contains(QStringLiteral("passphrase file")));
    }

    void terminalReadsWithoutEcho()
    {
        const PtyRun run = runOnPty(false, {"hunter2 is my pass\n"});
        QVERIFY2(WIFEXITED(run.status) && WEXITSTATUS(run.status) == 0, run.output.constData());
        QVERIFY2(run.output.contains("Passphrase: "), run.output.constData());
        QVERIFY2(run.output.contains("RESULT:OK:" + QByteArray("hunter2 is my pass").toHex()), run.output.constData());
        QVERIFY2(!run.output.contains("hunter2"), "the passphrase was echoed to the terminal");
        QVERIFY2(run.output.contains("ECHO:1"), "echo was not restored");
        QVERIFY(run.echoAfter);
    }

    void terminalConfirmMatches()
    {
        const PtyRun run = runOnPty(true, {"two words\n", "two words\n"});
        QVERIFY2(run.output.contains("RESULT:OK:" + QByteArray("two words").toHex()), run.output.constData());
        QVERIFY(!run.output.contains("two words"));
        QVERIFY(run.output.contains("ECHO:1"));
    }

    void terminalConfirmMismatchRefused()
    {
        const PtyRun run = runOnPty(true, {"first try\n", "first trx\n"});
        QVERIFY2(run.output.contains(QByteArray("RESULT:ERR:") + QByteArray::number(int(ErrorCode::Usage))
                                     + ":the passphrases do not match"),
                 run.output.constData());
        QVERIFY(run.output.contains("ECHO:1"));
    }

    void terminalEmptyRefused()
    {
        const PtyRun run = runOnPty(false, {"\n"});
        QVERIFY2(run.output.contains(QByteArray("RESULT:ERR:") + QByteArray::number(int(ErrorCode::Usage))
                                     + ":the passphrase is empty"),
                 run.output.constData());
    }

    void ctrlCRestoresEchoThenDies()
    {
        // ^C typed at the prompt: the line discipline sends SIGINT; the process must still die of
        // it (default action), but only after turning echo back on.
        const PtyRun run = runOnPty(false, {"half a pass\x03"});
        QVERIFY2(WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGINT, run.output.constData());
        QVERIFY(!run.output.contains("RESULT:"));
        QVERIFY2(run.echoAfter, "echo left off after Ctrl-C");
        QVERIFY(!run.output.contains("half a pass"));
    }

    void noTerminalIsAuthFailed()
    {
        // A new session has no controlling terminal, as under a service manager or in CI.
        QProcess p;
        p.setChildProcessModifier([] { ::setsid(); });
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read-tty"), QStringLiteral("0")});
        QVERIFY(p.waitForFinished(10000));
        const QByteArray out = p.readAll();
        QVERIFY2(out.contains(QByteArray("RESULT:ERR:") + QByteArray::number(int(ErrorCode::AuthFailed))
                              + ":no terminal to read the passphrase from; use --passphrase-file"),
                 out.constData());
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--read-tty") == 0)
        return readTtyChild(std::strcmp(argv[2], "1") == 0);
    QCoreApplication app(argc, argv);
    TestPassphraseKdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestPassphraseKdf.moc"
