#include "dialogs/WelcomeDialog.h"

#include "app/PolicyUi.h"
#include "dialogs/SettingsDialog.h"
#include "policy/ManagedPolicy.h"
#include "ocr/LanguageCatalog.h"
#include "widgets/LockScreen.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vo::ui {

WelcomeDialog::WelcomeDialog(const QString& defaultLanguages, QWidget* parent)
    : QDialog(parent), m_keychain(new QRadioButton(tr("Keep the key in the system &keychain (recommended)"), this)),
      m_passphraseMode(new QRadioButton(tr("Protect the vault with a &passphrase"), this)),
      m_passphrase(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_hint(new QLabel(this)),
      m_note(new QLabel(this)), m_languages(new QListWidget(this)),
      m_create(new QPushButton(tr("&Create Vault"), this)), m_skip(new QPushButton(tr("Try &Without a Vault"), this))
{
    setWindowTitle(tr("Welcome to VaultOCR"));
    setAccessibleName(tr("Welcome"));
    auto* intro = new QLabel(tr("<h3>Your documents stay on this computer</h3>"
                                "<p>VaultOCR keeps every scan, its text and your corrections in an encrypted "
                                "vault. Documents are deleted automatically when their time is up, and "
                                "<i>Delete now</i> makes them unrecoverable.</p>"),
                             this);
    intro->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_skip, QDialogButtonBox::RejectRole);
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, [this] {
        m_choice = m_keychain->isChecked() ? Choice::CreateWithKeychain : Choice::CreateWithPassphrase;
        accept();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_choice = Choice::WithoutVault;
        accept();
    });
    for (QRadioButton* b : {m_keychain, m_passphraseMode})
        connect(b, &QRadioButton::toggled, this, &WelcomeDialog::updateState);
    for (QLineEdit* e : {m_passphrase, m_confirm})
        connect(e, &QLineEdit::textChanged, this, &WelcomeDialog::updateState);
    connect(m_languages, &QListWidget::itemChanged, this, &WelcomeDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(buildKeyBox());
    layout->addWidget(buildLanguageBox(defaultLanguages));
    layout->addWidget(buttons);
    updateState();
    setMinimumWidth(560);
}

QWidget* WelcomeDialog::buildKeyBox()
{
    auto* keyBox = new QGroupBox(tr("How the vault is unlocked"), this);
    m_keychain->setChecked(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Repeat the passphrase"));
    m_hint->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->hide();
    auto* passForm = new QFormLayout;
    passForm->addRow(tr("Passphrase:"), m_passphrase);
    passForm->addRow(tr("Repeat:"), m_confirm);
    auto* keyLayout = new QVBoxLayout(keyBox);
    keyLayout->addWidget(m_note);
    keyLayout->addWidget(m_keychain);
    keyLayout->addWidget(m_passphraseMode);
    keyLayout->addLayout(passForm);
    keyLayout->addWidget(m_hint);
    return keyBox;
}

QWidget* WelcomeDialog::buildLanguageBox(const QString& defaultLanguages)
{
    auto* langBox = new QGroupBox(tr("Languages of your documents"), this);
    m_languages->setAccessibleName(tr("Default OCR languages"));
    const QStringList chosen = defaultLanguages.split(QLatin1Char('+'));
    for (const QString& code : LanguageCatalog::installed()) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(SettingsDialog::languageName(code), code), m_languages);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_languages->setMaximumHeight(120);
    auto* langLayout = new QVBoxLayout(langBox);
    langLayout->addWidget(m_languages);
    return langBox;
}

void WelcomeDialog::preferPassphrase(const QString& reason)
{
    m_passphraseMode->setChecked(true);
    m_note->setText(reason);
    m_note->show();
    updateState();
}

void WelcomeDialog::applyPolicy(const ManagedPolicy& policy)
{
    PolicyUi::limitLanguages(*m_languages, policy);
    if (!policy.rules().requirePassphrase)
        return updateState();
    m_passphraseMode->setChecked(true);
    m_keychain->setEnabled(false);
    m_keychain->setToolTip(PolicyUi::setByOrganisation());
    m_note->setText(tr("Set by your organisation: the vault must be protected by a passphrase."));
    m_note->show();
    updateState();
}

void WelcomeDialog::updateState()
{
    const bool pass = m_passphraseMode->isChecked();
    m_passphrase->setEnabled(pass);
    m_confirm->setEnabled(pass);
    bool ok = !languages().isEmpty();
    if (pass) {
        const int length = int(m_passphrase->text().size());
        if (length < kMinPassphraseLength) {
            m_hint->setText(tr("Use at least %n character(s); a few unrelated words are easy to remember and "
                               "hard to guess.", nullptr, kMinPassphraseLength));
            ok = false;
        } else if (m_passphrase->text() != m_confirm->text()) {
            m_hint->setText(tr("The two passphrases differ."));
            ok = false;
        } else {
            m_hint->setText(tr("There is no way to open the vault without this passphrase or the recovery key."));
        }
    } else {
        m_hint->setText(tr("The key is stored in your login keyring and unlocked when you log in."));
    }
    m_create->setEnabled(ok);
}

SecureBuffer WelcomeDialog::takePassphrase()
{
    takeSecretText(m_confirm).wipe();
    return takeSecretText(m_passphrase);
}

QString WelcomeDialog::languages() const
{
    QStringList codes;
    for (int i = 0; i < m_languages->count(); ++i) {
        if (m_languages->item(i)->checkState() == Qt::Checked)
            codes << m_languages->item(i)->data(Qt::UserRole).toString();
    }
    return codes.join(QLatin1Char('+'));
}

}  // namespace vo::ui
