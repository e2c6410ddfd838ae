#pragma once
// "Use recovery key…" from the lock screen: the user types the recovery key shown when the vault
// was created (grouped base32; case, spaces and dashes do not matter). The vault then puts its
// master key back into the system keychain (Vault::recover) and opens — or, for a passphrase
// vault (no keychain needed), protects it with a new passphrase typed twice here.

#include "crypto/SecureBuffer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vo::ui {

class RecoverDialog : public QDialog {
    Q_OBJECT
public:
    // `newPassphrase`: also ask for the vault's new passphrase (a passphrase vault).
    explicit RecoverDialog(bool newPassphrase = false, QWidget* parent = nullptr);

    // Moves the typed key (and new passphrase) into secure memory and clears the fields (done by
    // accept()).
    SecureBuffer takeKey();
    SecureBuffer takeNewPassphrase();

    QLineEdit* keyField() const { return m_key; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* confirmField() const { return m_confirm; }
    QPushButton* recoverButton() const { return m_recover; }

public slots:
    void accept() override;

private:
    void updateState();

    QLineEdit* m_key;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_recover = nullptr;
    SecureBuffer m_taken;
    SecureBuffer m_takenPassphrase;
};

}  // namespace vo::ui
