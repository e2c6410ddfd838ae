#include "dialogs/RecoverDialog.h"

#include "widgets/LockScreen.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vo::ui {

RecoverDialog::RecoverDialog(QWidget* parent) : QDialog(parent), m_key(new QLineEdit(this))
{
    setWindowTitle(tr("Use recovery key"));
    setAccessibleName(tr("Use recovery key"));
    auto* intro = new QLabel(tr("Type the recovery key you stored when the vault was created (14 groups of four "
                                "letters and digits). VaultOCR then puts the vault's key back into the system "
                                "keychain and opens the vault."),
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
    m_recover->setEnabled(false);
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString& t) { m_recover->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_key);
    layout->addWidget(buttons);
}

void RecoverDialog::accept()
{
    m_taken = takeSecretText(m_key);
    QDialog::accept();
}

SecureBuffer RecoverDialog::takeKey()
{
    if (m_taken.isEmpty())
        m_taken = takeSecretText(m_key);
    return std::move(m_taken);
}

}  // namespace vo::ui
