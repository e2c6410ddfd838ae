// What the vault folder tells without the key (header, clear key slots, file sizes) and, when
// the caller hands over the unlocked vault, what the encrypted index adds. Names, IDs and text of
// documents are read here only as far as counting and dating them needs; none of it is kept.
#include "report/DataPathReport.h"

#include "vault/IndexFile.h"
#include "vault/Vault.h"
#include "vault/VaultHeader.h"
#include "vault/VaultPaths.h"

#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>

namespace vo {
namespace {

qint64 fileSize(const QString& path)
{
    const QFileInfo fi(path);
    return fi.isFile() ? fi.size() : 0;
}

void measureFiles(const VaultPaths& paths, VaultFacts& f)
{
    f.headerBytes = fileSize(paths.header());
    f.indexBytes = fileSize(paths.index());
    f.auditBytes = fileSize(paths.audit());
    f.auditRecords = f.auditBytes / AuditLog::kRecordBytes;
    QDirIterator blobs(paths.blobDir(), QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    while (blobs.hasNext()) {
        blobs.next();
        ++f.blobCount;
        f.blobBytes += blobs.fileInfo().size();
    }
    QDirIterator all(paths.root(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (all.hasNext()) {
        all.next();
        f.totalBytes += all.fileInfo().size();
    }
}

VaultKeyFacts keyFacts(const KeySlots& keySlots, const VaultHeader& header, const QString& service)
{
    VaultKeyFacts k;
    k.mode = keySlots.mode;
    k.epoch = keySlots.epoch;
    if (keySlots.mode == KeyMode::Passphrase) {
        k.opsLimit = keySlots.kdf.opsLimit;
        k.memLimit = keySlots.kdf.memLimit;
        k.saltBytes = int(keySlots.kdf.salt.size());
    } else {
        k.keychainService = service;
        k.keychainAccount = header.account();
    }
    return k;
}

VaultContentFacts contentFacts(const Vault& vault)
{
    VaultContentFacts c;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DocumentInfo& d : vault.documents()) {
        ++c.documents;
        ++c.perClass[size_t(d.sensitivity)];
        if (d.expired || d.expires <= now) {
            ++c.expiredAwaitingPurge;
            continue;
        }
        const QDateTime expires = d.expires.toUTC();
        if (!c.nextExpiry || expires < *c.nextExpiry)
            c.nextExpiry = expires;
    }
    c.retention = vault.retention();
    c.audit = vault.verifyAudit();
    return c;
}

}  // namespace

VaultFacts gatherVaultFacts(const ReportSources& sources)
{
    VaultFacts f;
    f.root = sources.vault ? sources.vault->root() : sources.vaultRoot;
    const VaultPaths paths(f.root);
    struct stat st = {};
    f.folderExists = ::stat(QFile::encodeName(f.root).constData(), &st) == 0 && S_ISDIR(st.st_mode);
    if (f.folderExists)
        f.folderMode = int(st.st_mode & 07777);
    f.headerExists = QFileInfo(paths.header()).isFile();
    if (!f.headerExists)
        return f;
    measureFiles(paths, f);

    auto header = VaultHeader::read(paths.header());
    if (!header) {
        f.problem = header.error().message;
        return f;
    }
    f.uuid = header->uuid();
    auto envelope = index_file::read(paths.index());
    if (!envelope) {
        f.problem = envelope.error().message;
        return f;
    }
    f.keys = keyFacts(envelope->keySlots, *header, sources.keychainService);
    if (sources.vault && !sources.vault->isLocked())
        f.content = contentFacts(*sources.vault);
    else
        f.notUnlockedReason = sources.notUnlockedReason;
    return f;
}

}  // namespace vo
