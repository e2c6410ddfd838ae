#pragma once
// Plain values the Vault API takes and returns (the GUI uses these from a worker thread).

#include "crypto/KeyStore.h"
#include "ocr/OcrEngine.h"
#include "ocr/OcrSettings.h"
#include "vault/KeySlots.h"
#include "vault/MasterKeyAccess.h"
#include "vault/SensitivityClass.h"
#include "vault/VaultIndex.h"
#include "vault/VaultPolicy.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace vo {

enum class VaultAccess {
    ReadWrite,       // take the writer lock or fail with VaultUnavailable
    ReadOnlyIfBusy,  // take the writer lock if free, else open read-only
    ReadOnly,
};

struct VaultOpenOptions {
    VaultAccess access = VaultAccess::ReadWrite;
    std::shared_ptr<KeyStore> keychain;          // null: the OS keychain, service "VaultOCR"
    PassphraseSource passphrase;                 // asked only when the vault is in passphrase mode
    std::shared_ptr<const VaultPolicy> policy;   // null: no organisation policy
    bool purgeExpiredOnOpen = true;              // only when writable
};

struct VaultCreateOptions {
    KeyMode mode = KeyMode::Keychain;
    PassphraseSource passphrase;                 // passphrase mode: asked once (with confirmation)
    std::shared_ptr<KeyStore> keychain;
    std::shared_ptr<const VaultPolicy> policy;
};

// Where `recover` puts the master key once the recovery key has unwrapped it.
struct VaultRecoverOptions {
    KeyMode mode = KeyMode::Keychain;
    PassphraseSource newPassphrase;              // passphrase mode
    std::shared_ptr<KeyStore> keychain;
    std::shared_ptr<const VaultPolicy> policy;   // null: no organisation policy
};

// What happens to a document's expiry when its class changes (Vault::setSensitivity).
enum class ClassChangeExpiry {
    Recompute,  // created + the new class's retention (default)
    Keep,       // the current expiry, shortened only to the policy's cap for the new class
};

struct DocumentInfo {
    QString id;
    QString name;
    SensitivityClass sensitivity = SensitivityClass::High;
    int pages = 0;
    QDateTime created;
    QDateTime expires;
    OcrState ocr = OcrState::None;
    QString languages;
    qint64 originalBytes = 0;
    bool expired = false;
};

struct ImportOptions {
    SensitivityClass sensitivity = SensitivityClass::Moderate;
    std::optional<qint64> expiresInSeconds;  // overrides the class's retention
    bool recognize = true;                   // false: store the original only (OCR state "none")
    OcrSettings ocr;
    int jobs = 0;                            // OCR worker threads; 0 = one per core
    OcrEngineFactory engineFactory;          // tests; empty = tesseract
};

// Called on the importing thread.
class ImportObserver {
public:
    virtual ~ImportObserver() = default;
    virtual void originalStored(qint64 bytesDone, qint64 bytesTotal) {}
    virtual void pageRecognized(int pagesDone) {}
};

}  // namespace vo
