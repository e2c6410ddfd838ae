// Vault benchmark (not a ctest test): import and read throughput of a 100 MB file with the peak
// RSS each adds over the idle process, raw crypto_secretstream throughput in the same run, and
// open + delete-now times for a vault of 1,000 documents. Prints a table.
// Two baselines, both with 64 KiB chunks like the vault: secretstream in memory (a hot buffer, no
// I/O: the CPU's ceiling) and secretstream file->file with the vault's own I/O pattern and an
// fdatasync (what the vault costs on top of the crypto and the disk); plus the disk's ceiling, a
// plain copy + fdatasync. A durable import cannot beat the slower of crypto and disk.
//
//   vault_bench [--dir DIR] [--mb N] [--docs N] [--runs N]
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

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
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

// The same secretstream over the same file and folder, without the vault around it, with the
// same I/O the vault's blob writer does (so the ratio shows what the vault itself costs): read
// and write in batches of 16 chunks, start writeback every 8 MB, fdatasync at the end; then read
// it back in the same batches. With `crypto` false it only copies the bytes: the disk's ceiling.
Raw rawOnDisk(const QString& input, const QString& output, bool crypto)
{
    constexpr size_t kChunk = 64 * 1024, kBatch = 16, kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;
    constexpr off_t kStride = 8 << 20;
    SecureBuffer key = SecureBuffer::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    std::vector<unsigned char> plain(kChunk * kBatch + kChunk), cipher((kChunk + kAbytes) * kBatch + kAbytes);
    const int in = ::open(QFile::encodeName(input).constData(), O_RDONLY | O_CLOEXEC);
    const int out = ::open(QFile::encodeName(output).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (in < 0 || out < 0)
        return {0, 0};
    ::posix_fadvise(in, 0, 0, POSIX_FADV_SEQUENTIAL);
    crypto_secretstream_xchacha20poly1305_state st;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    QElapsedTimer t;
    t.start();
    crypto_secretstream_xchacha20poly1305_init_push(&st, header, key.data());
    bool ok = !crypto || ::write(out, header, sizeof header) == ssize_t(sizeof header);
    off_t written = 0, kicked = 0;
    qint64 total = 0;
    size_t fill = 0;
    bool eof = false, final = false;
    while (ok && !final) {
        while (!eof && fill <= kChunk * kBatch) {  // one byte of look-ahead decides the FINAL tag
            const ssize_t n = ::read(in, plain.data() + fill, plain.size() - fill);
            eof = n <= 0;
            fill += size_t(qMax<ssize_t>(n, 0));
        }
        size_t used = 0, clen = 0;
        if (!crypto) {
            used = clen = fill;
            std::memcpy(cipher.data(), plain.data(), qMin(fill, cipher.size()));
            final = eof;
        }
        while (crypto && (fill - used > kChunk || eof) && clen + kChunk + kAbytes <= cipher.size()) {
            const size_t len = qMin(fill - used, kChunk);
            const unsigned char tag = eof && fill - used <= kChunk ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
            unsigned long long n = 0;
            crypto_secretstream_xchacha20poly1305_push(&st, cipher.data() + clen, &n, plain.data() + used, len, nullptr, 0, tag);
            clen += size_t(n);
            used += len;
            if (tag) {
                final = true;
                break;
            }
        }
        ok = ::write(out, cipher.data(), clen) == ssize_t(clen);
        total += qint64(used);
        written += off_t(clen);
        std::memmove(plain.data(), plain.data() + used, fill - used);
        fill -= used;
        if (written - kicked >= kStride) {
            ::sync_file_range(out, kicked, written - kicked, SYNC_FILE_RANGE_WRITE);
            kicked = written;
        }
    }
    ok = ok && ::fdatasync(out) == 0;
    const qint64 encNs = t.nsecsElapsed();
    ::close(out);
    ::close(in);
    const int back = ::open(QFile::encodeName(output).constData(), O_RDONLY | O_CLOEXEC);
    ::posix_fadvise(back, 0, 0, POSIX_FADV_SEQUENTIAL);
    t.restart();
    if (crypto) {
        ok = ok && ::read(back, header, sizeof header) == ssize_t(sizeof header)
             && crypto_secretstream_xchacha20poly1305_init_pull(&st, header, key.data()) == 0;
    }
    unsigned char tag = 0;
    size_t have = 0;
    while (ok) {
        const ssize_t n = ::read(back, cipher.data() + have, cipher.size() - have);
        have += size_t(qMax<ssize_t>(n, 0));
        if (!crypto) {
            if (n <= 0)
                break;
            have = 0;
            continue;
        }
        size_t pos = 0;
        while (have - pos >= kChunk + kAbytes || (n <= 0 && pos < have)) {
            const size_t len = qMin(have - pos, kChunk + kAbytes);
            if (crypto_secretstream_xchacha20poly1305_pull(&st, plain.data(), nullptr, &tag, cipher.data() + pos, len,
                                                           nullptr, 0) != 0)
                ok = false;
            pos += len;
        }
        std::memmove(cipher.data(), cipher.data() + pos, have - pos);
        have -= pos;
        if (n <= 0 || tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    const qint64 decNs = t.nsecsElapsed();
    ::close(back);
    QFile::remove(output);
    if (!ok || (crypto && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)) {
        std::fprintf(stderr, "the on-disk baseline failed\n");
        return {0, 0};
    }
    return {mbPerSec(total, encNs), mbPerSec(total, decNs)};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' ')) : QString();
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
                  {QStringLiteral("docs"), QStringLiteral("Documents in the delete-now vault"), QStringLiteral("N"), QStringLiteral("1000")},
                  {QStringLiteral("runs"), QStringLiteral("Throughput runs (median and range shown)"), QStringLiteral("N"), QStringLiteral("3")}});
    p.process(app);
    if (sodium_init() < 0)
        return 1;
    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    const int mb = p.value(QStringLiteral("mb")).toInt();
    const int docs = p.value(QStringLiteral("docs")).toInt();
    const int runs = qMax(1, p.value(QStringLiteral("runs")).toInt());
    const bool keychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");

    const QString big = dir + QStringLiteral("/big.png");
    if (QProcess::execute(QString::fromLocal8Bit(argv[0]), {QStringLiteral("--make-png"), big, QString::number(mb)}) != 0) {
        std::fprintf(stderr, "cannot create the test file\n");
        return 1;
    }
    const qint64 bigBytes = QFileInfo(big).size();
    std::printf("\nVaultOCR vault benchmark — %s mode, file %.1f MB, %d runs, %d documents, load average %s\n\n",
                keychain ? "keychain" : "passphrase", double(bigBytes) / 1048576.0, runs, docs,
                loadAverage().toUtf8().constData());
    std::printf("| %-46s | %26s |\n|%s|%s|\n", "measure", "result", QByteArray(48, '-').constData(), QByteArray(28, '-').constData());

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
    // Every run measures the baselines and the vault back to back, so a busy machine slows
    // them alike; the table shows the median and the range over the runs, and the ratios are
    // taken within each run.
    std::vector<double> memEnc, memDec, diskEnc, diskDec, copyW, copyR, imp, rd, impMem, impDisk, impSerial, rdMem, rdDisk;
    qint64 importPeakKb = 0, readPeakKb = 0;
    for (int run = 0; run < runs; ++run) {
        const Raw raw = rawSecretStream(bigBytes);
        const Raw disk = rawOnDisk(big, dir + QStringLiteral("/raw-stream.bin"), true);
        const Raw copy = rawOnDisk(big, dir + QStringLiteral("/raw-copy.bin"), false);
        resetPeakRss();
        const qint64 idleKb = statusKb("VmRSS:");
        QElapsedTimer t;
        t.start();
        auto id = v.importFile(big, io, nullptr, {});
        const qint64 importNs = t.nsecsElapsed();
        importPeakKb = qMax(importPeakKb, statusKb("VmHWM:") - idleKb);
        if (!id) {
            std::fprintf(stderr, "%s\n", id.error().message.toUtf8().constData());
            return 1;
        }
        resetPeakRss();
        const qint64 idle2 = statusKb("VmRSS:");
        qint64 readBytes = 0;
        t.restart();
        auto r = v.readOriginal(id.value(), [&](const QByteArray& c) -> Result<void> { readBytes += c.size(); return {}; });
        const qint64 readNs = t.nsecsElapsed();
        readPeakKb = qMax(readPeakKb, statusKb("VmHWM:") - idle2);
        if (!r || readBytes != bigBytes) {
            std::fprintf(stderr, "read back failed\n");
            return 1;
        }
        memEnc.push_back(raw.encrypt);
        memDec.push_back(raw.decrypt);
        diskEnc.push_back(disk.encrypt);
        diskDec.push_back(disk.decrypt);
        copyW.push_back(copy.encrypt);
        copyR.push_back(copy.decrypt);
        imp.push_back(mbPerSec(bigBytes, importNs));
        rd.push_back(mbPerSec(readBytes, readNs));
        impMem.push_back(imp.back() / raw.encrypt);
        impDisk.push_back(imp.back() / disk.encrypt);
        // Where crypto and the durable write do not overlap (one thread), their times add up.
        impSerial.push_back(imp.back() * (1 / raw.encrypt + 1 / copy.encrypt));
        rdMem.push_back(rd.back() / raw.decrypt);
        rdDisk.push_back(rd.back() / disk.decrypt);
    }
    const auto mbs = [](const std::vector<double>& v) {
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        return QStringLiteral("%1 MB/s (%2-%3)").arg(median(v), 0, 'f', 0).arg(*lo, 0, 'f', 0).arg(*hi, 0, 'f', 0);
    };
    const auto ratio = [](const std::vector<double>& v) {
        const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
        return QStringLiteral("%1 (%2-%3)").arg(median(v), 0, 'f', 2).arg(*lo, 0, 'f', 2).arg(*hi, 0, 'f', 2);
    };
    row("raw secretstream encrypt, memory (64 KiB)", mbs(memEnc));
    row("raw secretstream decrypt, memory (64 KiB)", mbs(memDec));
    row("raw secretstream file->file + fdatasync", mbs(diskEnc));
    row("raw secretstream file->memory (decrypt)", mbs(diskDec));
    row("disk ceiling: plain copy + fdatasync", mbs(copyW));
    row("disk ceiling: plain read", mbs(copyR));
    row("vault import (stream, fsync, index commit)", mbs(imp));
    row("  import / raw secretstream in memory", ratio(impMem));
    row("  import / raw secretstream on disk", ratio(impDisk));
    row("  import / (memory crypto + disk ceiling)", ratio(impSerial));
    row("  peak RSS above idle during import", QStringLiteral("%1 MB").arg(double(importPeakKb) / 1024.0, 0, 'f', 1));
    row("vault read back (decrypt, verify)", mbs(rd));
    row("  read / raw secretstream in memory", ratio(rdMem));
    row("  read / raw secretstream on disk", ratio(rdDisk));
    row("  peak RSS above idle during read", QStringLiteral("%1 MB").arg(double(readPeakKb) / 1024.0, 0, 'f', 1));
    QElapsedTimer t;
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
    std::printf("\nload average at the end: %s\n\n", loadAverage().toUtf8().constData());
    return 0;
}
