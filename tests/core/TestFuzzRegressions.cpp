// What the libFuzzer targets in tests/fuzz found, replayed with the normal (gcc) build through
// the same entry points, plus every committed corpus input: each must give a result or a clear
// error, never a crash, and never cost memory out of proportion to its size.
#include "input/PageSource.h"
#include "vault/AuditLog.h"
#include "vault/IndexFile.h"
#include "vault/VaultCrypto.h"
#include "vault/VaultHeader.h"
#include "vault/VaultIndex.h"

#include <QtEndian>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace vo;

namespace {

QString corpusDir(const QString& target)
{
    return qEnvironmentVariable("VAULTOCR_TEST_DATA") + QStringLiteral("/../fuzz/corpus/") + target;
}

QByteArray corpusFile(const QString& target, const QString& name)
{
    QFile f(corpusDir(target) + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing corpus file %s/%s", qPrintable(target), qPrintable(name));
    return f.readAll();
}

// Peak resident memory of this process so far, in MiB (never goes down).
qint64 peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_maxrss) / 1024;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, b.data());
    return b;
}

// The start of a plaintext index as VaultIndex::serialize() writes it, up to the document count:
// an empty index ends with its document count and its tombstone count (both 0).
QByteArray indexFront(quint32 documentCount)
{
    const QByteArray whole = VaultIndex().serialize();
    return whole.left(whole.size() - 8) + be32(documentCount);
}

SecureBuffer testKey()
{
    ensureSodium();
    SecureBuffer key(kKeyBytes);
    for (size_t i = 0; i < kKeyBytes; ++i)
        key.data()[i] = static_cast<unsigned char>(i);
    return key;
}

}  // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void indexDocumentCountDoesNotAllocateUpFront();
    void indexTombstoneCountDoesNotAllocateUpFront();
    void indexFoundByFuzzerThroughDecryptPath();
    void pngChunkLongerThanFile();
    void vaultCorpusParsesOrFailsCleanly();
    void importCorpusOpensOrFailsCleanly();
};

// fuzz_vault_index: a plaintext index claiming 10 million documents in a few bytes made
// VaultIndex::parse allocate ~2 GB for them before reading the first.
void TestFuzzRegressions::indexDocumentCountDoesNotAllocateUpFront()
{
    const qint64 before = peakRssMiB();
    auto idx = VaultIndex::parse(indexFront(10'000'000));
    QVERIFY(!idx);
    QCOMPARE(idx.error().code, ErrorCode::Integrity);
    QVERIFY2(peakRssMiB() - before < 100, qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(peakRssMiB() - before)));
}

// Same family: QDataStream's own QStringList reader reserves the stored count (4 billion here).
void TestFuzzRegressions::indexTombstoneCountDoesNotAllocateUpFront()
{
    const qint64 before = peakRssMiB();
    auto idx = VaultIndex::parse(indexFront(0) + be32(0xfffffff0));
    QVERIFY(!idx);
    QCOMPARE(idx.error().code, ErrorCode::Integrity);
    QVERIFY(peakRssMiB() - before < 100);

    // Just over the cap the writer keeps (VaultIndex::kMaxTombstones) is refused too.
    QVERIFY(!VaultIndex::parse(indexFront(0) + be32(VaultIndex::kMaxTombstones + 1)));
    QVERIFY(VaultIndex::parse(indexFront(0) + be32(0)));
    // The writer's own output with tombstones still parses.
    VaultIndex full;
    for (int i = 0; i < 3; ++i)
        full.addTombstone(QStringLiteral("00000000000000%1").arg(i, 2, 10, QLatin1Char('0')));
    auto back = VaultIndex::parse(full.serialize());
    QVERIFY(back);
    QCOMPARE(back->expiredIds, full.expiredIds);
}

// The fuzzer's own input (mode byte 2: seal with the fixed key, then decode and open, as
// Vault::open reads vault.index), through the real decrypt-then-parse path.
void TestFuzzRegressions::indexFoundByFuzzerThroughDecryptPath()
{
    const QByteArray input = corpusFile(QStringLiteral("fuzz_vault_index"), QStringLiteral("regress-document-count-oom"));
    QCOMPARE(input.at(0) % 3, 2);
    const SecureBuffer key = testKey();
    QByteArray fields = QByteArrayLiteral("VAULTOCR") + QByteArray("\0\1\0\0", 4) + QByteArray(16, '\x5a');
    auto header = VaultHeader::parse(fields + genericHash(fields, 32));
    QVERIFY(header);
    KeySlots ks;
    ks.recoverySlot = QByteArray(72, 'r');
    ks.keyId = keyIdentifier(key);
    auto file = index_file::encodeSerialized(header.value(), ks, key, input.mid(1));
    QVERIFY(file);
    auto env = index_file::decode(file.value());
    QVERIFY(env);
    const qint64 before = peakRssMiB();
    auto idx = index_file::open(env.value(), header.value(), key);
    QVERIFY(!idx);
    QCOMPARE(idx.error().code, ErrorCode::Integrity);
    QVERIFY(peakRssMiB() - before < 100);
}

// fuzz_image_import: a 514-byte PNG whose text chunk after the image data claims 512 MB made
// libpng allocate and clear 512 MB (seconds) before noticing the file was shorter. Refused as
// damaged before decoding, from bytes and from a file alike.
void TestFuzzRegressions::pngChunkLongerThanFile()
{
    const QByteArray png = corpusFile(QStringLiteral("fuzz_image_import"), QStringLiteral("regress-png-chunk-512mb"));
    QCOMPARE(png.size(), 514);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("in.png")));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(png) == png.size());
    f.close();

    const qint64 before = peakRssMiB();
    for (bool fromFile : {false, true}) {
        auto source = fromFile ? PageSource::open(f.fileName(), InputOptions{}) : PageSource::openBytes(png, InputOptions{});
        QVERIFY(source);
        QCOMPARE((*source)->format(), InputFormat::Png);
        auto page = (*source)->page(0, CancelToken{});
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::InputUnreadable);
        QVERIFY2(page.error().message.contains(QStringLiteral("damaged")), qPrintable(page.error().message));
    }
    QVERIFY2(peakRssMiB() - before < 100, qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(peakRssMiB() - before)));
}

// Every committed vault seed and finding through the parsers: the seeds written by the writers
// parse, the rest fail with Integrity.
void TestFuzzRegressions::vaultCorpusParsesOrFailsCleanly()
{
    const QByteArray header = corpusFile(QStringLiteral("fuzz_vault_header"), QStringLiteral("header"));
    QVERIFY(VaultHeader::parse(header));
    QByteArray bad = header;
    bad[20] = char(bad[20] ^ 1);
    QCOMPARE(VaultHeader::parse(bad).error().code, ErrorCode::Integrity);

    const QDir index(corpusDir(QStringLiteral("fuzz_vault_index")));
    const QStringList files = index.entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("plain")));
    for (const QString& name : files) {
        const QByteArray in = corpusFile(QStringLiteral("fuzz_vault_index"), name);
        auto idx = VaultIndex::parse(in.mid(1));
        if (name.startsWith(QStringLiteral("regress-")))
            QVERIFY2(!idx && idx.error().code == ErrorCode::Integrity, qPrintable(name));
        else if (name == QStringLiteral("plain") || name.endsWith(QStringLiteral("sealed")))
            QVERIFY2(idx && VaultIndex::parse(idx->serialize())->serialize() == idx->serialize(), qPrintable(name));
    }
    auto env = index_file::decode(corpusFile(QStringLiteral("fuzz_vault_index"), QStringLiteral("file")).mid(1));
    QVERIFY(env);

    const QByteArray payload = corpusFile(QStringLiteral("fuzz_audit_record"), QStringLiteral("payload")).mid(1);
    auto record = AuditLog::decodePayload(payload);
    QVERIFY(record);
    QCOMPARE(record->action, AuditAction::VaultCreated);
    QCOMPARE(AuditLog::encodePayload(*record), payload);
    QVERIFY(!AuditLog::decodePayload(payload.left(31)));
}

// Every committed image and PDF input (seeds and findings) opens or fails with InputUnreadable,
// and each page it has decodes or fails the same way.
void TestFuzzRegressions::importCorpusOpensOrFailsCleanly()
{
    int opened = 0;
    for (const QString& target : {QStringLiteral("fuzz_image_import"), QStringLiteral("fuzz_pdf_import")}) {
        const QDir dir(corpusDir(target));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY2(files.size() >= 5, qPrintable(target));
        for (const QString& name : files) {
            InputOptions options;
            options.pdfDpi = 72;
            options.pdfTextMode = PdfTextMode::Redo;
            auto source = PageSource::openBytes(corpusFile(target, name), options);
            if (!source) {
                QVERIFY2(source.error().code == ErrorCode::InputUnreadable, qPrintable(name));
                continue;
            }
            ++opened;
            for (int i = 0; i < (*source)->pageCount() && i < 3; ++i) {
                auto page = (*source)->page(i, CancelToken{});
                QVERIFY2(page || page.error().code == ErrorCode::InputUnreadable, qPrintable(name));
            }
        }
    }
    QVERIFY(opened >= 10);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
