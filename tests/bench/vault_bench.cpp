// Vault benchmark (not a ctest test): import and read throughput of a 100 MB file with the peak
// RSS each adds over the idle process, raw crypto_secretstream throughput in the same run, and
// open + delete-now times for a vault of 1,000 documents. Prints a table.
//
//   vault_bench [--dir DIR] [--mb N] [--docs N]
// Keychain mode when a D-Bus session is present (run it like the tests, inside dbus-run-session
// with gnome-keyring unlocked), otherwise passphrase mode (then "open" includes Argon2id).
#include "crypto/KeychainStore.h"
#include "crypto/SecureBuffer.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <sodium.h>
#include <unistd.h>

using namespace vo;

namespace {

qint64 statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak-RSS counter (VmHWM) to the current RSS (Linux ≥ 4.0).
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double mbPerSec(qint64 bytes, qint64 ns) { return ns > 0 ? double(bytes) / (1024.0 * 1024.0) / (double(ns) / 1e9) : 0; }

// A PNG of noise of about `mb` MB, made in a child process so its pixels never count here.
bool makeBigPng(const QString& path, int mb)
{
    const int side = int(std::sqrt(double(mb) * 1024 * 1024 / 3.0));
    QImage img(side, side, QImage::Format_RGB888);
    QRandomGenerator rng(42);
    for (int y = 0; y < side; ++y) {
        auto* line = reinterpret_cast<quint32*>(img.scanLine(y));
        for (int x = 0; x < side * 3 / 4; ++x)
            line[x] = rng.generate();
    }
    return img.save(path, "PNG", 0);
}

struct Raw { double encrypt; double decrypt; };

Raw rawSecretStream(qint64 totalBytes)
{
    constexpr size_t kChunk = 64 * 1024;
    SecureBuffer key = SecureBuffer::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    std::vector<unsigned char> plain(kChunk), cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    randombytes_buf(plain.data(), plain.size());
    const qint64 chunks = totalBytes / qint64(kChunk);
    std::vector<std::vector<unsigned char>> store;  // keep ciphertext for the decrypt pass
    store.reserve(size_t(qMin<qint64>(chunks, 64)));
    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    QElapsedTimer t;
    t.start();
    crypto_secretstream_xchacha20poly1305_init_push(&st, header, key.data());
    for (qint64 i = 0; i < chunks; ++i) {
        const unsigned char tag = i + 1 == chunks ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        crypto_secretstream_xchacha20poly1305_push(&st, cipher.data(), nullptr, plain.data(), kChunk, nullptr, 0, tag);
        if (i < 64)
            store.push_back(cipher);
    }
    const qint64 encNs = t.nsecsElapsed();
    // Decrypt the first 64 chunks repeatedly (a fresh stream each round) for the same volume.
    t.restart();
    qint64 done = 0;
    unsigned char tag = 0;
    while (done < chunks) {
        crypto_secretstream_xchacha20poly1305_state in;
        crypto_secretstream_xchacha20poly1305_init_pull(&in, header, key.data());
        for (size_t i = 0; i < store.size() && done < chunks; ++i, ++done) {
            if (crypto_secretstream_xchacha20poly1305_pull(&in, plain.data(), nullptr, &tag, store[i].data(),
                                                           store[i].size(), nullptr, 0) != 0)
                break;
        }
    }
    return {mbPerSec(chunks * qint64(kChunk), encNs), mbPerSec(chunks * qint64(kChunk), t.nsecsElapsed())};
}

// The same secretstream over the same file and folder, without the vault around it: read 64 KiB,
// push, write(); fsync at the end (what the vault's AtomicFile commit does), then read it back.
Raw rawSecretStreamOnDisk(const QString& input, const QString& output)
{
    constexpr size_t kChunk = 64 * 1024;
    SecureBuffer key = SecureBuffer::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    std::vector<unsigned char> plain(kChunk), cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    QFile in(input), out(output);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {0, 0};
    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    QElapsedTimer t;
    t.start();
    crypto_secretstream_xchacha20poly1305_init_push(&st, header, key.data());
    out.write(reinterpret_cast<const char*>(header), sizeof header);
    qint64 total = 0;
    for (;;) {
        const qint64 n = in.read(reinterpret_cast<char*>(plain.data()), qint64(kChunk));
        const unsigned char tag = n < qint64(kChunk) ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long clen = 0;
        crypto_secretstream_xchacha20poly1305_push(&st, cipher.data(), &clen, plain.data(), size_t(qMax<qint64>(n, 0)),
                                                   nullptr, 0, tag);
        out.write(reinterpret_cast<const char*>(cipher.data()), qint64(clen));
        total += qMax<qint64>(n, 0);
        if (tag)
            break;
    }
    out.flush();
    ::fsync(out.handle());
    const qint64 encNs = t.nsecsElapsed();
    out.close();
    QFile back(output);
    back.open(QIODevice::ReadOnly);
    t.restart();
    back.read(reinterpret_cast<char*>(header), sizeof header);
    crypto_secretstream_xchacha20poly1305_init_pull(&st, header, key.data());
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        const qint64 n = back.read(reinterpret_cast<char*>(cipher.data()), qint64(cipher.size()));
        if (n <= 0 || crypto_secretstream_xchacha20poly1305_pull(&st, plain.data(), nullptr, &tag, cipher.data(),
                                                                 size_t(n), nullptr, 0) != 0)
            break;
    }
    const qint64 decNs = t.nsecsElapsed();
    QFile::remove(output);
    return {mbPerSec(total, encNs), mbPerSec(total, decNs)};
}

PassphraseSource benchPassphrase()
{
    return []() -> Result<SecureBuffer> { return SecureBuffer::copyOf("vault bench passphrase", 22); };
}

Result<CreatedVault> createVault(const QString& root, bool keychain)
{
    VaultCreateOptions o;
    o.mode = keychain ? KeyMode::Keychain : KeyMode::Passphrase;
    o.passphrase = benchPassphrase();
    return Vault::create(root, std::move(o));
}

Result<std::unique_ptr<Vault>> openVault(const QString& root)
{
    VaultOpenOptions o;
    o.passphrase = benchPassphrase();
    return Vault::open(root, std::move(o));
}

void row(const char* what, const QString& value)
{
    std::printf("| %-46s | %26s |\n", what, value.toUtf8().constData());
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--make-png") == 0) {
        QGuiApplication app(argc, argv);
        return makeBigPng(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3])) ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary folder)"), QStringLiteral("DIR")},
                  {QStringLiteral("mb"), QStringLiteral("Size of the big file in MB"), QStringLiteral("N"), QStringLiteral("100")},
                  {QStringLiteral("docs"), QStringLiteral("Documents in the delete-now vault"), QStringLiteral("N"), QStringLiteral("1000")}});
    p.process(app);
    if (sodium_init() < 0)
        return 1;
    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    const int mb = p.value(QStringLiteral("mb")).toInt();
    const int docs = p.value(QStringLiteral("docs")).toInt();
    const bool keychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");

    const QString big = dir + QStringLiteral("/big.png");
    if (QProcess::execute(QString::fromLocal8Bit(argv[0]), {QStringLiteral("--make-png"), big, QString::number(mb)}) != 0) {
        std::fprintf(stderr, "cannot create the test file\n");
        return 1;
    }
    const qint64 bigBytes = QFileInfo(big).size();
    std::printf("\nVaultOCR vault benchmark — %s mode, file %.1f MB, %d documents\n\n",
                keychain ? "keychain" : "passphrase", double(bigBytes) / 1048576.0, docs);
    std::printf("| %-46s | %26s |\n|%s|%s|\n", "measure", "result", QByteArray(48, '-').constData(), QByteArray(28, '-').constData());

    const Raw raw = rawSecretStream(bigBytes);
    row("raw secretstream encrypt (memory)", QStringLiteral("%1 MB/s").arg(raw.encrypt, 0, 'f', 0));
    row("raw secretstream decrypt (memory)", QStringLiteral("%1 MB/s").arg(raw.decrypt, 0, 'f', 0));

    const Raw disk = rawSecretStreamOnDisk(big, dir + QStringLiteral("/raw-stream.bin"));
    row("raw secretstream file->file + fsync", QStringLiteral("%1 MB/s").arg(disk.encrypt, 0, 'f', 0));
    row("raw secretstream file->memory (decrypt)", QStringLiteral("%1 MB/s").arg(disk.decrypt, 0, 'f', 0));

    auto created = createVault(dir + QStringLiteral("/vault-big"), keychain);
    if (!created) {
        std::fprintf(stderr, "%s\n", created.error().message.toUtf8().constData());
        return 1;
    }
    Vault& v = *created->vault;
    ImportOptions io;
    io.recognize = false;
    {
        // The peak-RSS reset must work, or the figures below would be meaningless.
        resetPeakRss();
        const qint64 before = statusKb("VmRSS:");
        std::vector<char> probe(16 << 20, 1);
        const qint64 grew = statusKb("VmHWM:") - before;
        if (grew < 12 * 1024 || probe[12345] != 1)
            std::fprintf(stderr, "warning: peak RSS reset (clear_refs) does not work here\n");
    }
    resetPeakRss();
    const qint64 idleKb = statusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    auto id = v.importFile(big, io, nullptr, {});
    const qint64 importNs = t.nsecsElapsed();
    const qint64 importPeakKb = statusKb("VmHWM:") - idleKb;
    if (!id) {
        std::fprintf(stderr, "%s\n", id.error().message.toUtf8().constData());
        return 1;
    }
    const double importMbs = mbPerSec(bigBytes, importNs);
    row("vault import (stream, fsync, index commit)", QStringLiteral("%1 MB/s").arg(importMbs, 0, 'f', 0));
    row("  ratio to raw on disk / raw in memory", QStringLiteral("%1 / %2").arg(importMbs / disk.encrypt, 0, 'f', 2).arg(importMbs / raw.encrypt, 0, 'f', 2));
    row("  peak RSS above idle during import", QStringLiteral("%1 MB").arg(double(importPeakKb) / 1024.0, 0, 'f', 1));
    resetPeakRss();
    const qint64 idle2 = statusKb("VmRSS:");
    qint64 readBytes = 0;
    t.restart();
    auto r = v.readOriginal(id.value(), [&](const QByteArray& c) -> Result<void> { readBytes += c.size(); return {}; });
    const qint64 readNs = t.nsecsElapsed();
    const qint64 readPeakKb = statusKb("VmHWM:") - idle2;
    const double readMbs = mbPerSec(readBytes, readNs);
    row("vault read back (decrypt, verify)", QStringLiteral("%1 MB/s").arg(readMbs, 0, 'f', 0));
    row("  ratio to raw on disk / raw in memory", QStringLiteral("%1 / %2").arg(readMbs / disk.decrypt, 0, 'f', 2).arg(readMbs / raw.decrypt, 0, 'f', 2));
    row("  peak RSS above idle during read", QStringLiteral("%1 MB").arg(double(readPeakKb) / 1024.0, 0, 'f', 1));
    if (!r || readBytes != bigBytes)
        std::fprintf(stderr, "read back failed\n");
    const QString bigAccount = v.uuid().toString(QUuid::WithoutBraces);
    created->vault.reset();

    // A vault of `docs` small documents.
    const QString small = dir + QStringLiteral("/small.png");
    QImage(16, 16, QImage::Format_Grayscale8).save(small, "PNG");
    const QString root = dir + QStringLiteral("/vault-many");
    auto many = createVault(root, keychain);
    if (!many)
        return 1;
    QStringList ids;
    t.restart();
    for (int i = 0; i < docs; ++i) {
        auto d = many->vault->importFile(small, io, nullptr, {});
        if (!d)
            return 1;
        ids << d.value();
    }
    row("import of a small document (mean)", QStringLiteral("%1 ms each").arg(double(t.elapsed()) / docs, 0, 'f', 1));
    many->vault.reset();
    t.restart();
    auto opened = openVault(root);
    const qint64 openMs = t.elapsed();
    if (!opened)
        return 1;
    row("open (keychain/KDF + index + orphan sweep)", QStringLiteral("%1 ms").arg(openMs));
    t.restart();
    auto del = opened.value()->remove({ids[docs / 2]});
    const qint64 delMs = t.elapsed();
    row("delete-now of 1 doc (re-wrap all, commit)", QStringLiteral("%1 ms").arg(delMs));
    t.restart();
    auto rot = opened.value()->rotateKey();
    row("rotate-key alone", QStringLiteral("%1 ms").arg(t.elapsed()));
    if (!del || !rot)
        return 1;
    if (keychain) {
        // What one keychain round trip costs (a rotation makes three: .next, current, remove).
        KeychainStore probe;
        SecureBuffer k = SecureBuffer::random(32);
        t.restart();
        for (int i = 0; i < 5; ++i)
            (void)probe.write(QStringLiteral("vault-bench-probe"), k);
        const double writeMs = double(t.elapsed()) / 5;
        t.restart();
        for (int i = 0; i < 5; ++i)
            (void)probe.read(QStringLiteral("vault-bench-probe"));
        const double readMs = double(t.elapsed()) / 5;
        t.restart();
        (void)probe.remove(QStringLiteral("vault-bench-probe"));
        row("keychain write / read / remove", QStringLiteral("%1 / %2 / %3 ms").arg(writeMs, 0, 'f', 1).arg(readMs, 0, 'f', 1).arg(t.elapsed()));
        KeychainStore ks;
        (void)ks.remove(opened.value()->uuid().toString(QUuid::WithoutBraces));
        (void)ks.remove(bigAccount);
    }
    std::printf("\n");
    return 0;
}
