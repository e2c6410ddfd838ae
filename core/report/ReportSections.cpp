// The report's first half: what this installation is and does — summary, document classes, the
// data path, transmission and input handling, storage and retention, encryption and keys.
#include "report/ReportDocument.h"

#include "vault/SensitivityClass.h"

namespace vo::report {
namespace {

QString yesNo(bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); }

QString vaultState(const VaultFacts& v)
{
    if (!v.headerExists)
        return v.folderExists ? QStringLiteral("no vault in this folder (no %1)").arg(code(QStringLiteral("vault.header")))
                              : QStringLiteral("no vault exists at this location");
    if (!v.problem.isEmpty())
        return QStringLiteral("present but unreadable: %1").arg(v.problem);
    if (v.content)
        return QStringLiteral("present, unlocked for this report");
    return QStringLiteral("present, not unlocked for this report (%1); facts that need the key are marked unknown")
        .arg(v.notUnlockedReason.isEmpty() ? QStringLiteral("no key given") : v.notUnlockedReason);
}

QString guardLine(const NetworkFacts& n)
{
    return guardActive(n) ? QStringLiteral("active (seccomp filter, Seccomp: %1)").arg(n.seccompMode)
                          : QStringLiteral("NOT ACTIVE (filter installed by VaultOCR: %1, Seccomp: %2)")
                                .arg(yesNo(n.guardInstalled))
                                .arg(n.seccompMode);
}

Section summary(const DataPathReport& r)
{
    Section s{QStringLiteral("summary"), QStringLiteral("1. Summary"), {}};
    s.table({QStringLiteral("Question"), QStringLiteral("Answer for this installation")},
            {{QStringLiteral("Deployment model"), QStringLiteral("on-device and offline: OCR runs in this process on this computer; nothing is uploaded")},
             {QStringLiteral("Vault location"), code(r.vault.root)},
             {QStringLiteral("Vault state"), vaultState(r.vault)},
             {QStringLiteral("Master key held in"), keyHolder(r.vault)},
             {QStringLiteral("Network guard"), guardLine(r.network)},
             {QStringLiteral("Retention per class"), retentionSummary(r.vault)},
             {QStringLiteral("Next expiry"), nextExpiry(r.vault)},
             {QStringLiteral("Managed policy"), policySummary(r.policy)}});
    return s;
}

Section classes(const DataPathReport& r)
{
    Section s{QStringLiteral("classes"), QStringLiteral("2. Documents and sensitivity classes"), {}};
    s.para(QStringLiteral("Every document in the vault has one of three sensitivity classes, chosen at import "
                          "(command line default: moderate; the desktop app asks, with a default from its "
                          "settings). The class sets its retention and, with a managed policy, what may be "
                          "exported. Class names, document names and dates exist only inside the encrypted index."));
    QList<QStringList> rows;
    for (SensitivityClass c : kAllSensitivityClasses) {
        const QString count = r.vault.content ? QString::number(r.vault.content->perClass[size_t(c)])
                                              : QStringLiteral("unknown without the key");
        const QString keep = r.vault.content ? duration(r.vault.content->retention.retentionSeconds(c))
                                             : QStringLiteral("unknown without the key");
        rows << QStringList{sensitivityClassName(c), count, keep};
    }
    s.table({QStringLiteral("Class"), QStringLiteral("Documents in the vault"), QStringLiteral("Default retention")}, rows);
    s.para(QStringLiteral("Approved document types per class: to be filled in by the reviewer (see section 14)."));
    return s;
}

Section dataPath(const DataPathReport& r)
{
    Section s{QStringLiteral("data-path"), QStringLiteral("3. The path of a document"), {}};
    s.bullets({
        QStringLiteral("Origin: a file the user chooses (file dialog, drag and drop, or the command line). It is read "
                       "in place from the local file system and never copied anywhere in clear."),
        QStringLiteral("Transfer: none. There is no upload and no server; the network guard (section 4) makes "
                       "network access impossible for this process."),
        QStringLiteral("Processing: in this process: poppler renders PDF pages, leptonica decodes images, tesseract "
                       "recognises text, one page at a time in memory (at most two pages per worker thread)."),
        QStringLiteral("Temporary storage: none on disk. Vault blobs and exports are written as unnamed files "
                       "(%1) that get a name only when complete; a crash or cancel leaves nothing.")
            .arg(code(QStringLiteral("O_TMPFILE"))),
        QStringLiteral("Extracted text: stored in the vault, encrypted, next to the encrypted original and page "
                       "images (section 5). %1 without the vault writes only the output files the user names.")
            .arg(code(QStringLiteral("vaultocr ocr"))),
        QStringLiteral("Logs, previews, thumbnails, debug artefacts: none on disk. Page images and thumbnails exist "
                       "only in memory and are wiped when the vault locks; logs carry no content (section 8)."),
        QStringLiteral("Deletion: at expiry or on Delete now, the document's blobs and index entry are removed and "
                       "the master key is replaced (crypto-shredding, section 5)."),
        QStringLiteral("What can leave the vault: only what the user exports or copies (section 9)."),
    });
    Q_UNUSED(r);
    return s;
}

Section transmission(const DataPathReport& r)
{
    const NetworkFacts& n = r.network;
    Section s{QStringLiteral("network"), QStringLiteral("4. Transmission and input handling"), {}};
    QString others = n.networkLibrariesLoaded.isEmpty()
                         ? QStringLiteral("none")
                         : n.networkLibrariesLoaded.join(QStringLiteral(", "))
                               + QStringLiteral(" (libtesseract links libcurl, which brings these in; tesseract uses "
                                                "it only when handed a URL, VaultOCR never hands it one, and the "
                                                "seccomp filter refuses its sockets)");
    s.table({QStringLiteral("Check"), QStringLiteral("State")},
            {{QStringLiteral("Network guard"), guardLine(n)},
             {QStringLiteral("Seccomp filter installed by VaultOCR at start-up"), yesNo(n.guardInstalled)},
             {QStringLiteral("Kernel Seccomp mode of this process (/proc/self/status)"), QString::number(n.seccompMode)},
             {QStringLiteral("Sockets refused"), QStringLiteral("every address family except AF_UNIX (EACCES); AF_UNIX stays for the keychain's D-Bus")},
             {QStringLiteral("io_uring"), QStringLiteral("refused (ENOSYS): it could open sockets without socket()")},
             {QStringLiteral("Threads and child processes covered"), QStringLiteral("yes (filter synchronised to all threads, inherited by children)")},
             {QStringLiteral("Qt network module loaded"), yesNo(n.qtNetworkLoaded)},
             {QStringLiteral("Other network libraries loaded"), others},
             {QStringLiteral("Build check"), QStringLiteral("the configure step fails if a core module links Qt6::Network or curl")}});
    s.para(QStringLiteral("Input handling: files are recognised by their content, not their extension, and these "
                          "limits are checked before anything is decoded:"));
    s.table({QStringLiteral("Limit"), QStringLiteral("Value")},
            {{QStringLiteral("File size"), bytes(r.inputLimits.maxFileBytes)},
             {QStringLiteral("Pixels per page"), QStringLiteral("%1 (%2 megapixels)").arg(r.inputLimits.maxPixelsPerPage).arg(r.inputLimits.maxPixelsPerPage / 1000000)},
             {QStringLiteral("Pages per file"), QString::number(r.inputLimits.maxPages)},
             {QStringLiteral("PDF rendering resolution"), QStringLiteral("%1 dpi").arg(r.pdfDpi)},
             {QStringLiteral("Recognition time per page"), r.pageTimeoutMs > 0 ? duration(r.pageTimeoutMs / 1000)
                                                                      : QStringLiteral("no limit by default (%1)").arg(code(QStringLiteral("vaultocr ocr --page-timeout S")))},
             {QStringLiteral("Accepted formats"), QStringLiteral("PNG, JPEG, TIFF, PDF")}});
    s.para(QStringLiteral("A file over a limit or unreadable is refused with a one-line error; nothing is stored."));
    return s;
}

Section storage(const DataPathReport& r)
{
    const VaultFacts& v = r.vault;
    Section s{QStringLiteral("storage"), QStringLiteral("5. Storage and retention"), {}};
    if (!v.headerExists) {
        s.para(QStringLiteral("No vault exists at %1, so nothing is stored.").arg(code(v.root)));
    } else {
        s.table({QStringLiteral("Vault"), QStringLiteral("On disk")},
                {{QStringLiteral("Folder"), code(v.root)},
                 {QStringLiteral("Folder permissions"), v.folderMode >= 0 ? code(QStringLiteral("%1").arg(v.folderMode, 4, 8, QLatin1Char('0'))) : QStringLiteral("unknown")},
                 {QStringLiteral("Vault ID (also the keychain account)"), v.uuid.isNull() ? QStringLiteral("unknown") : code(v.uuid.toString(QUuid::WithoutBraces))},
                 {code(QStringLiteral("vault.header")), bytes(v.headerBytes)},
                 {code(QStringLiteral("vault.index")) + QStringLiteral(" (encrypted index)"), bytes(v.indexBytes)},
                 {QStringLiteral("Encrypted blobs (%1)").arg(code(QStringLiteral("blobs/"))), QStringLiteral("%1 %2, %3").arg(v.blobCount).arg(QLatin1String(v.blobCount == 1 ? "blob" : "blobs")).arg(bytes(v.blobBytes))},
                 {code(QStringLiteral("audit.log")), QStringLiteral("%1 records, %2").arg(v.auditRecords).arg(bytes(v.auditBytes))},
                 {QStringLiteral("Total size on disk"), bytes(v.totalBytes)}});
        s.para(QStringLiteral("Each document is up to three blobs: original, OCR result, page images (the original "
                              "only when imported without OCR). "
                              "A copy of the folder reveals only the numbers and sizes above, the key mode and KDF "
                              "parameters, and file times; not names, classes, dates or text."));
    }
    s.table({QStringLiteral("Retention"), QStringLiteral("This installation")},
            {{QStringLiteral("Per class"), retentionSummary(v)},
             {QStringLiteral("Next expiry"), nextExpiry(v)},
             {QStringLiteral("Expired, awaiting purge"), v.content ? QString::number(v.content->expiredAwaitingPurge) : QStringLiteral("unknown without the key")}});
    s.bullets({
        QStringLiteral("Documents are kept until they expire: the retention per class is set in the desktop app "
                       "(Edit → Settings… → Vault); a document's own expiry is set at import (%1) or changed later "
                       "(Document → Change Expiry…, %2).")
            .arg(code(QStringLiteral("--expires-in")), code(QStringLiteral("vaultocr expire"))),
        QStringLiteral("The extracted text and page images are stored apart from the original (their own blobs), "
                       "encrypted the same way and deleted with it."),
        QStringLiteral("An expired document refuses access from the instant it expires."),
        QStringLiteral("Expired documents are purged at every writable open, every minute while the desktop app is "
                       "unlocked, and hourly by %1 when that systemd user timer is enabled.")
            .arg(code(QStringLiteral("vaultocr-purge.timer"))),
        QStringLiteral("Delete now (GUI, %1) removes a document at once.").arg(code(QStringLiteral("vaultocr delete"))),
        QStringLiteral("Every delete and purge replaces the master key and re-wraps the remaining keys: old copies "
                       "of the index and blobs (backups, snapshots, SSD remnants) need the old key, which no longer "
                       "exists. Not covered: someone holding the recovery key or passphrase together with an old "
                       "copy of %1.").arg(code(QStringLiteral("vault.index"))),
        QStringLiteral("Failed or cancelled imports leave nothing: the document exists only once its index entry is "
                       "committed."),
        QStringLiteral("Backups: the vault folder is the only thing to back up; it stays encrypted."),
    });
    return s;
}

Section keys(const DataPathReport& r)
{
    const VaultFacts& v = r.vault;
    Section s{QStringLiteral("keys"), QStringLiteral("6. Encryption and keys"), {}};
    s.table({QStringLiteral("What"), QStringLiteral("Algorithm (libsodium; core/vault/FORMAT.md)")},
            {{QStringLiteral("Originals, OCR results, page images"), QStringLiteral("XChaCha20-Poly1305 secretstream (%1), 64 KiB chunks, one random data key per document, a sub-key per role (%2)").arg(code(QStringLiteral("crypto_secretstream_xchacha20poly1305")), code(QStringLiteral("crypto_kdf")))},
             {QStringLiteral("Key wrapping (data keys, audit secret, recovery key)"), QStringLiteral("XChaCha20-Poly1305-IETF under the master key, 24-byte random nonce, bound to role, document and vault")},
             {QStringLiteral("Index (names, classes, dates)"), QStringLiteral("XChaCha20-Poly1305-IETF under the master key")},
             {QStringLiteral("Audit trail"), QStringLiteral("XChaCha20-Poly1305 records chained by BLAKE2b MACs")},
             {QStringLiteral("Passphrase to key"), QStringLiteral("Argon2id (%1), at least libsodium's MODERATE limits").arg(code(QStringLiteral("crypto_pwhash")))},
             {QStringLiteral("Header and key-slot checksums"), QStringLiteral("BLAKE2b-256")}});
    QList<QStringList> rows{{QStringLiteral("Master key held in"), keyHolder(v)}};
    if (v.keys) {
        rows << QStringList{QStringLiteral("Key mode"), v.keys->mode == KeyMode::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase")};
        if (v.keys->mode == KeyMode::Keychain) {
            rows << QStringList{QStringLiteral("Keychain entry"), QStringLiteral("service %1, account %2 (during a key rotation also %3); QtKeychain's plaintext fallback is never enabled")
                                                                       .arg(code(v.keys->keychainService), code(v.keys->keychainAccount), code(v.keys->keychainAccount + QStringLiteral(".next")))};
        } else {
            rows << QStringList{QStringLiteral("Argon2id opslimit"), QString::number(v.keys->opsLimit)};
            rows << QStringList{QStringLiteral("Argon2id memlimit"), bytes(qint64(v.keys->memLimit))};
            rows << QStringList{QStringLiteral("Argon2id parallelism"), QStringLiteral("1 (libsodium)")};
            rows << QStringList{QStringLiteral("Salt"), QStringLiteral("%1 random bytes, in the clear key slots of %2").arg(v.keys->saltBytes).arg(code(QStringLiteral("vault.index")))};
        }
        rows << QStringList{QStringLiteral("Key epoch"), QStringLiteral("%1 (the master key has been replaced %2 times)").arg(v.keys->epoch).arg(v.keys->epoch > 0 ? v.keys->epoch - 1 : 0)};
    }
    rows << QStringList{QStringLiteral("Recovery key"), QStringLiteral("32 random bytes shown once when the vault was created; the key slots hold the master key wrapped by it. VaultOCR does not keep it.")};
    rows << QStringList{QStringLiteral("Keys in memory"), QStringLiteral("only in libsodium secure memory (guard pages, locked, zeroed on free), wiped when the vault locks")};
    s.table({QStringLiteral("Key"), QStringLiteral("This installation")}, rows);
    return s;
}

}  // namespace

QList<Section> factSections(const DataPathReport& r)
{
    return {summary(r), classes(r), dataPath(r), transmission(r), storage(r), keys(r)};
}

}  // namespace vo::report
