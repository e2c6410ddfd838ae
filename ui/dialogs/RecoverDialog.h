#pragma once
// "Use recovery key…" from the lock screen: the user types the recovery key shown when the vault
// was created (grouped base32; case, spaces and dashes do not matter). The vault then puts its
// master key back into the system keychain (Vault::recover) and opens.

#include "crypto/SecureBuffer.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vo::ui {

class RecoverDialog : public QDialog {
    Q_OBJECT
public:
    explicit RecoverDialog(QWidget* parent = nullptr);

    // Moves the typed key into secure memory and clears the field (done by accept()).
    SecureBuffer takeKey();

    QLineEdit* keyField() const { return m_key; }
    QPushButton* recoverButton() const { return m_recover; }

public slots:
    void accept() override;

private:
    QLineEdit* m_key;
    QPushButton* m_recover = nullptr;
    SecureBuffer m_taken;
};

}  // namespace vo::ui
