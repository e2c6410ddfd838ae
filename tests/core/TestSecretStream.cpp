#include "crypto/SecretStream.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sodium.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace vo;

namespace {

constexpr qint64 kChunk = kStreamChunkBytes;
constexpr qint64 kCipherChunk = kChunk + 17;

QByteArray pattern(qint64 size, quint32 seed = 1)
{
    QByteArray b(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 1u;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x & 0xff);
    }
    return b;
}

// A sequential device that produces `total` deterministic bytes on demand and never holds more
// than what one read() asks for. Optionally cancels a token after `cancelAfterReads` reads.
class GeneratorDevice : public QIODevice {
public:
    GeneratorDevice(qint64 total, CancelToken* cancel = nullptr, int cancelAfterReads = -1)
        : m_total(total), m_cancel(cancel), m_cancelAfter(cancelAfterReads)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= m_total && QIODevice::atEnd(); }
    qint64 bytesAvailable() const override { return (m_total - m_pos) + QIODevice::bytesAvailable(); }
    int reads() const { return m_reads; }
    static unsigned char byteAt(qint64 pos) { return static_cast<unsigned char>((quint64(pos) * 2654435761u) >> 13); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_total - m_pos);
        for (qint64 i = 0; i < n; ++i)
            data[i] = char(byteAt(m_pos + i));
        m_pos += n;
        if (++m_reads == m_cancelAfter && m_cancel)
            m_cancel->cancel();
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_total;
    qint64 m_pos = 0;
    CancelToken* m_cancel;
    int m_cancelAfter;
    int m_reads = 0;
};

long maxRssKiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

}  // namespace

class TestSecretStream : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SecureBuffer m_key;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Encrypts `plain` to `name` through encryptStream and commits it.
    bool encryptTo(const QString& name, const QByteArray& plain)
    {
        auto file = AtomicFile::create(path(name));
        if (!file)
            return false;
        QBuffer in;
        in.setData(plain);
        in.open(QIODevice::ReadOnly);
        CancelToken cancel;
        auto r = encryptStream(m_key, in, file.value(), cancel);
        if (!r) {
            qWarning("%s", qPrintable(r.error().message));
            return false;
        }
        return file->commit().ok();
    }

    void expectIntegrity(const QString& file, const char* what)
    {
        auto r = decryptFile(m_key, file);
        QVERIFY2(!r.ok(), what);
        QCOMPARE(int(r.error().code), int(ErrorCode::Integrity));
        QVERIFY2(r.error().message.contains(QStringLiteral("integrity check")), qPrintable(r.error().message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = SecureBuffer::random(kKeyBytes);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("size");
        // ... and around the reader's and writer's batches of kStreamBatchChunks chunks.
        const qint64 batch = kStreamBatchChunks * kChunk;
        for (qint64 s : {qint64(0), qint64(1), kChunk - 1, kChunk, kChunk + 1, 3 * kChunk + 5, batch - 1, batch,
                         batch + 1, 2 * batch + 7})
            QTest::addRow("%lld", s) << s;
    }
    void roundTrip()
    {
        QFETCH(qint64, size);
        const QByteArray plain = pattern(size, quint32(size));
        const QString name = QStringLiteral("rt-%1.enc").arg(size);
        QVERIFY(encryptTo(name, plain));

        // Layout: header, then ceil(size/64 KiB) chunks (at least one), each +17 bytes.
        const qint64 chunks = qMax<qint64>(1, (size + kChunk - 1) / kChunk);
        const QByteArray cipher = readAll(path(name));
        QCOMPARE(qint64(cipher.size()), 24 + size + 17 * chunks);
        if (size >= 64)
            QVERIFY(!cipher.contains(plain.mid(size / 2, 32)));

        auto back = decryptFile(m_key, path(name));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->size(), plain.size());
        QVERIFY(back.value() == plain);

        // Chunk by chunk: every chunk but the last is exactly 64 KiB; then atEnd() and empty.
        auto reader = SecretStreamReader::open(m_key, path(name));
        QVERIFY(reader.ok());
        QByteArray joined;
        qint64 n = 0;
        while (!reader->atEnd()) {
            auto chunk = reader->next();
            QVERIFY(chunk.ok());
            ++n;
            if (!reader->atEnd())
                QCOMPARE(qint64(chunk->size()), kChunk);
            joined += chunk.value();
        }
        QCOMPARE(n, chunks);
        QVERIFY(joined == plain);
        auto after = reader->next();
        QVERIFY(after.ok() && after->isEmpty() && reader->atEnd());
    }

    void pushInOddPiecesOnFd()
    {
        const QByteArray plain = pattern(2 * kChunk + 777, 9);
        const QString name = path(QStringLiteral("fd.enc"));
        const int fd = ::open(QFile::encodeName(name).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        QVERIFY(fd >= 0);
        auto w = SecretStreamWriter::beginOnFd(m_key, fd);
        QVERIFY(w.ok());
        for (qint64 off = 0; off < plain.size(); off += 1000)
            QVERIFY(w->push(plain.constData() + off, qMin<qint64>(1000, plain.size() - off)).ok());
        QVERIFY(w->finish().ok());
        QCOMPARE(w->bytesWritten(), qint64(24 + plain.size() + 3 * 17));
        ::close(fd);
        auto back = decryptFile(m_key, name);
        QVERIFY(back.ok());
        QVERIFY(back.value() == plain);
        // A finished writer refuses more data instead of silently starting a new stream.
        auto again = w->push("x", 1);
        QVERIFY(!again.ok());
        QVERIFY(!w->finish().ok());
    }

    // One large push encrypts whole chunks straight from the caller's buffer; pieces go through
    // the writer's own chunk. Both must give the same stream layout and plaintext, with the
    // FINAL tag on the last chunk even when the input ends on a chunk or batch boundary.
    void bigPushesAndBatchBoundaries_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("piece");
        const qint64 batch = kStreamBatchChunks * kChunk;
        for (qint64 size : {batch - kChunk, batch, batch + kChunk, 3 * batch + 5}) {
            QTest::addRow("%lld in one push", size) << size << size;
            QTest::addRow("%lld in 100000-byte pushes", size) << size << qint64(100000);
            QTest::addRow("%lld in chunk+1 pushes", size) << size << kChunk + 1;
        }
    }
    void bigPushesAndBatchBoundaries()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, piece);
        const QByteArray plain = pattern(size, quint32(size + piece));
        const QString name = path(QStringLiteral("big-push.enc"));
        {
            auto file = AtomicFile::create(name);
            QVERIFY(file.ok());
            auto w = SecretStreamWriter::begin(m_key, file.value());
            QVERIFY(w.ok());
            for (qint64 off = 0; off < size; off += piece)
                QVERIFY(w->push(plain.constData() + off, qMin(piece, size - off)).ok());
            QVERIFY(w->finish().ok());
            QCOMPARE(w->bytesWritten(), 24 + size + 17 * ((size + kChunk - 1) / kChunk));
            QVERIFY(file->commit().ok());
        }
        auto back = decryptFile(m_key, name);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QVERIFY(back.value() == plain);
    }

    // The reader reads batches of chunks: cuts and extra bytes exactly at a batch boundary are
    // still caught.
    void tamperingAtBatchBoundary_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("kind");
        const qint64 batch = kStreamBatchChunks * kChunk;
        // batch + 5: the reader's first batch ends exactly before the 17th chunk.
        QTest::newRow("cut after the first batch") << batch + 5 << QStringLiteral("cut");
        // batch: the FINAL chunk ends exactly at the end of the reader's first batch.
        QTest::newRow("data after a final chunk that ends a batch") << batch << QStringLiteral("append");
        QTest::newRow("one byte after a final chunk that ends a batch") << batch << QStringLiteral("append1");
    }
    void tamperingAtBatchBoundary()
    {
        QFETCH(qint64, size);
        QFETCH(QString, kind);
        QVERIFY(encryptTo(QStringLiteral("tb.enc"), pattern(size, 11)));
        QByteArray bad = readAll(path(QStringLiteral("tb.enc")));
        if (kind == QStringLiteral("cut"))
            bad.truncate(24 + kStreamBatchChunks * kCipherChunk);
        else
            bad += QByteArray(kind == QStringLiteral("append") ? 17 : 1, 'x');
        const QString file = path(QStringLiteral("tb-bad.enc"));
        QVERIFY(writeAll(file, bad));
        expectIntegrity(file, qPrintable(kind));
    }

    void sameInputEncryptsDifferently()
    {
        const QByteArray plain = pattern(1000, 3);
        QVERIFY(encryptTo(QStringLiteral("a.enc"), plain));
        QVERIFY(encryptTo(QStringLiteral("b.enc"), plain));
        QVERIFY(readAll(path(QStringLiteral("a.enc"))) != readAll(path(QStringLiteral("b.enc"))));
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("where");
        const qint64 size = 3 * kChunk + 5;  // chunks: 3 full + 1 final of 5 bytes
        const qint64 total = 24 + size + 4 * 17;
        QTest::newRow("flip in header start") << QStringLiteral("flip") << qint64(0);
        QTest::newRow("flip in header end") << QStringLiteral("flip") << qint64(23);
        QTest::newRow("flip in first chunk") << QStringLiteral("flip") << qint64(24 + 1000);
        QTest::newRow("flip in second chunk tag") << QStringLiteral("flip") << qint64(24 + kCipherChunk);
        QTest::newRow("flip in third chunk MAC") << QStringLiteral("flip") << qint64(24 + 3 * kCipherChunk - 1);
        QTest::newRow("flip in final chunk") << QStringLiteral("flip") << qint64(total - 3);
        QTest::newRow("flip last byte") << QStringLiteral("flip") << qint64(total - 1);
        QTest::newRow("final chunk missing") << QStringLiteral("truncate") << qint64(24 + 3 * kCipherChunk);
        QTest::newRow("final chunk cut short") << QStringLiteral("truncate") << qint64(total - 1);
        QTest::newRow("cut inside a chunk") << QStringLiteral("truncate") << qint64(24 + kCipherChunk + 100);
        QTest::newRow("only the header") << QStringLiteral("truncate") << qint64(24);
        QTest::newRow("header cut") << QStringLiteral("truncate") << qint64(10);
        QTest::newRow("empty file") << QStringLiteral("truncate") << qint64(0);
        QTest::newRow("chunks 1 and 2 swapped") << QStringLiteral("swap") << qint64(0);
        QTest::newRow("chunk 3 dropped") << QStringLiteral("drop") << qint64(2);
        QTest::newRow("chunk 1 duplicated") << QStringLiteral("dup") << qint64(0);
        QTest::newRow("data after final") << QStringLiteral("append") << qint64(0);
    }
    void tampering()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, where);
        const QByteArray plain = pattern(3 * kChunk + 5, 5);
        QVERIFY(encryptTo(QStringLiteral("t.enc"), plain));
        const QByteArray good = readAll(path(QStringLiteral("t.enc")));
        QByteArray bad = good;
        auto chunkAt = [&](qint64 i) { return good.mid(24 + i * kCipherChunk, kCipherChunk); };
        if (kind == QStringLiteral("flip")) {
            bad[where] = char(bad[where] ^ 0x01);
        } else if (kind == QStringLiteral("truncate")) {
            bad.truncate(where);
        } else if (kind == QStringLiteral("swap")) {
            bad = good.left(24) + chunkAt(1) + chunkAt(0) + good.mid(24 + 2 * kCipherChunk);
        } else if (kind == QStringLiteral("drop")) {
            bad = good.left(24 + where * kCipherChunk) + good.mid(24 + (where + 1) * kCipherChunk);
        } else if (kind == QStringLiteral("dup")) {
            bad = good.left(24) + chunkAt(0) + good.mid(24);
        } else if (kind == QStringLiteral("append")) {
            bad = good + QByteArray(17, 'x');
        }
        QVERIFY(bad != good);
        const QString file = path(QStringLiteral("bad.enc"));
        QVERIFY(writeAll(file, bad));
        expectIntegrity(file, qPrintable(kind));
    }

    void wrongKeyFails()
    {
        QVERIFY(encryptTo(QStringLiteral("k.enc"), pattern(kChunk + 10, 7)));
        SecureBuffer other = SecureBuffer::random(kKeyBytes);
        auto r = decryptFile(other, path(QStringLiteral("k.enc")));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(ErrorCode::Integrity));
        // The reader refuses from the very first chunk: nothing decrypted leaks out.
        auto reader = SecretStreamReader::open(other, path(QStringLiteral("k.enc")));
        QVERIFY(reader.ok());
        auto first = reader->next();
        QVERIFY(!first.ok());
        QCOMPARE(int(first.error().code), int(ErrorCode::Integrity));
        QVERIFY(!reader->next().ok());  // stays failed
    }

    void missingFileIsUnreadable()
    {
        auto r = decryptFile(m_key, path(QStringLiteral("does-not-exist.enc")));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), int(ErrorCode::InputUnreadable));
    }

    void cancelPerChunkCommitsNothing()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("cancelled.enc"));
        CancelToken cancel;
        GeneratorDevice in(50 * kChunk, &cancel, 3);  // the token flips during the 3rd chunk read
        {
            auto file = AtomicFile::create(dest);
            QVERIFY(file.ok());
            auto r = encryptStream(m_key, in, file.value(), cancel);
            QVERIFY(!r.ok());
            QCOMPARE(int(r.error().code), int(ErrorCode::Cancelled));
        }  // the AtomicFile is dropped uncommitted, as a caller does on error
        QCOMPARE(in.reads(), 3);  // stopped at the next chunk boundary, not at the end
        QVERIFY(!QFile::exists(dest));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

        CancelToken already;
        already.cancel();
        GeneratorDevice in2(10);
        auto file = AtomicFile::create(dest);
        QVERIFY(file.ok());
        auto r = encryptStream(m_key, in2, file.value(), already);
        QCOMPARE(int(r.error().code), int(ErrorCode::Cancelled));
        QCOMPARE(in2.reads(), 0);
    }

    void hundredMegabytesStreamInBoundedMemory()
    {
        const qint64 total = 100 * 1000 * 1000;
        const QString dest = path(QStringLiteral("big.enc"));
        const long rssBefore = maxRssKiB();
        {
            CancelToken cancel;
            GeneratorDevice in(total);
            auto file = AtomicFile::create(dest);
            QVERIFY(file.ok());
            auto r = encryptStream(m_key, in, file.value(), cancel);
            QVERIFY(r.ok());
            QVERIFY(file->commit().ok());
        }
        const long growthKiB = maxRssKiB() - rssBefore;
        qInfo("peak RSS growth while encrypting 100 MB: %ld KiB", growthKiB);
        QVERIFY2(growthKiB < 16 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(growthKiB)));
        QCOMPARE(QFileInfo(dest).size(), 24 + total + 17 * ((total + kChunk - 1) / kChunk));

        // Decrypt chunk by chunk and compare against the generator, byte for byte.
        auto reader = SecretStreamReader::open(m_key, dest);
        QVERIFY(reader.ok());
        qint64 pos = 0;
        while (!reader->atEnd()) {
            auto chunk = reader->next();
            QVERIFY(chunk.ok());
            for (qsizetype i = 0; i < chunk->size(); ++i) {
                if (static_cast<unsigned char>(chunk->at(i)) != GeneratorDevice::byteAt(pos + i))
                    QFAIL(qPrintable(QStringLiteral("mismatch at byte %1").arg(pos + i)));
            }
            pos += chunk->size();
        }
        QCOMPARE(pos, total);
        QFile::remove(dest);
    }
};

QTEST_GUILESS_MAIN(TestSecretStream)
#include "TestSecretStream.moc"
