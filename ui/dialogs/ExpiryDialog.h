#pragma once
// Changes when one document is deleted automatically.

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;

namespace vo::ui {

class ExpiryDialog : public QDialog {
    Q_OBJECT
public:
    ExpiryDialog(const QString& documentName, const QDateTime& current, QWidget* parent = nullptr);

    QDateTime expires() const;  // UTC
    void setExpires(const QDateTime& when);

private:
    QDateTimeEdit* m_edit;
};

}  // namespace vo::ui
