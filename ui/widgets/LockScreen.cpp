#include "widgets/LockScreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <sodium.h>

namespace vo::ui {

SecureBuffer takeSecretText(QLineEdit* edit)
{
    QString text = edit->text();
    edit->clear();  // the field's own copy goes first, so `text` holds the only reference
    QByteArray utf8 = text.toUtf8();
    SecureBuffer out = SecureBuffer::copyOf(utf8.constData(), size_t(utf8.size()));
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    text.fill(QChar(u'\0'));
    return out;
}

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_message(new QLabel(this)), m_passphrase(new QLineEdit(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this)), m_recover(new QPushButton(tr("Use &recovery key…"), this))
{
    setAccessibleName(tr("Locked"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_title->setText(tr("<h2>VaultOCR is locked</h2>"));
    m_title->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setAccessibleName(tr("Lock status"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setAccessibleName(tr("Vault passphrase"));
    m_passphrase->setMinimumWidth(300);
    m_passphrase->setMaximumWidth(400);
    m_passphrase->hide();
    m_unlock->setAccessibleName(tr("Unlock the vault"));
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    m_recover->setAccessibleName(tr("Open the vault with its recovery key"));
    m_recover->setFlat(true);
    m_recover->hide();
    connect(m_recover, &QPushButton::clicked, this, &LockScreen::recoveryRequested);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_passphrase, 0, Qt::AlignHCenter);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addWidget(m_recover, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setMessage({});
}

void LockScreen::setPassphraseMode(bool on)
{
    m_passphrase->setVisible(on);
    if (on)
        m_passphrase->setFocus();
}

void LockScreen::offerRecovery(bool on) { m_recover->setVisible(on); }

void LockScreen::setMessage(const QString& message)
{
    m_message->setText(message.isEmpty() ? tr("Documents, text and page images were removed from memory.")
                                         : message);
}

void LockScreen::setBusy(bool busy)
{
    m_unlock->setEnabled(!busy);
    m_recover->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    if (busy)
        m_message->setText(tr("Unlocking…"));
}

SecureBuffer LockScreen::takePassphrase() { return takeSecretText(m_passphrase); }

}  // namespace vo::ui
