#include "crypto/RecoveryKey.h"

#include <QtTest>

#include <sodium.h>

using namespace vo;

namespace {

const QByteArray kAlphabet = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

// Test-only conversions: the real code never puts key text in a QByteArray.
QByteArray text(const SecureBuffer& b) { return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size())); }
SecureBuffer secure(const QByteArray& t) { return SecureBuffer::copyOf(t.constData(), size_t(t.size())); }

SecureBuffer keyFromHex(const char* hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    return SecureBuffer::copyOf(raw.constData(), size_t(raw.size()));
}

// Independent re-implementation of the documented checksum: Σ (i+1)·s_i mod 1048573 over the
// 52 data symbols, written as 4 base32 symbols, most significant first.
QByteArray checksumGroup(const QByteArray& dataSymbols)
{
    quint64 sum = 0;
    for (int i = 0; i < dataSymbols.size(); ++i)
        sum += quint64(i + 1) * quint64(kAlphabet.indexOf(dataSymbols[i]));
    sum %= 1048573;
    QByteArray g;
    for (int i = 3; i >= 0; --i)
        g += kAlphabet[int((sum >> (5 * i)) & 31)];
    return g;
}

QByteArray grouped(const QByteArray& symbols)
{
    QByteArray out;
    for (int i = 0; i < symbols.size(); i += 4)
        out += (i ? "-" : "") + symbols.mid(i, 4);
    return out;
}

void expectMistyped(const QByteArray& t, const QString& what)
{
    auto r = parseRecoveryKey(secure(t));
    QVERIFY2(!r.ok(), qPrintable(what + QStringLiteral(" was accepted: ") + QString::fromLatin1(t)));
    QCOMPARE(int(r.error().code), int(ErrorCode::Usage));
    QVERIFY2(r.error().message.contains(QStringLiteral("recovery key is mistyped")), qPrintable(r.error().message));
}

}  // namespace

class TestRecoveryKey : public QObject {
    Q_OBJECT
private slots:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<QByteArray>("expected");
        // Base32 part cross-checked with Python's base64.b32encode (RFC 4648).
        QTest::newRow("00..1f") << QByteArray("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
                                << QByteArray("AAAQ-EAYE-AUDA-OCAJ-BIFQ-YDIO-B4IB-CEQT-CQKR-MFYY-DENB-WHA5-DYPQ-APDE");
        QTest::newRow("all ones") << QByteArray(64, 'f')
                                  << QByteArray("7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-7777-777Q-BI6S");
        QTest::newRow("all zero") << QByteArray(64, '0')
                                  << QByteArray("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
    }
    void knownVectors()
    {
        QFETCH(QByteArray, hex);
        QFETCH(QByteArray, expected);
        SecureBuffer key = keyFromHex(hex.constData());
        SecureBuffer formatted = formatRecoveryKey(key);
        QCOMPARE(text(formatted), expected);
        QCOMPARE(formatted.size(), kRecoveryKeyTextBytes);
        auto back = parseRecoveryKey(formatted);
        QVERIFY(back.ok());
        QVERIFY(back->equals(key));
    }

    void roundTripHundredRandomKeys()
    {
        for (int n = 0; n < 100; ++n) {
            SecureBuffer key = SecureBuffer::random(kKeyBytes);
            const QByteArray t = text(formatRecoveryKey(key));
            QCOMPARE(t.size(), 69);
            const QList<QByteArray> groups = t.split('-');
            QCOMPARE(groups.size(), 14);
            QByteArray symbols;
            for (const QByteArray& g : groups) {
                QCOMPARE(g.size(), 4);
                symbols += g;
            }
            for (char c : symbols)
                QVERIFY(kAlphabet.contains(c));
            QCOMPARE(symbols.right(4), checksumGroup(symbols.left(52)));
            auto back = parseRecoveryKey(secure(t));
            QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
            QVERIFY(back->equals(key));
        }
    }

    void parseIsTolerant()
    {
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        const QByteArray t = text(formatRecoveryKey(key));
        QByteArray noDashes = t;
        noDashes.replace('-', "");
        QByteArray spaced = t;
        spaced.replace('-', ' ');
        QByteArray messy = t.toLower();
        messy.replace('-', " - ");
        const QList<QByteArray> variants = {
            t.toLower(), noDashes, noDashes.toLower(), spaced, "  " + t + "\n", messy, t.left(30) + "\n" + t.mid(30) + "\r\n",
            "\t" + spaced.toLower() + " ",
        };
        for (const QByteArray& v : variants) {
            auto r = parseRecoveryKey(secure(v));
            QVERIFY2(r.ok(), v.constData());
            QVERIFY(r->equals(key));
        }
    }

    void everySingleTypoIsCaught()
    {
        // All 31 substitutions at all 56 symbol positions for two keys, plus one random
        // substitution per position for 30 more. The checksum guarantees detection; this checks it.
        for (int n = 0; n < 32; ++n) {
            SecureBuffer key = SecureBuffer::random(kKeyBytes);
            const QByteArray t = text(formatRecoveryKey(key));
            for (int pos = 0; pos < t.size(); ++pos) {
                if (t[pos] == '-')
                    continue;
                const int current = int(kAlphabet.indexOf(t[pos]));
                for (int alt = 0; alt < 32; ++alt) {
                    if (alt == current || (n >= 2 && alt != int((current + 1 + randombytes_uniform(31)) % 32)))
                        continue;
                    QByteArray typo = t;
                    typo[pos] = kAlphabet[alt];
                    expectMistyped(typo, QStringLiteral("typo at %1").arg(pos));
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
    }

    void everyAdjacentSwapIsCaught()
    {
        for (int n = 0; n < 20; ++n) {
            SecureBuffer key = SecureBuffer::random(kKeyBytes);
            QByteArray symbols = text(formatRecoveryKey(key));
            symbols.replace('-', "");
            for (int i = 0; i + 1 < symbols.size(); ++i) {
                if (symbols[i] == symbols[i + 1])
                    continue;
                QByteArray swapped = symbols;
                std::swap(swapped[i], swapped[i + 1]);
                expectMistyped(swapped, QStringLiteral("swap at %1").arg(i));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void malformedIsRefused()
    {
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        const QByteArray t = text(formatRecoveryKey(key));
        expectMistyped(QByteArray(), QStringLiteral("empty"));
        expectMistyped(t.left(t.size() - 1), QStringLiteral("one character short"));
        expectMistyped(t.left(64), QStringLiteral("a group short"));
        expectMistyped(t + "A", QStringLiteral("one character extra"));
        expectMistyped(t + "-AAAA", QStringLiteral("a group extra"));
        for (char bad : {'0', '1', '8', '9', '@', '_', '='}) {
            QByteArray b = t;
            b[5] = bad;
            expectMistyped(b, QStringLiteral("character %1").arg(QLatin1Char(bad)));
        }
        QByteArray nonAscii = t;
        nonAscii[0] = char(0xc3);
        expectMistyped(nonAscii, QStringLiteral("non-ASCII"));
    }

    void paddingBitsMustBeZero()
    {
        // The 52nd symbol carries one key bit; a symbol with padding bits set but a checksum that
        // matches it must still be refused, or two texts would map to one key.
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        QByteArray symbols = text(formatRecoveryKey(key));
        symbols.replace('-', "");
        QByteArray data = symbols.left(52);
        const int last = int(kAlphabet.indexOf(data[51]));
        data[51] = kAlphabet[last | 0x01];
        if (data[51] == symbols[51])
            data[51] = kAlphabet[last ^ 0x02];
        expectMistyped(grouped(data + checksumGroup(data)), QStringLiteral("padding bits"));
        // Sanity: the same construction without touching padding is accepted.
        const QByteArray good = symbols.left(52);
        auto ok = parseRecoveryKey(secure(grouped(good + checksumGroup(good))));
        QVERIFY(ok.ok());
        QVERIFY(ok->equals(key));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "TestRecoveryKey.moc"
