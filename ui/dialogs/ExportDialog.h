#pragma once
// Export of the open document: searchable PDF (optionally PDF/A or encrypted with a password),
// plain text, hOCR or ALTO XML. The destination is chosen in Qt's own file dialog through the
// DialogSeam (no recent-files list anywhere). The password goes into secure memory when the
// dialog is accepted and the fields are cleared (see takeSecrets()).

#include "document/Exporter.h"
#include "pdf/PdfExportOptions.h"
#include "vault/SensitivityClass.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace vo {
class ManagedPolicy;
}

namespace vo::ui {

class DialogSeam;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(DialogSeam& dialogs, const QString& documentName, QWidget* parent = nullptr);

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    const QString& destination() const { return m_destination; }
    // The PDF options chosen (PDF format only; default options otherwise). Takes the password out
    // of the fields if accept() has not already; a usage error when the two entries differ, are
    // empty, or PDF/A and encryption are both chosen.
    Result<PdfExportOptions> takePdfOptions();
    // A stored document's class under the organisation's policy: formats it forbids are greyed
    // ("Set by your organisation"); a PDF variant that is the only one allowed is forced on.
    // Defined in ExportDialogPolicy.cpp.
    void applyPolicy(const ManagedPolicy& policy, SensitivityClass sensitivity);

    QCheckBox* pdfaBox() const { return m_pdfa; }
    QCheckBox* encryptBox() const { return m_encrypt; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* confirmField() const { return m_confirm; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* exportButton() const;

public slots:
    // Asks for the destination file; true when one was chosen.
    bool chooseDestination();
    void accept() override;

private:
    void updateState();
    QString suggestedName() const;
    Result<void> takeSecrets();
    QGroupBox* buildPdfOptions();

    DialogSeam& m_dialogs;
    QString m_baseName;
    QString m_destination;
    QRadioButton* m_pdf;
    QRadioButton* m_text;
    QRadioButton* m_hocr;
    QRadioButton* m_alto;
    QGroupBox* m_pdfOptions = nullptr;
    QCheckBox* m_pdfa = nullptr;
    QCheckBox* m_encrypt = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_problem;
    QLabel* m_destinationLabel;
    QPushButton* m_choose;
    QDialogButtonBox* m_buttons;
    PdfExportOptions m_options;  // filled by takeSecrets()
    bool m_taken = false;
};

}  // namespace vo::ui
