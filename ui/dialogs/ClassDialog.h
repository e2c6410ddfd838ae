#pragma once
// Changes one document's sensitivity class. The class decides how long the vault keeps it, so by
// default the expiry is recomputed from the day it was imported (Vault::setSensitivity); "keep
// the current expiry" leaves the date alone. The vault refuses a class under which the document
// would already have expired, and says so.

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace vo::ui {

class ClassDialog : public QDialog {
    Q_OBJECT
public:
    ClassDialog(const QString& documentName, int currentClass, const std::array<qint64, 3>& retentionSeconds,
                QWidget* parent = nullptr);

    int sensitivity() const;  // 0 low, 1 moderate, 2 high
    void setSensitivity(int sensitivity);
    bool keepExpiry() const;

    QComboBox* classBox() const { return m_class; }
    QCheckBox* keepExpiryBox() const { return m_keep; }
    QPushButton* changeButton() const { return m_change; }

private:
    void updateState();

    int m_current;
    std::array<qint64, 3> m_retention;
    QComboBox* m_class;
    QCheckBox* m_keep;
    QLabel* m_effect;
    QPushButton* m_change = nullptr;
};

}  // namespace vo::ui
