// Writes the vault seed corpora with the vault's own writers (not hand-made bytes): a header as
// `vaultocr init` writes it, an index with two documents sealed with the fixed fuzz key, its
// plaintext, and an audit log appended by AuditLog::append. Run once by hand when the formats
// change:  fuzz_make_seeds tests/fuzz/corpus   (the files are committed; CI does not run this).
// Every seed starts with the mode byte its target reads first (see each target's comment).

#include "FuzzSupport.h"

#include "vault/AuditLog.h"
#include "vault/IndexFile.h"
#include "vault/VaultCrypto.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace vo;

namespace {

bool put(const QString& dir, const QString& name, const QByteArray& bytes)
{
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + name);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

VaultIndex sampleIndex()
{
    VaultIndex idx;
    idx.wrappedAuditSecret = QByteArray(72, 'a');
    idx.wrappedRecoveryKey = QByteArray(72, 'k');
    idx.auditAnchor = {3, QByteArray(32, 'm')};
    for (int i = 0; i < 2; ++i) {
        DocumentEntry e;
        e.id = QStringLiteral("00112233445566%1").arg(i, 2, 10, QLatin1Char('0'));
        e.name = i == 0 ? QStringLiteral("scan.pdf") : QStringLiteral("Gehaltsabrechnung März.png");
        e.sensitivity = i == 0 ? SensitivityClass::High : SensitivityClass::Low;
        e.pages = 3 - i;
        e.created = QDateTime::fromMSecsSinceEpoch(1'760'000'000'000, Qt::UTC);
        e.expires = e.created.addDays(7);
        e.ocr = OcrState::Done;
        e.languages = QStringLiteral("eng+deu");
        e.originalBytes = 12345;
        e.wrappedKey = QByteArray(72, 'w');
        e.originalBlob = QStringLiteral("0123456789abcdef0123456789abcdef");
        e.ocrBlob = QStringLiteral("fedcba9876543210fedcba9876543210");
        idx.documents.push_back(e);
    }
    idx.addTombstone(QStringLiteral("aabbccddeeff0011"));
    return idx;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const SecureBuffer key = fuzz::fixedKey();
    QTemporaryDir tmp;
    bool ok = tmp.isValid();

    // Header: as init writes it.
    const VaultHeader header = VaultHeader::createNew();
    ok = ok && header.write(tmp.filePath(QStringLiteral("vault.header")));
    QFile hf(tmp.filePath(QStringLiteral("vault.header")));
    ok = ok && hf.open(QIODevice::ReadOnly);
    ok = ok && put(out + QStringLiteral("/fuzz_vault_header"), QStringLiteral("header"), hf.readAll());

    // Index: the whole file (mode 0), the plaintext (modes 1 and 2).
    KeySlots ks;
    ks.recoverySlot = QByteArray(72, 'r');
    ks.keyId = keyIdentifier(key);
    const VaultIndex idx = sampleIndex();
    auto file = index_file::encode(header, ks, key, idx);
    ok = ok && file && put(out + QStringLiteral("/fuzz_vault_index"), QStringLiteral("file"), QByteArray(1, 0) + *file);
    ok = ok && put(out + QStringLiteral("/fuzz_vault_index"), QStringLiteral("plain"), QByteArray(1, 1) + idx.serialize());
    ok = ok && put(out + QStringLiteral("/fuzz_vault_index"), QStringLiteral("sealed"), QByteArray(1, 2) + idx.serialize());
    ok = ok && put(out + QStringLiteral("/fuzz_vault_index"), QStringLiteral("empty-sealed"),
                   QByteArray(1, 2) + VaultIndex().serialize());

    // Audit: a real log of three records (mode 1), their payloads (modes 0 and 2).
    const SecureBuffer secret = fuzz::fixedKey(7);
    const QString logPath = tmp.filePath(QStringLiteral("audit.log"));
    AuditLog log(logPath, secret, QByteArray(32, 'h'));
    ok = ok && log.append(AuditAction::VaultCreated);
    ok = ok && log.append(AuditAction::Imported, QStringLiteral("0011223344556677"), SensitivityClass::High, 3);
    ok = ok && log.append(AuditAction::Exported, QStringLiteral("0011223344556677"), SensitivityClass::High, 3, 2);
    QFile lf(logPath);
    ok = ok && lf.open(QIODevice::ReadOnly);
    const QByteArray logBytes = lf.readAll();
    ok = ok && put(out + QStringLiteral("/fuzz_audit_record"), QStringLiteral("log"), QByteArray(1, 1) + logBytes);
    auto records = log.readAll();
    ok = ok && records && records->size() == 3;
    QByteArray payloads;
    for (const AuditRecord& r : records.value())
        payloads += AuditLog::encodePayload(r);
    ok = ok && put(out + QStringLiteral("/fuzz_audit_record"), QStringLiteral("payload"),
                   QByteArray(1, 0) + payloads.left(32));
    ok = ok && put(out + QStringLiteral("/fuzz_audit_record"), QStringLiteral("chain"), QByteArray(1, 2) + payloads);
    ok = ok && put(out + QStringLiteral("/fuzz_audit_record"), QStringLiteral("chain-ordered"),
                   QByteArray(1, 2 | 4) + payloads);
    std::fprintf(stderr, ok ? "seeds written\n" : "FAILED\n");
    return ok ? 0 : 1;
}
