#include "crypto/Aead.h"

#include <QtTest>

#include <sodium.h>

using namespace vo;

namespace {

QByteArray message(int size)
{
    QByteArray m(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        m[i] = char((i * 131 + 7) & 0xff);
    return m;
}

const QByteArray kAd = QByteArrayLiteral("vault:0f1e2d3c/index");

void expectIntegrity(const Result<QByteArray>& r, const char* what)
{
    QVERIFY2(!r.ok(), what);
    QCOMPARE(int(r.error().code), int(ErrorCode::Integrity));
    QVERIFY2(r.error().message.contains(QStringLiteral("integrity check")), qPrintable(r.error().message));
    QVERIFY(!r.error().message.contains(QLatin1Char('\n')));
}

}  // namespace

class TestAead : public QObject {
    Q_OBJECT
private slots:
    void knownAnswer()
    {
        // draft-irtf-cfrg-xchacha-03, appendix A.3.1 (AEAD_XChaCha20_Poly1305), through the raw
        // libsodium primitive with the draft's fixed nonce.
        const QByteArray key = QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
        const QByteArray ad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
        const QByteArray plain = QByteArrayLiteral("Ladies and Gentlemen of the class of '99: If I could offer you "
                                                   "only one tip for the future, sunscreen would be it.");
        const QByteArray expected = QByteArray::fromHex(
            "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
            "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
            "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
            "21f9664c97637da9768812f615c68b13b52e"
            "c0875924c1c7987947deafd8780acf49");
        QCOMPARE(plain.size(), 114);
        QVERIFY(ensureSodium());
        QByteArray out(plain.size() + 16, Qt::Uninitialized);
        unsigned long long outLen = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char*>(out.data()), &outLen, reinterpret_cast<const unsigned char*>(plain.constData()),
            size_t(plain.size()), reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()), nullptr,
            reinterpret_cast<const unsigned char*>(nonce.constData()), reinterpret_cast<const unsigned char*>(key.constData()));
        QCOMPARE(int(outLen), expected.size());
        QCOMPARE(out.toHex(), expected.toHex());

        // Our layout is nonce || ciphertext || tag: aead::open must accept the vector laid out so.
        SecureBuffer k = SecureBuffer::copyOf(key.constData(), size_t(key.size()));
        auto opened = aead::open(k, nonce + expected, ad);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened.value(), plain);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        for (int s : {0, 1, 15, 16, 17, 1000, 65536, 1 << 20})
            QTest::addRow("%d bytes", s) << s;
    }
    void roundTrip()
    {
        QFETCH(int, size);
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        const QByteArray plain = message(size);
        auto sealed = aead::seal(key, plain, kAd);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), size + 40);
        if (size >= 16)
            QVERIFY(!sealed->contains(plain.left(16)));  // really encrypted
        auto opened = aead::open(key, sealed.value(), kAd);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), plain);
    }

    void randomNonceEachTime()
    {
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        auto a = aead::seal(key, message(64), kAd);
        auto b = aead::seal(key, message(64), kAd);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->left(24) != b->left(24));
        QVERIFY(a.value() != b.value());
    }

    void wrongKeyFails()
    {
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        SecureBuffer other = SecureBuffer::random(kKeyBytes);
        auto sealed = aead::seal(key, message(100), kAd);
        QVERIFY(sealed.ok());
        expectIntegrity(aead::open(other, sealed.value(), kAd), "wrong key");
    }

    void wrongAssociatedDataFails()
    {
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        auto sealed = aead::seal(key, message(100), kAd);
        QVERIFY(sealed.ok());
        expectIntegrity(aead::open(key, sealed.value(), QByteArrayLiteral("vault:0f1e2d3c/indeX")), "wrong AD");
        expectIntegrity(aead::open(key, sealed.value(), QByteArray()), "missing AD");
    }

    void everyFlippedByteFails()
    {
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        const QByteArray plain = message(100);
        auto sealed = aead::seal(key, plain, kAd);
        QVERIFY(sealed.ok());
        // Nonce, ciphertext and tag: every position, and for each a low and a high bit.
        for (int i = 0; i < sealed->size(); ++i) {
            for (unsigned char bit : {0x01, 0x80}) {
                QByteArray bad = sealed.value();
                bad[i] = char(bad[i] ^ bit);
                expectIntegrity(aead::open(key, bad, kAd), qPrintable(QStringLiteral("flip at %1").arg(i)));
            }
        }
    }

    void everyTruncationFails()
    {
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        auto sealed = aead::seal(key, message(50), kAd);
        QVERIFY(sealed.ok());
        for (int len = 0; len < sealed->size(); ++len)
            expectIntegrity(aead::open(key, sealed->left(len), kAd), qPrintable(QStringLiteral("length %1").arg(len)));
        expectIntegrity(aead::open(key, sealed.value() + '\0', kAd), "an appended byte");
    }

    void wrongKeySizeIsInternal()
    {
        SecureBuffer shortKey = SecureBuffer::random(16);
        auto r = aead::seal(shortKey, message(10), kAd);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(ErrorCode::Internal));
    }

    void wrapUnwrap()
    {
        SecureBuffer kek = SecureBuffer::random(kKeyBytes);
        SecureBuffer key = SecureBuffer::random(kKeyBytes);
        auto wrapped = aead::wrapKey(kek, key, kAd);
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->size(), 32 + 40);
        QVERIFY(!wrapped->contains(QByteArray(reinterpret_cast<const char*>(key.data()), 8)));
        auto back = aead::unwrapKey(kek, wrapped.value(), kAd);
        QVERIFY(back.ok());
        QVERIFY(back->equals(key));

        SecureBuffer otherKek = SecureBuffer::random(kKeyBytes);
        auto bad = aead::unwrapKey(otherKek, wrapped.value(), kAd);
        QVERIFY(!bad.ok());
        QCOMPARE(int(bad.error().code), int(ErrorCode::Integrity));
        auto badAd = aead::unwrapKey(kek, wrapped.value(), QByteArrayLiteral("other vault"));
        QCOMPARE(int(badAd.error().code), int(ErrorCode::Integrity));
        QByteArray flipped = wrapped.value();
        flipped[30] = char(flipped[30] ^ 0x04);
        QCOMPARE(int(aead::unwrapKey(kek, flipped, kAd).error().code), int(ErrorCode::Integrity));
        QCOMPARE(int(aead::unwrapKey(kek, wrapped->left(40), kAd).error().code), int(ErrorCode::Integrity));
        // Interoperable with open(): the wrapped blob is an ordinary sealed item.
        auto asBytes = aead::open(kek, wrapped.value(), kAd);
        QVERIFY(asBytes.ok());
        QCOMPARE(asBytes->size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestAead)
#include "TestAead.moc"
