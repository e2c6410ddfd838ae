#pragma once
// The vault's life in the GUI: first run (welcome → create → recovery key), unlock at start and
// after a lock (keychain: no question; passphrase: from the lock screen), recovery with the
// recovery key when the keychain entry is lost, lock, the purge of expired documents every
// minute, and the vault-only commands (audit trail, class, expiry, retention).
// Key derivation and every vault call run on the vault thread (VaultSession).

#include "crypto/KeyStore.h"
#include "crypto/SecureBuffer.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <memory>

class QWidget;

namespace vo::ui {

class DialogSeam;
class DocumentLibrary;
class Settings;
class VaultSession;

struct VaultConfig {
    bool enabled = true;
    QString root;                          // empty: VaultPaths::resolveRoot (env, XDG)
    std::shared_ptr<KeyStore> keychain;    // null: the OS keychain
};

class VaultController : public QObject {
    Q_OBJECT
public:
    static constexpr int kPurgeIntervalMs = 60'000;

    VaultController(const VaultConfig& config, DocumentLibrary& library, Settings& settings, DialogSeam& dialogs,
                    QWidget* window);
    ~VaultController() override;

    // First run or unlock; emits ready() once the app can be used (with or without a vault).
    void start();
    bool isOpen() const;
    bool exists() const;
    bool usesPassphrase() const;
    VaultSession* session() const { return m_session.get(); }

    void unlock(SecureBuffer passphrase);
    void lock();
    void showAudit();
    void changeExpiry(const QString& id);
    void changeClass(const QString& id);
    // "Use recovery key…": asks for the key, then opens the vault with it (VaultSession::recover).
    void askRecoveryKey();
    void purgeNow();
    void applyRetention(const std::array<qint64, 3>& seconds);

signals:
    void ready(bool vaultOpen);
    void unlocked();
    void unlockFailed(const QString& message);
    void lockScreenNeeded(bool passphrase);
    void recoveryOffered(bool on);
    void statusMessage(const QString& message);

private:
    void runWelcome(const QString& reason);
    void create(int choice, SecureBuffer passphrase);
    void showRecoveryKey(const SecureBuffer& text);
    void openAtStart();
    void onOpened();

    DocumentLibrary& m_library;
    Settings& m_settings;
    DialogSeam& m_dialogs;
    QWidget* m_window;
    std::unique_ptr<VaultSession> m_session;
    QTimer m_purgeTimer;
    bool m_started = false;
    bool m_passphraseMode = false;  // of the locked vault: recovery then asks for a new passphrase
};

}  // namespace vo::ui
