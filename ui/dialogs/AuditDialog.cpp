#include "dialogs/AuditDialog.h"

#include "document/DocumentListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vo::ui {

QString AuditDialog::actionText(AuditAction action)
{
    switch (action) {
    case AuditAction::VaultCreated: return tr("Vault created");
    case AuditAction::Unlocked: return tr("Unlocked");
    case AuditAction::Locked: return tr("Locked");
    case AuditAction::Imported: return tr("Imported");
    case AuditAction::OcrFinished: return tr("Text recognised");
    case AuditAction::Exported: return tr("Exported");
    case AuditAction::Deleted: return tr("Deleted");
    case AuditAction::ExpiryPurged: return tr("Deleted on expiry");
    case AuditAction::KeyRotated: return tr("Key rotated");
    case AuditAction::SettingsChanged: return tr("Settings changed");
    case AuditAction::Recovered: return tr("Recovered with the recovery key");
    case AuditAction::ExpiryChanged: return tr("Expiry changed");
    case AuditAction::PolicyClamped: return tr("Expiry shortened by policy");
    case AuditAction::Corrected: return tr("Text corrected");
    case AuditAction::ClassChanged: return tr("Class changed");
    }
    return tr("Unknown");
}

AuditDialog::AuditDialog(QWidget* parent)
    : QDialog(parent), m_verification(new QLabel(tr("Verifying…"), this)), m_table(new QTableWidget(0, 5, this))
{
    setWindowTitle(tr("Audit trail"));
    setAccessibleName(tr("Audit trail"));
    m_verification->setWordWrap(true);
    m_verification->setAccessibleName(tr("Verification result"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("Document"), tr("Class"), tr("Pages")});
    m_table->setAccessibleName(tr("Audit records"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verification);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

void AuditDialog::setRecords(const std::vector<AuditRecord>& records, const AuditVerifyReport& report)
{
    if (report.ok) {
        m_verification->setText(tr("✔ The audit trail is intact: %n record(s), each authenticated and chained to "
                                   "the one before.", nullptr, int(report.records)));
    } else {
        m_verification->setText(tr("✘ The audit trail failed verification at record %1: %2")
                                    .arg(report.firstBadRecord)
                                    .arg(report.problem));
        m_verification->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    }
    m_table->setRowCount(int(records.size()));
    const QLocale locale;
    for (int row = 0; row < int(records.size()); ++row) {
        const AuditRecord& r = records[size_t(row)];
        // The organisation's policy in force at an unlock: the start of its hash (`vaultocr policy`).
        const QString action = r.policyHash.isEmpty()
            ? actionText(r.action)
            : tr("%1 (organisation policy %2)").arg(actionText(r.action), QString::fromLatin1(r.policyHash.toHex()));
        const QStringList cells{locale.toString(r.time.toLocalTime(), QLocale::ShortFormat), action,
                                r.documentId,
                                r.sensitivity ? DocumentListModel::className(int(*r.sensitivity)) : QString(),
                                r.pages > 0 ? QString::number(r.pages) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    m_table->scrollToBottom();
}

void AuditDialog::setError(const QString& message)
{
    m_verification->setText(tr("The audit trail could not be read: %1").arg(message));
}

}  // namespace vo::ui
