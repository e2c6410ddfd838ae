#include "vault/VaultSession.h"

#include "app/ThreadProbe.h"
#include "vault/IndexFile.h"
#include "vault/VaultPaths.h"

#include <QCoreApplication>
#include <QFile>

namespace vo::ui {
namespace {

// Called by the vault on its thread, right before Argon2id runs on that same thread.
PassphraseSource sourceFor(const VaultSession::Passphrase& passphrase)
{
    return [passphrase]() -> Result<SecureBuffer> {
        probe::record(QStringLiteral("kdf"));
        if (!passphrase || passphrase->isEmpty())
            return makeError(ErrorCode::AuthFailed,
                             QCoreApplication::translate("VaultSession", "enter the vault's passphrase"));
        return SecureBuffer::copyOf(passphrase->data(), passphrase->size());
    };
}

}  // namespace

VaultSession::VaultSession(QString root, std::shared_ptr<KeyStore> keychain, QObject* parent)
    : QObject(parent), m_root(std::move(root)), m_keychain(std::move(keychain))
{
    m_pool.setMaxThreadCount(1);  // the Vault is used from one thread at a time, in order
    m_pool.setExpiryTimeout(-1);
}

VaultSession::~VaultSession()
{
    lock();
    m_pool.waitForDone();
}

Error VaultSession::lockedError()
{
    return makeError(ErrorCode::VaultUnavailable, QCoreApplication::translate("VaultSession", "the vault is locked"));
}

bool VaultSession::exists() const { return QFile::exists(VaultPaths(m_root).index()); }

void VaultSession::create(KeyMode mode, Passphrase passphrase, QObject* context,
                          std::function<void(Result<std::shared_ptr<SecureBuffer>>&)> done)
{
    using R = Result<std::shared_ptr<SecureBuffer>>;
    submit<R>(
        context,
        [state = m_state, root = m_root, keychain = m_keychain, policy = m_policy, mode, passphrase]() -> R {
            VaultCreateOptions options;
            options.mode = mode;
            options.keychain = keychain;
            options.policy = policy;
            if (mode == KeyMode::Passphrase)
                options.passphrase = sourceFor(passphrase);
            auto created = Vault::create(root, std::move(options));
            if (!created)
                return created.error();
            state->vault = std::move(created->vault);
            return std::make_shared<SecureBuffer>(std::move(created->recoveryKeyText));
        },
        [this, mode, done = std::move(done)](R& r) {
            if (r) {
                m_open = true;
                m_mode = mode;
                emit opened();
            }
            done(r);
        });
}

void VaultSession::probeMode(QObject* context, std::function<void(Result<KeyMode>&)> done)
{
    submit<Result<KeyMode>>(
        context,
        [root = m_root]() -> Result<KeyMode> {
            auto env = index_file::read(VaultPaths(root).index());
            if (!env)
                return env.error();
            return env->keySlots.mode;
        },
        std::move(done));
}

void VaultSession::open(Passphrase passphrase, QObject* context, std::function<void(Result<void>&)> done)
{
    submit<Result<KeyMode>>(
        context,
        [state = m_state, root = m_root, keychain = m_keychain, policy = m_policy, passphrase]() -> Result<KeyMode> {
            if (state->vault)
                return state->vault->keyMode();
            VaultOpenOptions options;
            options.keychain = keychain;
            options.policy = policy;
            options.passphrase = sourceFor(passphrase);
            auto vault = Vault::open(root, std::move(options));
            if (!vault)
                return vault.error();
            state->vault = std::move(vault).value();
            return state->vault->keyMode();
        },
        [this, done = std::move(done)](Result<KeyMode>& r) { finishOpen(r, done); });
}

void VaultSession::recover(Passphrase recoveryKey, Passphrase newPassphrase, QObject* context,
                           std::function<void(Result<void>&)> done)
{
    submit<Result<KeyMode>>(
        context,
        [state = m_state, root = m_root, keychain = m_keychain, policy = m_policy, recoveryKey, newPassphrase]() -> Result<KeyMode> {
            if (state->vault)
                return state->vault->keyMode();
            if (!recoveryKey || recoveryKey->isEmpty())
                return makeError(ErrorCode::Usage,
                                 QCoreApplication::translate("VaultSession", "enter the vault's recovery key"));
            VaultRecoverOptions options;
            // The key goes back where the app looks for it: the keychain, or a new passphrase.
            options.mode = newPassphrase ? KeyMode::Passphrase : KeyMode::Keychain;
            if (newPassphrase)
                options.newPassphrase = sourceFor(newPassphrase);
            options.keychain = keychain;
            options.policy = policy;
            auto vault = Vault::recover(root, *recoveryKey, std::move(options));
            recoveryKey->wipe();
            if (newPassphrase)
                newPassphrase->wipe();
            if (!vault)
                return vault.error();
            state->vault = std::move(vault).value();
            return state->vault->keyMode();
        },
        [this, done = std::move(done)](Result<KeyMode>& r) { finishOpen(r, done); });
}

void VaultSession::finishOpen(Result<KeyMode>& r, const std::function<void(Result<void>&)>& done)
{
    Result<void> out;
    if (r) {
        m_open = true;
        m_mode = r.value();
        emit opened();
    } else {
        out = r.error();
    }
    done(out);
}

void VaultSession::lock()
{
    const bool wasOpen = m_open;
    m_open = false;
    // Queued behind running work (an import finishes or cancels first); the keys go with the Vault.
    (void)QtConcurrent::run(&m_pool, [state = m_state] { state->vault.reset(); });
    if (wasOpen)
        emit locked();
}

}  // namespace vo::ui
