#include "dialogs/ExpiryDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vo::ui {

ExpiryDialog::ExpiryDialog(const QString& documentName, const QDateTime& current, QWidget* parent)
    : QDialog(parent), m_edit(new QDateTimeEdit(this))
{
    setWindowTitle(tr("Change expiry"));
    setAccessibleName(tr("Change expiry"));
    auto* intro = new QLabel(tr("“%1” is deleted automatically at:").arg(documentName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_edit->setDateTime((current.isValid() ? current : QDateTime::currentDateTimeUtc().addDays(7)).toLocalTime());
    m_edit->setAccessibleName(tr("Expiry date and time"));

    auto* quick = new QHBoxLayout;
    for (const auto& [label, days] : {std::pair{tr("In 1 day"), 1}, std::pair{tr("In 1 week"), 7},
                                      std::pair{tr("In 30 days"), 30}}) {
        auto* b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this,
                [this, d = days] { m_edit->setDateTime(QDateTime::currentDateTime().addDays(d)); });
        quick->addWidget(b);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_edit);
    layout->addLayout(quick);
    layout->addWidget(buttons);
}

QDateTime ExpiryDialog::expires() const { return m_edit->dateTime().toUTC(); }

void ExpiryDialog::setExpires(const QDateTime& when)
{
    m_edit->setMinimumDateTime(std::min(m_edit->minimumDateTime(), when.toLocalTime()));
    m_edit->setDateTime(when.toLocalTime());
}

}  // namespace vo::ui
