#include "dialogs/RecoverDialog.h"

#include "widgets/LockScreen.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vo::ui {

RecoverDialog::RecoverDialog(bool newPassphrase, QWidget* parent) : QDialog(parent), m_key(new QLineEdit(this))
{
    setWindowTitle(tr("Use recovery key"));
    setAccessibleName(tr("Use recovery key"));
    auto* intro = new QLabel(newPassphrase ? tr("Type the recovery key you stored when the vault was created (14 groups "
                                                "of four letters and digits) and a new passphrase for the vault.")
                                           : tr("Type the recovery key you stored when the vault was created (14 groups "
                                                "of four letters and digits). VaultOCR then puts the vault's key back "
                                                "into the system keychain and opens the vault."),
                             this);
    intro->setWordWrap(true);
    // Shown while typing (a 70-character key is typed from paper), masked when the field loses
    // focus; like every secret field, it is emptied into secure memory on accept.
    m_key->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-…"));
    m_key->setAccessibleName(tr("Recovery key"));
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 72);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_recover = buttons->button(QDialogButtonBox::Ok);
    m_recover->setText(tr("&Recover"));
    connect(m_key, &QLineEdit::textChanged, this, &RecoverDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_key);
    if (newPassphrase) {
        m_passphrase = new QLineEdit(this);
        m_confirm = new QLineEdit(this);
        m_problem = new QLabel(tr("The two passphrases differ."), this);
        m_passphrase->setPlaceholderText(tr("New passphrase"));
        m_passphrase->setAccessibleName(tr("New vault passphrase"));
        m_confirm->setPlaceholderText(tr("Repeat the new passphrase"));
        m_confirm->setAccessibleName(tr("Repeat the new vault passphrase"));
        for (QLineEdit* e : {m_passphrase, m_confirm}) {
            e->setEchoMode(QLineEdit::Password);
            connect(e, &QLineEdit::textChanged, this, &RecoverDialog::updateState);
            layout->addWidget(e);
        }
        m_problem->setAccessibleName(tr("Passphrase problem"));
        layout->addWidget(m_problem);
    }
    layout->addWidget(buttons);
    updateState();
}

void RecoverDialog::updateState()
{
    bool ok = !m_key->text().trimmed().isEmpty();
    if (m_passphrase) {
        // Compared as typed, before anything is taken: the texts are in the fields anyway.
        const bool same = m_passphrase->text() == m_confirm->text();
        m_problem->setVisible(!same && !m_confirm->text().isEmpty());
        ok = ok && same && !m_passphrase->text().isEmpty();
    }
    m_recover->setEnabled(ok);
}

void RecoverDialog::accept()
{
    m_taken = takeSecretText(m_key);
    if (m_passphrase) {
        m_takenPassphrase = takeSecretText(m_passphrase);
        (void)takeSecretText(m_confirm);  // equal to the first (updateState); just cleared
    }
    QDialog::accept();
}

SecureBuffer RecoverDialog::takeNewPassphrase()
{
    if (m_passphrase && m_takenPassphrase.isEmpty())
        m_takenPassphrase = takeSecretText(m_passphrase);
    return std::move(m_takenPassphrase);
}

SecureBuffer RecoverDialog::takeKey()
{
    if (m_taken.isEmpty())
        m_taken = takeSecretText(m_key);
    return std::move(m_taken);
}

}  // namespace vo::ui
