#pragma once
// Export of the open document: searchable PDF, plain text or hOCR. The destination is chosen in
// Qt's own file dialog through the DialogSeam (no recent-files list anywhere).

#include "document/Exporter.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace vo::ui {

class DialogSeam;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(DialogSeam& dialogs, const QString& documentName, QWidget* parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    const QString& destination() const { return m_destination; }

public slots:
    // Asks for the destination file; true when one was chosen.
    bool chooseDestination();

private:
    void updateState();
    QString suggestedName() const;

    DialogSeam& m_dialogs;
    QString m_baseName;
    QString m_destination;
    QRadioButton* m_pdf;
    QRadioButton* m_text;
    QRadioButton* m_hocr;
    QLabel* m_destinationLabel;
    QPushButton* m_choose;
    QDialogButtonBox* m_buttons;
};

}  // namespace vo::ui
