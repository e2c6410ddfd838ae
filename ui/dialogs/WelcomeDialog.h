#pragma once
// First run: explains the vault, creates it with the key in the OS keychain (default) or under a
// passphrase (for machines without a keychain), and picks the default OCR languages. "Try
// without a vault" recognises documents in memory only.

#include "crypto/SecureBuffer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace vo {
class ManagedPolicy;
}

namespace vo::ui {

class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { CreateWithKeychain, CreateWithPassphrase, WithoutVault };

    WelcomeDialog(const QString& defaultLanguages, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // Moves the passphrase into secure memory and clears both fields.
    SecureBuffer takePassphrase();
    QString languages() const;
    // Preselects passphrase mode with a note (e.g. the keychain was unreachable).
    void preferPassphrase(const QString& reason);
    // The organisation's rules: "passphrase required" leaves only passphrase mode (the keychain
    // option greyed, "Set by your organisation"); languages it does not allow are greyed.
    void applyPolicy(const ManagedPolicy& policy);

    // For tests.
    QRadioButton* keychainOption() const { return m_keychain; }
    QRadioButton* passphraseOption() const { return m_passphraseMode; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* confirmField() const { return m_confirm; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* skipButton() const { return m_skip; }

    static constexpr int kMinPassphraseLength = 10;

private:
    QWidget* buildKeyBox();
    QWidget* buildLanguageBox(const QString& defaultLanguages);
    void updateState();

    Choice m_choice = Choice::WithoutVault;
    QRadioButton* m_keychain;
    QRadioButton* m_passphraseMode;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QLabel* m_hint;
    QLabel* m_note;
    QListWidget* m_languages;
    QPushButton* m_create;
    QPushButton* m_skip;
};

}  // namespace vo::ui
