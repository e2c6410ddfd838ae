#pragma once
// Shown instead of the documents while VaultOCR is locked. Holds nothing about any document.
// In passphrase mode it has a passphrase field whose text is moved into secure memory at once.

#include "crypto/SecureBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vo::ui {

class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);

    void setPassphraseMode(bool on);
    void setMessage(const QString& message);
    void setBusy(bool busy);
    // Moves the typed passphrase into secure memory and clears the field.
    SecureBuffer takePassphrase();
    QLineEdit* passphraseField() const { return m_passphrase; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* recoveryButton() const { return m_recover; }
    // "Use recovery key…" is offered while a vault is locked (not in the in-memory mode).
    void offerRecovery(bool on);

signals:
    void unlockRequested();
    void recoveryRequested();

private:
    QLabel* m_title;
    QLabel* m_message;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QPushButton* m_recover;
};

// Best effort for a QLineEdit: copy to secure memory, then overwrite what Qt lets us reach.
SecureBuffer takeSecretText(QLineEdit* edit);

}  // namespace vo::ui
