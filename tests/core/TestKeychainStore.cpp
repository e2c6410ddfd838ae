#include "crypto/KeychainStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>
#include <cstring>
#include <sodium.h>
#include <thread>

// Talks to the real Secret Service. tests/run.sh provides one (gnome-keyring, unlocked, on a
// private D-Bus session, HOME and XDG dirs in a throw-away folder). Without one every test here
// FAILS on purpose: CI always has it, so a skip would only hide a broken setup.

using namespace vo;

namespace {

const QString kNotFoundHint =
    QStringLiteral("the vault key is not in the keychain (use 'vaultocr recover' with your recovery key)");

QByteArray hex(const SecureBuffer& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())).toHex(); }

QString randomHex(int bytes)
{
    SecureBuffer r = SecureBuffer::random(size_t(bytes));
    return QString::fromLatin1(hex(r));
}

// Child modes, so that a second process proves the key really lives in the keychain.
int childMain(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = QString::fromLocal8Bit(argv[1]);
    KeychainStore store(QString::fromLocal8Bit(argv[2]));
    const QString account = QString::fromLocal8Bit(argv[3]);
    QElapsedTimer t;
    t.start();
    Error err;
    bool ok = false;
    QByteArray value;
    if (mode == QStringLiteral("--kc-read")) {
        auto r = store.read(account);
        ok = r.ok();
        if (ok)
            value = hex(r.value());
        else
            err = r.error();
    } else if (mode == QStringLiteral("--kc-write") && argc == 5) {
        const QByteArray raw = QByteArray::fromHex(argv[4]);
        auto r = store.write(account, SecureBuffer::copyOf(raw.constData(), size_t(raw.size())));
        ok = r.ok();
        if (!ok)
            err = r.error();
    } else {
        return 2;
    }
    if (ok)
        std::printf("OK:%s\n", value.constData());
    else
        std::printf("ERR:%d:%s\n", int(err.code), err.message.toUtf8().constData());
    std::printf("MS:%lld\n", t.elapsed());
    return 0;
}

struct Outcome {
    bool ok = false;
    QString detail;
};

// write → read (same bytes) → remove → read (AuthFailed with the hint), all from the calling thread.
Outcome roundTripHere(const QString& service, const QString& account)
{
    KeychainStore store(service);
    SecureBuffer key = SecureBuffer::random(kKeyBytes);
    if (auto w = store.write(account, key); !w)
        return {false, QStringLiteral("write: ") + w.error().message};
    auto r = store.read(account);
    if (!r)
        return {false, QStringLiteral("read: ") + r.error().message};
    if (!r->equals(key))
        return {false, QStringLiteral("read returned other bytes")};
    if (auto d = store.remove(account); !d)
        return {false, QStringLiteral("remove: ") + d.error().message};
    auto gone = store.read(account);
    if (gone.ok() || gone.error().code != ErrorCode::AuthFailed || gone.error().message != kNotFoundHint)
        return {false, QStringLiteral("read after remove did not fail with the hint")};
    return {true, {}};
}

}  // namespace

class TestKeychainStore : public QObject {
    Q_OBJECT

    QString m_service;

    QProcess::ExitStatus runChild(const QStringList& args, QByteArray& out, const QProcessEnvironment& env = {})
    {
        QProcess p;
        if (!env.isEmpty())
            p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            out = "child timed out";
            return QProcess::CrashExit;
        }
        out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus();
    }

    QString fallbackFile() const
    {
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
        return config + QLatin1Char('/') + m_service + QStringLiteral(".conf");
    }

    void verifyNoPlaintextFallback()
    {
        QVERIFY2(!QFileInfo::exists(fallbackFile()), qPrintable(fallbackFile()));
        QVERIFY(!QFileInfo::exists(QDir::homePath() + QStringLiteral("/.config/") + m_service + QStringLiteral(".conf")));
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
        QVERIFY(!QFileInfo::exists(config + QLatin1Char('/') + m_service));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the keychain tests inside dbus-run-session with gnome-keyring unlocked "
                 "(see tests/run.sh)");
        // With HOME missing gnome-keyring cannot start and every job hangs 25 s (stack.md P8).
        QVERIFY2(QFileInfo(QDir::homePath()).isDir() && QFileInfo(QDir::homePath()).isWritable(),
                 "HOME must exist and be writable");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool (libsecret-tools) is needed");
        m_service = QStringLiteral("VaultOCR-test-") + randomHex(6);
        // Fail fast with the keychain's own words if the Secret Service is not there.
        KeychainStore store(m_service);
        auto probe = store.write(QStringLiteral("probe"), SecureBuffer::random(kKeyBytes));
        QVERIFY2(probe.ok(), qPrintable(QStringLiteral("the Secret Service is not usable: ") + probe.error().message));
        QVERIFY(store.remove(QStringLiteral("probe")).ok());
    }

    void writeHereReadInAnotherProcess()
    {
        KeychainStore store(m_service);
        const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        key.data()[3] = 0;  // embedded NUL and high bytes survive
        key.data()[4] = 0xff;
        QVERIFY(store.write(account, key).ok());
        QByteArray out;
        QCOMPARE(runChild({QStringLiteral("--kc-read"), m_service, account}, out), QProcess::NormalExit);
        QVERIFY2(out.contains("OK:" + hex(key) + "\n"), out.constData());
        QVERIFY(store.remove(account).ok());
    }

    void writeInAnotherProcessReadHere()
    {
        const QString account = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        QByteArray out;
        QCOMPARE(runChild({QStringLiteral("--kc-write"), m_service, account, QString::fromLatin1(hex(key))}, out),
                 QProcess::NormalExit);
        QVERIFY2(out.startsWith("OK:"), out.constData());
        KeychainStore store(m_service);
        auto r = store.read(account);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->equals(key));
        QVERIFY(store.remove(account).ok());
    }

    void secretServiceHoldsTheEntry()
    {
        KeychainStore store(m_service);
        const QString account = QStringLiteral("acct-") + randomHex(4);
        QVERIFY(store.write(account, SecureBuffer::random(kKeyBytes)).ok());
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service});
        QVERIFY(p.waitForFinished(20000));
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(out.contains(QStringLiteral("schema = org.qt.keychain")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("attribute.server = ") + m_service), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("attribute.user = ") + account), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("attribute.type = base64")), qPrintable(out));
        QVERIFY(store.remove(account).ok());
        verifyNoPlaintextFallback();
    }

    void overwriteReplaces()
    {
        KeychainStore store(m_service);
        const QString account = QStringLiteral("overwrite");
        SecureBuffer first = SecureBuffer::random(kKeyBytes);
        SecureBuffer second = SecureBuffer::random(kKeyBytes);
        QVERIFY(store.write(account, first).ok());
        QVERIFY(store.write(account, second).ok());
        auto r = store.read(account);
        QVERIFY(r.ok());
        QVERIFY(r->equals(second));
        QVERIFY(store.remove(account).ok());
    }

    void accountsAndServicesAreSeparate()
    {
        KeychainStore store(m_service);
        KeychainStore other(m_service + QStringLiteral("-other"));
        SecureBuffer a = SecureBuffer::random(kKeyBytes);
        SecureBuffer b = SecureBuffer::random(kKeyBytes);
        QVERIFY(store.write(QStringLiteral("vault-a"), a).ok());
        QVERIFY(store.write(QStringLiteral("vault-b"), b).ok());
        QVERIFY(store.read(QStringLiteral("vault-a"))->equals(a));
        QVERIFY(store.read(QStringLiteral("vault-b"))->equals(b));
        auto missing = other.read(QStringLiteral("vault-a"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, kNotFoundHint);
        QVERIFY(store.remove(QStringLiteral("vault-a")).ok());
        QVERIFY(store.read(QStringLiteral("vault-b"))->equals(b));  // removing one leaves the other
        QVERIFY(store.remove(QStringLiteral("vault-b")).ok());
    }

    void removedKeyIsAuthFailedWithRecoveryHint()
    {
        KeychainStore store(m_service);
        const QString account = QStringLiteral("removed");
        QVERIFY(store.write(account, SecureBuffer::random(kKeyBytes)).ok());
        QVERIFY(store.remove(account).ok());
        auto r = store.read(account);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(ErrorCode::AuthFailed));
        QCOMPARE(r.error().message, kNotFoundHint);
        QByteArray out;
        QCOMPARE(runChild({QStringLiteral("--kc-read"), m_service, account}, out), QProcess::NormalExit);
        QVERIFY2(out.contains(QByteArray("ERR:") + QByteArray::number(int(ErrorCode::AuthFailed)) + ':' + kNotFoundHint.toUtf8()),
                 out.constData());
        QVERIFY(store.remove(account).ok());  // removing what is not there is not an error
        auto never = store.read(QStringLiteral("never-written"));
        QCOMPARE(never.error().message, kNotFoundHint);
    }

    void worksFromQThreadWithoutEventLoop()
    {
        Outcome outcome;
        std::unique_ptr<QThread> t(QThread::create([&] { outcome = roundTripHere(m_service, QStringLiteral("qthread")); }));
        t->start();
        QVERIFY(t->wait(60000));  // the main thread blocks, as the CLI does
        QVERIFY2(outcome.ok, qPrintable(outcome.detail));
    }

    void worksFromStdThread()
    {
        Outcome outcome;
        std::thread t([&] { outcome = roundTripHere(m_service, QStringLiteral("stdthread")); });
        t.join();
        QVERIFY2(outcome.ok, qPrintable(outcome.detail));
    }

    void worksAcrossThreadsInTurn()
    {
        // Main thread first, then worker threads while the main thread is blocked, then main again.
        QVERIFY2(roundTripHere(m_service, QStringLiteral("turn-main-1")).ok, "main thread, first");
        for (int i = 0; i < 2; ++i) {
            Outcome outcome;
            std::thread t([&] {
                outcome = roundTripHere(m_service, QStringLiteral("turn-std-%1").arg(i));
                if (outcome.ok)
                    outcome = roundTripHere(m_service, QStringLiteral("turn-std-%1b").arg(i));
            });
            t.join();
            QVERIFY2(outcome.ok, qPrintable(outcome.detail));
        }
        Outcome q;
        std::unique_ptr<QThread> t(QThread::create([&] { q = roundTripHere(m_service, QStringLiteral("turn-qt")); }));
        t->start();
        QVERIFY(t->wait(60000));
        QVERIFY2(q.ok, qPrintable(q.detail));
        QVERIFY2(roundTripHere(m_service, QStringLiteral("turn-main-2")).ok, "main thread, again");
    }

    void concurrentThreads()
    {
        Outcome a, b;
        std::thread ta([&] { a = roundTripHere(m_service, QStringLiteral("conc-a")); });
        std::thread tb([&] { b = roundTripHere(m_service, QStringLiteral("conc-b")); });
        ta.join();
        tb.join();
        QVERIFY2(a.ok, qPrintable(a.detail));
        QVERIFY2(b.ok, qPrintable(b.detail));
    }

    void noSessionBusFailsFastAndClearly()
    {
        QTemporaryDir runtime;  // an empty XDG_RUNTIME_DIR: no $XDG_RUNTIME_DIR/bus to fall back on
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        for (const QString& mode : {QStringLiteral("--kc-read"), QStringLiteral("--kc-write")}) {
            QElapsedTimer timer;
            timer.start();
            QByteArray out;
            QStringList args = {mode, m_service, QStringLiteral("nobus")};
            if (mode == QStringLiteral("--kc-write"))
                args << QStringLiteral("00112233");
            QCOMPARE(runChild(args, out, env), QProcess::NormalExit);
            qInfo("%s without a session bus: %lld ms (%s)", qPrintable(mode), timer.elapsed(), out.trimmed().constData());
            QVERIFY2(timer.elapsed() < 5000, out.constData());
            QVERIFY2(out.contains(QByteArray("ERR:") + QByteArray::number(int(ErrorCode::AuthFailed))
                                  + ":the keychain is not reachable: "),
                     out.constData());
        }
        verifyNoPlaintextFallback();
    }

    void cleanupTestCase()
    {
        if (m_service.isEmpty())  // initTestCase already failed
            return;
        verifyNoPlaintextFallback();
        // Nothing of ours may be left behind in the keyring.
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service});
        p.waitForFinished(20000);
        const QByteArray out = p.readAll();
        QVERIFY2(!out.contains("attribute.server"), out.constData());
    }
};

int main(int argc, char** argv)
{
    if (argc >= 4 && std::strncmp(argv[1], "--kc-", 5) == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainStore.moc"
