#pragma once
// Shows the recovery key once, right after the vault is created, and insists that the user
// confirms having stored it. The text exists in the label only while the dialog is open; it is
// overwritten when the dialog closes.

#include "crypto/SecureBuffer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace vo::ui {

class RecoveryKeyDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryKeyDialog(const SecureBuffer& recoveryKeyText, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    QCheckBox* storedCheck() const { return m_stored; }
    QPushButton* continueButton() const { return m_continue; }
    // For tests: what is shown.
    QString shownKey() const;

protected:
    void done(int result) override;

private:
    void scrub();

    QLabel* m_key;
    QCheckBox* m_stored;
    QPushButton* m_continue;
};

}  // namespace vo::ui
