#pragma once
// The vault's audit trail as a table (time, action, document ID, class, pages — never names or
// text), with the chain verification result on top.

#include "vault/AuditLog.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTableWidget;

namespace vo::ui {

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditDialog(QWidget* parent = nullptr);

    void setRecords(const std::vector<AuditRecord>& records, const AuditVerifyReport& report);
    void setError(const QString& message);

    QTableWidget* table() const { return m_table; }
    QLabel* verification() const { return m_verification; }

    static QString actionText(AuditAction action);

private:
    QLabel* m_verification;
    QTableWidget* m_table;
};

}  // namespace vo::ui
