#include "crypto/SecureBuffer.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>
#include <vector>

using namespace vo;

class TestSecureBuffer : public QObject {
    Q_OBJECT
private slots:
    void emptyByDefault()
    {
        SecureBuffer b;
        QVERIFY(b.isEmpty());
        QCOMPARE(b.size(), size_t(0));
        QVERIFY(b.data() == nullptr);
        SecureBuffer zero(0);
        QVERIFY(zero.isEmpty());
    }

    void zeroFilled()
    {
        SecureBuffer b(4096);
        QCOMPARE(b.size(), size_t(4096));
        QVERIFY(!b.isEmpty());
        for (size_t i = 0; i < b.size(); ++i)
            QCOMPARE(int(b.data()[i]), 0);
    }

    void copyOfCopiesBytes()
    {
        const char text[] = "correct horse battery staple";
        SecureBuffer b = SecureBuffer::copyOf(text, sizeof text - 1);
        QCOMPARE(b.size(), sizeof text - 1);
        QVERIFY(std::memcmp(b.data(), text, b.size()) == 0);
        QVERIFY(static_cast<const void*>(b.data()) != static_cast<const void*>(text));
        SecureBuffer l = b.left(7);
        QCOMPARE(l.size(), size_t(7));
        QVERIFY(std::memcmp(l.data(), "correct", 7) == 0);
    }

    void moveTransfersOwnership()
    {
        SecureBuffer a = SecureBuffer::random(32);
        unsigned char* p = a.data();
        SecureBuffer b(std::move(a));
        QVERIFY(a.isEmpty());           // NOLINT(bugprone-use-after-move): checking the moved-from state
        QVERIFY(a.data() == nullptr);   // NOLINT
        QCOMPARE(b.data(), p);
        QCOMPARE(b.size(), size_t(32));

        SecureBuffer c(8);
        c = std::move(b);
        QVERIFY(b.isEmpty());  // NOLINT
        QCOMPARE(c.data(), p);
        QCOMPARE(c.size(), size_t(32));

        SecureBuffer& alias = c;
        c = std::move(alias);  // self-move keeps the contents
        QCOMPARE(c.data(), p);
        QCOMPARE(c.size(), size_t(32));
        static_assert(!std::is_copy_constructible_v<SecureBuffer>);
        static_assert(!std::is_copy_assignable_v<SecureBuffer>);
        static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
    }

    void randomDiffers()
    {
        SecureBuffer a = SecureBuffer::random(32);
        SecureBuffer b = SecureBuffer::random(32);
        SecureBuffer zero(32);
        QVERIFY(!a.equals(b));
        QVERIFY(!a.equals(zero));
        QVERIFY(!b.equals(zero));
        // 4 KiB of randomness: every byte value should turn up (P(miss) ~ 256 * e^-16).
        SecureBuffer big = SecureBuffer::random(4096);
        bool seen[256] = {};
        for (size_t i = 0; i < big.size(); ++i)
            seen[big.data()[i]] = true;
        QCOMPARE(int(std::count(std::begin(seen), std::end(seen), true)), 256);
    }

    void equalsComparesContentsAndSize()
    {
        SecureBuffer a = SecureBuffer::random(64);
        SecureBuffer b = SecureBuffer::copyOf(a.data(), a.size());
        QVERIFY(a.equals(b));
        QVERIFY(b.equals(a));
        for (size_t pos : {size_t(0), size_t(31), size_t(63)}) {
            b.data()[pos] ^= 0x01;
            QVERIFY2(!a.equals(b), qPrintable(QStringLiteral("one bit differs at %1").arg(pos)));
            b.data()[pos] ^= 0x01;
        }
        QVERIFY(a.equals(b));
        SecureBuffer shorter = SecureBuffer::copyOf(a.data(), 63);  // a prefix is not equal
        QVERIFY(!a.equals(shorter));
        QVERIFY(SecureBuffer().equals(SecureBuffer()));
        QVERIFY(!SecureBuffer().equals(a));
    }

    void wipeEmpties()
    {
        SecureBuffer a = SecureBuffer::random(32);
        a.wipe();
        QVERIFY(a.isEmpty());
        QVERIFY(a.data() == nullptr);
        a.wipe();  // idempotent
        QVERIFY(a.isEmpty());
    }

    void sodiumInitFromManyThreads()
    {
        std::atomic<int> ok {0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i)
            threads.emplace_back([&ok] {
                if (ensureSodium()) {
                    SecureBuffer b = SecureBuffer::random(32);
                    if (b.size() == 32)
                        ++ok;
                }
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(ok.load(), 8);
    }
};

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "TestSecureBuffer.moc"
