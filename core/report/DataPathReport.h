#pragma once
// The data-path report (issue 6, item 6): the "decision record" a security review asks for,
// stated for this installation from the running program's own state. DataPathReport is a plain
// value gathered from the other modules' APIs (Vault, the key slots in vault.index, NetworkGuard,
// ProcessHardening, LogPolicy, InputLimits, LanguageCatalog, libraryVersions); the renderers in
// ReportRenderers.h turn it into Markdown or HTML. `vaultocr report` and Help → Data-path report
// both use it.
//
// What it may contain: paths of the vault folder, sizes, counts, dates, parameters, versions.
// What it never contains: document names, IDs or text, passphrases, keys, the recovery key.
// Without the key it reports what the header, the clear key slots and the file sizes tell.

#include "input/PageSource.h"
#include "report/LibraryVersions.h"
#include "vault/AuditLog.h"
#include "vault/KeySlots.h"
#include "vault/RetentionPolicy.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <array>
#include <memory>
#include <optional>

namespace vo {

class ManagedPolicy;
class Vault;

// How the master key is held: from the clear key slots at the front of vault.index.
struct VaultKeyFacts {
    KeyMode mode = KeyMode::Keychain;
    quint64 epoch = 0;        // +1 per master-key rotation
    quint64 opsLimit = 0;     // Argon2id, passphrase mode only
    quint64 memLimit = 0;     // bytes
    int saltBytes = 0;
    QString keychainService;  // keychain mode
    QString keychainAccount;  // the vault UUID
};

// Only with the vault unlocked: everything here lives inside the encrypted index.
struct VaultContentFacts {
    int documents = 0;
    std::array<int, 3> perClass{};  // indexed by SensitivityClass
    int expiredAwaitingPurge = 0;
    RetentionSettings retention;
    std::optional<QDateTime> nextExpiry;  // earliest expiry of a document not yet expired (UTC)
    AuditVerifyReport audit;
};

struct VaultFacts {
    QString root;
    bool folderExists = false;
    bool headerExists = false;  // false: no vault here
    QString problem;            // header or key slots unreadable: the error (never content)
    QUuid uuid;
    int folderMode = -1;        // permission bits of the folder
    qint64 headerBytes = 0;
    qint64 indexBytes = 0;
    qint64 blobCount = 0;
    qint64 blobBytes = 0;
    qint64 auditBytes = 0;
    qint64 auditRecords = 0;    // complete records by size
    qint64 totalBytes = 0;      // every file below the folder
    std::optional<VaultKeyFacts> keys;
    std::optional<VaultContentFacts> content;
    QString notUnlockedReason;  // why `content` is missing
};

struct NetworkFacts {
    bool guardInstalled = false;  // NetworkGuard::install() succeeded in this process
    int seccompMode = 0;          // "Seccomp:" of /proc/self/status (2 = filter)
    bool qtNetworkLoaded = false; // libQt6Network mapped into this process
    QStringList networkLibrariesLoaded;  // other mapped libraries with network code (libcurl…)
};

struct HardeningFacts {
    qint64 coreLimitSoft = -1;  // -1 = unlimited
    qint64 coreLimitHard = -1;
    int dumpable = -1;
    QString ompThreadLimit;     // empty = unset
};

// The desktop app's security settings; absent when the report comes from the command line.
struct DesktopFacts {
    int clipboardSeconds = 30;
    int autoLockMinutes = 5;    // 0 = never
    bool lockOnScreenLock = true;
    QString clipboardHint;      // the MIME format that keeps clipboard managers from storing it
};

// The organisation's policy (issue 8). For now only whether the file exists: see
// gatherManagedPolicy() in ManagedPolicyFacts.cpp, from core/policy (issue 8).
struct ManagedPolicyFacts {
    QString path;
    bool present = false;
    bool readByThisBuild = false;
    QString hash;               // BLAKE2b-256 of the file, hex (what the audit trail's unlocks carry)
    QStringList rules;          // one line per rule, when read
};

struct DataPathReport {
    QDateTime generated;        // UTC
    QString appVersion;
    QString host;
    QString system;
    VaultFacts vault;
    NetworkFacts network;
    HardeningFacts hardening;
    bool debugLogging = false;  // LogPolicy::debugOutputEnabled()
    InputLimits inputLimits;
    int pdfDpi = 300;
    int pageTimeoutMs = 0;      // default per-page recognition time-out; 0 = none
    QString tessdataDir;
    QStringList languages;
    QList<LibraryVersion> libraries;
    std::optional<DesktopFacts> desktop;
    ManagedPolicyFacts policy;
};

struct ReportSources {
    QString vaultRoot;
    const Vault* vault = nullptr;        // the unlocked vault of vaultRoot, or null
    QString notUnlockedReason;           // shown when vault is null
    QString keychainService = QStringLiteral("VaultOCR");
    std::optional<DesktopFacts> desktop;
    // The organisation's policy this process runs under (null: read PolicyFile::kSystemPath).
    std::shared_ptr<const ManagedPolicy> policy;
};

DataPathReport gatherDataPathReport(const ReportSources& sources);

// Parts of the gathering, each in its own file.
VaultFacts gatherVaultFacts(const ReportSources& sources);  // VaultFacts.cpp
NetworkFacts gatherNetworkFacts();                          // ProcessFacts.cpp
HardeningFacts gatherHardeningFacts();                      // ProcessFacts.cpp
ManagedPolicyFacts gatherManagedPolicy(const ReportSources& sources);  // ManagedPolicyFacts.cpp

}  // namespace vo
