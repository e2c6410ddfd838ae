#include "vault/VaultController.h"

#include "app/Settings.h"
#include "dialogs/AuditDialog.h"
#include "dialogs/ClassDialog.h"
#include "dialogs/DialogSeam.h"
#include "dialogs/ExpiryDialog.h"
#include "dialogs/RecoverDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "document/DocumentLibrary.h"
#include "document/OpenDocument.h"
#include "vault/VaultDocuments.h"
#include "vault/VaultPaths.h"
#include "vault/VaultSession.h"

#include <QWidget>

namespace vo::ui {

VaultController::VaultController(const VaultConfig& config, DocumentLibrary& library, Settings& settings,
                                 DialogSeam& dialogs, QWidget* window)
    : QObject(window), m_library(library), m_settings(settings), m_dialogs(dialogs), m_window(window),
      m_session(std::make_unique<VaultSession>(VaultPaths::resolveRoot(config.root), config.keychain))
{
    m_session->setPolicy(settings.policy());
    m_purgeTimer.setInterval(kPurgeIntervalMs);
    connect(&m_purgeTimer, &QTimer::timeout, this, &VaultController::purgeNow);
}

// The library (created first) is gone by now; the session waits for the vault thread and locks.
VaultController::~VaultController() = default;

bool VaultController::isOpen() const { return m_session->isOpen(); }
bool VaultController::exists() const { return m_session->exists(); }
bool VaultController::usesPassphrase() const { return m_session->mode() == KeyMode::Passphrase; }

void VaultController::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_session->exists())
        openAtStart();
    else
        runWelcome({});
}

void VaultController::runWelcome(const QString& reason)
{
    WelcomeDialog dialog(m_settings.languages(), m_window);
    if (!reason.isEmpty())
        dialog.preferPassphrase(reason);
    dialog.applyPolicy(*m_settings.policy());
    if (!m_dialogs.run(dialog) || dialog.choice() == WelcomeDialog::Choice::WithoutVault) {
        emit statusMessage(tr("No vault: documents are recognised in memory and forgotten when you lock or quit."));
        emit ready(false);
        return;
    }
    if (!dialog.languages().isEmpty())
        m_settings.setLanguages(dialog.languages());
    SecureBuffer passphrase = dialog.choice() == WelcomeDialog::Choice::CreateWithPassphrase ? dialog.takePassphrase()
                                                                                            : SecureBuffer();
    create(int(dialog.choice()), std::move(passphrase));
}

void VaultController::create(int choice, SecureBuffer passphrase)
{
    const bool withPassphrase = choice == int(WelcomeDialog::Choice::CreateWithPassphrase);
    emit statusMessage(tr("Creating the vault…"));
    auto secret = std::make_shared<SecureBuffer>(std::move(passphrase));
    m_session->create(withPassphrase ? KeyMode::Passphrase : KeyMode::Keychain, secret, this,
                      [this, withPassphrase](Result<std::shared_ptr<SecureBuffer>>& r) {
                          if (!r) {
                              m_dialogs.showError(m_window, tr("The vault was not created"), r.error().message);
                              runWelcome(withPassphrase ? QString()
                                                        : tr("The system keychain could not be used. Protect the "
                                                             "vault with a passphrase instead."));
                              return;
                          }
                          showRecoveryKey(*r.value());
                          r.value()->wipe();
                          onOpened();
                      });
}

void VaultController::showRecoveryKey(const SecureBuffer& text)
{
    // The dialog cannot be closed before "I have stored it" is ticked.
    RecoveryKeyDialog dialog(text, m_window);
    m_dialogs.run(dialog);
}

void VaultController::openAtStart()
{
    m_session->probeMode(this, [this](Result<KeyMode>& mode) {
        if (!mode) {
            emit lockScreenNeeded(false);
            emit unlockFailed(mode.error().message);
            emit ready(false);
            return;
        }
        m_passphraseMode = mode.value() == KeyMode::Passphrase;
        emit lockScreenNeeded(m_passphraseMode);
        emit recoveryOffered(true);
        if (mode.value() == KeyMode::Keychain)
            unlock({});
    });
}

void VaultController::unlock(SecureBuffer passphrase)
{
    auto secret = std::make_shared<SecureBuffer>(std::move(passphrase));
    m_session->open(secret, this, [this, secret](Result<void>& r) {
        secret->wipe();
        if (!r) {
            // A lost keychain entry (or a forgotten passphrase): the recovery key is the way back.
            emit unlockFailed(r.error().code == ErrorCode::AuthFailed
                                  ? tr("%1\nIf the key is lost, click “Use recovery key…”.").arg(r.error().message)
                                  : r.error().message);
            return;
        }
        onOpened();
    });
}

void VaultController::askRecoveryKey()
{
    if (m_session->isOpen())
        return;
    // A passphrase vault gets a new passphrase (it may be on a machine without a keychain).
    const bool passphrase = m_passphraseMode;
    RecoverDialog dialog(passphrase, m_window);
    if (!m_dialogs.run(dialog))
        return;
    auto key = std::make_shared<SecureBuffer>(dialog.takeKey());
    auto newPassphrase = passphrase ? std::make_shared<SecureBuffer>(dialog.takeNewPassphrase()) : nullptr;
    emit statusMessage(tr("Recovering the vault…"));
    m_session->recover(key, newPassphrase, this, [this, key, newPassphrase, passphrase](Result<void>& r) {
        key->wipe();
        if (newPassphrase)
            newPassphrase->wipe();
        if (!r) {
            // Nothing changed: the vault and the keychain are as they were.
            emit unlockFailed(tr("The recovery key was not accepted: %1").arg(r.error().message));
            return;
        }
        emit statusMessage(passphrase ? tr("Vault recovered: it is now protected by the new passphrase.")
                                      : tr("Vault recovered: its key is back in the system keychain."));
        onOpened();
    });
}

void VaultController::onOpened()
{
    m_library.setVault(m_session.get());
    m_purgeTimer.start();
    emit unlocked();
    emit ready(true);
}

void VaultController::lock()
{
    m_purgeTimer.stop();
    m_library.wipe();
    m_session->lock();
    m_passphraseMode = m_session->mode() == KeyMode::Passphrase;
    emit lockScreenNeeded(m_passphraseMode);
    emit recoveryOffered(true);
}

void VaultController::purgeNow()
{
    if (!m_library.vault())
        return;
    m_library.vault()->purgeExpired([this](bool ok, const QString& message) {
        if (!ok)
            emit statusMessage(tr("Purging expired documents failed: %1").arg(message));
    });
}

void VaultController::showAudit()
{
    AuditDialog dialog(m_window);
    struct Audit {
        std::vector<AuditRecord> records;
        AuditVerifyReport report;
    };
    m_session->run<Audit>(
        &dialog,
        [](Vault& v) -> Result<Audit> {
            auto records = v.auditRecords();
            AuditVerifyReport report = v.verifyAudit();
            return Audit{records ? records.value() : std::vector<AuditRecord>{}, report};
        },
        [&dialog](Result<Audit>& r) {
            if (r)
                dialog.setRecords(r->records, r->report);
            else
                dialog.setError(r.error().message);
        });
    m_dialogs.run(dialog);
}

void VaultController::changeExpiry(const QString& id)
{
    const DocumentRow* row = m_library.model()->row(id);
    if (!row || !m_library.vault())
        return;
    ExpiryDialog dialog(row->name, row->expires, m_window);
    if (!m_dialogs.run(dialog))
        return;
    m_library.vault()->setExpiry(id, dialog.expires(), [this](bool ok, const QString& message) {
        if (!ok)
            m_dialogs.showError(m_window, tr("Expiry not changed"), message);
    });
}

void VaultController::changeClass(const QString& id)
{
    const DocumentRow* row = m_library.model()->row(id);
    if (!row || !m_library.vault() || row->sensitivity < 0)
        return;
    ClassDialog dialog(row->name, row->sensitivity, m_library.retentionSeconds(), m_window);
    if (!m_dialogs.run(dialog) || dialog.sensitivity() == row->sensitivity)
        return;
    const auto expiry = dialog.keepExpiry() ? ClassChangeExpiry::Keep : ClassChangeExpiry::Recompute;
    m_library.vault()->setSensitivity(id, SensitivityClass(dialog.sensitivity()), expiry,
                                      [this](bool ok, const QString& message) {
                                          if (!ok)
                                              m_dialogs.showError(m_window, tr("Class not changed"), message);
                                      });
}

void VaultController::applyRetention(const std::array<qint64, 3>& seconds)
{
    if (!m_library.vault())
        return;
    m_library.vault()->setRetention(seconds, [this](bool ok, const QString& message) {
        if (!ok)
            m_dialogs.showError(m_window, tr("Retention not changed"), message);
    });
}

}  // namespace vo::ui
