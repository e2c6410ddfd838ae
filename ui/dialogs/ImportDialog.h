#pragma once
// Asked before each import: the sensitivity class (which decides how long the vault keeps the
// document) and the OCR languages for this import.

#include <QDialog>

#include <array>

class QComboBox;
class QLineEdit;

namespace vo::ui {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // retentionDays: per class (low, moderate, high); storedInVault = false hides the class.
    ImportDialog(int fileCount, int defaultClass, const std::array<qint64, 3>& retentionSeconds,
                 bool storedInVault, const QString& languages, QWidget* parent = nullptr);

    int sensitivity() const;
    void setSensitivity(int sensitivity);
    QString languages() const;

private:
    QComboBox* m_class;
    QLineEdit* m_languages;
};

QString retentionText(qint64 seconds);

}  // namespace vo::ui
