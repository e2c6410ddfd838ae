// Rule 1 in the kernel: once the guard is installed no thread can open an internet socket.
#include "platform/NetworkGuard.h"

#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

class TestNetworkGuard : public QObject {
    Q_OBJECT

    std::thread m_early;
    std::atomic<bool> m_go{false};
    std::atomic<int> m_earlyErrno{0};

private slots:
    void initTestCase()
    {
        // A thread that exists before the filter is installed must be covered too (TSYNC).
        m_early = std::thread([this] {
            while (!m_go)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            m_earlyErrno = fd < 0 ? errno : 0;
            if (fd >= 0)
                ::close(fd);
        });
        QCOMPARE(vo::NetworkGuard::status().seccompMode, 0);
        QVERIFY(vo::NetworkGuard::install().ok());
        const auto st = vo::NetworkGuard::status();
        QVERIFY(st.installed);
        QCOMPARE(st.seccompMode, 2);
    }

    void internetSocketsRefused_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("type");
        QTest::newRow("inet tcp") << int(AF_INET) << int(SOCK_STREAM);
        QTest::newRow("inet udp") << int(AF_INET) << int(SOCK_DGRAM);
        QTest::newRow("inet6 tcp") << int(AF_INET6) << int(SOCK_STREAM);
        QTest::newRow("packet") << int(AF_PACKET) << int(SOCK_RAW);
        QTest::newRow("netlink") << int(AF_NETLINK) << int(SOCK_RAW);
    }
    void internetSocketsRefused()
    {
        QFETCH(int, family);
        QFETCH(int, type);
        errno = 0;
        const int fd = ::socket(family, type, 0);
        QCOMPARE(fd, -1);
        QCOMPARE(errno, EACCES);
    }

    void connectToLoopbackFails()
    {
        // Even the loopback: there is no socket to connect with.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QCOMPARE(fd, -1);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(9);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), -1);
    }

    void unixSocketsStillWork()
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        ::close(fd);
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
        ::close(pair[0]);
        ::close(pair[1]);
    }

    void ioUringRefused()
    {
        errno = 0;
        QCOMPARE(::syscall(__NR_io_uring_setup, 1, nullptr), -1L);
        QCOMPARE(errno, ENOSYS);
    }

    void threadsStartedEarlierAreCovered()
    {
        m_go = true;
        m_early.join();
        QCOMPARE(m_earlyErrno.load(), EACCES);
    }

    void newThreadsAreCovered()
    {
        int err = 0;
        std::thread t([&] {
            const int fd = ::socket(AF_INET6, SOCK_DGRAM, 0);
            err = fd < 0 ? errno : 0;
        });
        t.join();
        QCOMPARE(err, EACCES);
    }
};

QTEST_GUILESS_MAIN(TestNetworkGuard)
#include "TestNetworkGuard.moc"
