#pragma once
// The GUI's handle on the vault. The Vault object is not thread-safe and its calls can be slow
// (key derivation, keychain, decrypting pages, imports), so it lives on one dedicated worker
// thread: every call is a closure queued to that thread, run in order, and its result handed
// back on the GUI thread to a callback owned by a context object. The GUI thread never touches
// the Vault and never waits for it.

#include "crypto/KeyStore.h"
#include "vault/Vault.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace vo::ui {

class VaultSession : public QObject {
    Q_OBJECT
public:
    // `keychain` null = the OS keychain (service "VaultOCR"); tests pass their own service.
    explicit VaultSession(QString root, std::shared_ptr<KeyStore> keychain = {}, QObject* parent = nullptr);
    ~VaultSession() override;  // locks the vault and waits for the vault thread

    const QString& root() const { return m_root; }
    bool exists() const;
    bool isOpen() const { return m_open; }
    KeyMode mode() const { return m_mode; }
    const std::shared_ptr<KeyStore>& keychain() const { return m_keychain; }  // null: the OS keychain
    // The organisation's policy every create/open/recover hands to the vault (null: none).
    void setPolicy(std::shared_ptr<const VaultPolicy> policy) { m_policy = std::move(policy); }

    using Passphrase = std::shared_ptr<SecureBuffer>;
    // Creates the vault; the result is the recovery key's text (secure memory) to show once.
    void create(KeyMode mode, Passphrase passphrase, QObject* context,
                std::function<void(Result<std::shared_ptr<SecureBuffer>>&)> done);
    // How the existing vault is unlocked (reads the clear key slots only).
    void probeMode(QObject* context, std::function<void(Result<KeyMode>&)> done);
    void open(Passphrase passphrase, QObject* context, std::function<void(Result<void>&)> done);
    // Opens the vault with its recovery key (typed text, secure memory) and puts the master key
    // back into the keychain, or — with `newPassphrase` — protects it with that passphrase
    // (Vault::recover); both are wiped on the vault thread after use.
    void recover(Passphrase recoveryKey, Passphrase newPassphrase, QObject* context,
                 std::function<void(Result<void>&)> done);
    // Wipes the keys now (on the vault thread, after whatever is queued before it).
    void lock();

    // Runs `work` on the vault thread; "locked" error if the vault is not open by then.
    template <typename T>
    void run(QObject* context, std::function<Result<T>(Vault&)> work, std::function<void(Result<T>&)> done)
    {
        submit<Result<T>>(
            context,
            [state = m_state, work = std::move(work)]() -> Result<T> {
                if (!state->vault)
                    return lockedError();
                return work(*state->vault);
            },
            std::move(done));
    }

signals:
    void opened();
    void locked();

private:
    struct State {
        std::unique_ptr<Vault> vault;
    };
    static Error lockedError();
    // After open or recover, on the GUI thread.
    void finishOpen(Result<KeyMode>& result, const std::function<void(Result<void>&)>& done);

    template <typename R>
    void submit(QObject* context, std::function<R()> work, std::function<void(R&)> done)
    {
        using Holder = std::shared_ptr<R>;
        auto* watcher = new QFutureWatcher<Holder>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
            Holder result = watcher->result();
            watcher->deleteLater();
            if (result && done)
                done(*result);
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, [work = std::move(work)]() -> Holder {
            return std::make_shared<R>(work());
        }));
    }

    QString m_root;
    std::shared_ptr<KeyStore> m_keychain;
    std::shared_ptr<const VaultPolicy> m_policy;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QThreadPool m_pool;
    bool m_open = false;
    KeyMode m_mode = KeyMode::Keychain;
};

}  // namespace vo::ui
