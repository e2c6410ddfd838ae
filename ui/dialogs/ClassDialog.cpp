#include "dialogs/ClassDialog.h"

#include "dialogs/ImportDialog.h"
#include "document/DocumentListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vo::ui {

ClassDialog::ClassDialog(const QString& documentName, int currentClass, const std::array<qint64, 3>& retentionSeconds,
                         QWidget* parent)
    : QDialog(parent), m_current(std::clamp(currentClass, 0, 2)), m_retention(retentionSeconds),
      m_class(new QComboBox(this)), m_keep(new QCheckBox(tr("&Keep the current expiry date"), this)),
      m_effect(new QLabel(this))
{
    setWindowTitle(tr("Change class"));
    setAccessibleName(tr("Change sensitivity class"));
    auto* intro = new QLabel(tr("Sensitivity class of “%1”:").arg(documentName), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    for (int c = 0; c < 3; ++c)
        m_class->addItem(tr("%1 — kept %2").arg(DocumentListModel::className(c), retentionText(m_retention[size_t(c)])), c);
    m_class->setCurrentIndex(m_current);
    m_class->setAccessibleName(tr("New sensitivity class"));
    m_keep->setAccessibleName(tr("Keep the current expiry date"));
    m_effect->setWordWrap(true);
    m_effect->setAccessibleName(tr("Effect on the expiry"));
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    connect(m_keep, &QCheckBox::toggled, this, [this] { updateState(); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_change = buttons->button(QDialogButtonBox::Ok);
    m_change->setText(tr("C&hange"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    auto* label = new QLabel(tr("&Class:"), this);
    label->setBuddy(m_class);
    form->addRow(label, m_class);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_keep);
    layout->addWidget(m_effect);
    layout->addWidget(buttons);
    updateState();
}

int ClassDialog::sensitivity() const { return m_class->currentData().toInt(); }
void ClassDialog::setSensitivity(int sensitivity) { m_class->setCurrentIndex(std::clamp(sensitivity, 0, 2)); }
bool ClassDialog::keepExpiry() const { return m_keep->isChecked(); }

void ClassDialog::updateState()
{
    const int c = sensitivity();
    m_effect->setText(m_keep->isChecked()
                          ? tr("The expiry date stays as it is (within your organisation's limit for the class).")
                          : tr("The document will be deleted %1 after it was imported, as if it had been imported "
                               "as “%2”. If that time has already passed, the class is not changed.")
                                .arg(retentionText(m_retention[size_t(c)]), DocumentListModel::className(c)));
    m_change->setEnabled(c != m_current);
}

}  // namespace vo::ui
