#include "dialogs/RecoveryKeyDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vo::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const SecureBuffer& recoveryKeyText, QWidget* parent)
    : QDialog(parent), m_key(new QLabel(this)),
      m_stored(new QCheckBox(tr("I have written down or printed the recovery key and stored it safely"), this)),
      m_continue(new QPushButton(tr("&Continue"), this))
{
    setWindowTitle(tr("Your recovery key"));
    setAccessibleName(tr("Recovery key"));
    auto* intro = new QLabel(tr("<p>If the key in your keychain is lost or you forget your passphrase, this "
                                "recovery key is the <b>only</b> way to open your vault. It is shown only "
                                "now.</p><p>Write it down or print it and keep it away from this computer.</p>"),
                             this);
    intro->setWordWrap(true);

    // Two lines of seven groups, so it is easy to copy by hand.
    QString text;
    text.reserve(int(recoveryKeyText.size()) + 1);
    int group = 0;
    for (size_t i = 0; i < recoveryKeyText.size(); ++i) {
        const char c = char(recoveryKeyText.data()[i]);
        if (c == '-' && ++group == 7) {
            text += QLatin1Char('\n');
            continue;
        }
        text += QLatin1Char(c);
    }
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_key->setFont(mono);
    m_key->setText(text);
    text.fill(QChar(u'\0'));
    m_key->setTextInteractionFlags(Qt::NoTextInteraction);  // no copy: it must not reach a clipboard
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setAccessibleName(tr("Recovery key"));
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setMargin(12);

    m_continue->setEnabled(false);
    connect(m_stored, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_key);
    layout->addWidget(m_stored);
    layout->addWidget(buttons);
}

RecoveryKeyDialog::~RecoveryKeyDialog() { scrub(); }

QString RecoveryKeyDialog::shownKey() const { return m_key->text(); }

void RecoveryKeyDialog::done(int result)
{
    // Closing without confirming is not possible: the key would be lost.
    if (result != QDialog::Accepted && !m_stored->isChecked())
        return;
    scrub();
    QDialog::done(QDialog::Accepted);
}

void RecoveryKeyDialog::scrub()
{
    if (m_key->text().isEmpty())
        return;
    m_key->setText(QString(int(m_key->text().size()), QLatin1Char('X')));
    m_key->clear();
}

}  // namespace vo::ui
