#include "dialogs/ExportDialog.h"

#include "crypto/SecureBuffer.h"
#include "dialogs/DialogSeam.h"
#include "widgets/LockScreen.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <sodium.h>

namespace vo::ui {

ExportDialog::ExportDialog(DialogSeam& dialogs, const QString& documentName, QWidget* parent)
    : QDialog(parent), m_dialogs(dialogs), m_baseName(QFileInfo(documentName).completeBaseName()),
      m_pdf(new QRadioButton(tr("Searchable &PDF (page images with invisible text)"), this)),
      m_text(new QRadioButton(tr("Plain &text"), this)),
      m_hocr(new QRadioButton(tr("&hOCR (HTML with word positions)"), this)),
      m_alto(new QRadioButton(tr("&ALTO XML (word positions, for archives and libraries)"), this)),
      m_problem(new QLabel(this)), m_destinationLabel(new QLabel(this)), m_choose(new QPushButton(tr("&Choose…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export"));
    setAccessibleName(tr("Export document"));
    QGroupBox* pdfOptions = buildPdfOptions();  // before the format buttons, which update it
    auto* formats = new QGroupBox(tr("Format"), this);
    auto* group = new QButtonGroup(this);
    auto* formatLayout = new QVBoxLayout(formats);
    for (QRadioButton* b : {m_pdf, m_text, m_hocr, m_alto}) {
        group->addButton(b);
        formatLayout->addWidget(b);
        connect(b, &QRadioButton::toggled, this, [this] { updateState(); });
    }
    m_pdf->setChecked(true);

    m_destinationLabel->setTextFormat(Qt::PlainText);
    m_destinationLabel->setWordWrap(true);
    m_destinationLabel->setAccessibleName(tr("Destination"));
    m_choose->setAccessibleName(tr("Choose destination file"));
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    auto* destRow = new QHBoxLayout;
    destRow->addWidget(m_destinationLabel, 1);
    destRow->addWidget(m_choose);

    auto* note = new QLabel(tr("The exported file is not encrypted unless you protect the PDF with a password. Store "
                               "it somewhere safe and delete it when you no longer need it."),
                            this);
    note->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Export problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Destination:"), destRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formats);
    layout->addWidget(pdfOptions);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateState();
}

QGroupBox* ExportDialog::buildPdfOptions()
{
    m_pdfOptions = new QGroupBox(tr("PDF options"), this);
    m_pdfa = new QCheckBox(tr("PDF/&A-2b (for long-term archiving; cannot be encrypted)"), m_pdfOptions);
    m_encrypt = new QCheckBox(tr("E&ncrypt with password (AES-256)"), m_pdfOptions);
    m_password = new QLineEdit(m_pdfOptions);
    m_confirm = new QLineEdit(m_pdfOptions);
    m_pdfa->setAccessibleName(tr("Write PDF/A"));
    m_encrypt->setAccessibleName(tr("Encrypt the PDF with a password"));
    for (QLineEdit* e : {m_password, m_confirm}) {
        // Password echo also turns off the field's undo history and copying out of it.
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textEdited, m_problem, &QLabel::hide);
    }
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("PDF password"));
    m_confirm->setPlaceholderText(tr("Repeat the password"));
    m_confirm->setAccessibleName(tr("Repeat the PDF password"));
    connect(m_encrypt, &QCheckBox::toggled, this, [this] { updateState(); });
    auto* layout = new QFormLayout(m_pdfOptions);
    layout->addRow(m_pdfa);
    layout->addRow(m_encrypt);
    layout->addRow(tr("Password:"), m_password);
    layout->addRow(tr("Repeat:"), m_confirm);
    return m_pdfOptions;
}

ExportFormat ExportDialog::format() const
{
    if (m_text->isChecked())
        return ExportFormat::Text;
    if (m_hocr->isChecked())
        return ExportFormat::Hocr;
    if (m_alto->isChecked())
        return ExportFormat::Alto;
    return ExportFormat::Pdf;
}

void ExportDialog::setFormat(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: m_pdf->setChecked(true); break;
    case ExportFormat::Text: m_text->setChecked(true); break;
    case ExportFormat::Hocr: m_hocr->setChecked(true); break;
    case ExportFormat::Alto: m_alto->setChecked(true); break;
    }
}

QPushButton* ExportDialog::exportButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

QString ExportDialog::suggestedName() const
{
    const QString base = m_destination.isEmpty() ? m_baseName : QFileInfo(m_destination).completeBaseName();
    const QString name = (base.isEmpty() ? tr("document") : base) + QLatin1Char('.') + Exporter::suffix(format());
    return m_destination.isEmpty() ? name : QFileInfo(m_destination).dir().filePath(name);
}

bool ExportDialog::chooseDestination()
{
    QString filter;
    switch (format()) {
    case ExportFormat::Pdf: filter = tr("PDF files (*.pdf)"); break;
    case ExportFormat::Text: filter = tr("Text files (*.txt)"); break;
    case ExportFormat::Hocr: filter = tr("hOCR files (*.hocr *.html)"); break;
    case ExportFormat::Alto: filter = tr("ALTO XML files (*.xml)"); break;
    }
    const QString chosen = m_dialogs.saveFileName(this, tr("Export to"), filter, suggestedName());
    if (chosen.isEmpty())
        return false;
    m_destination = chosen;
    if (QFileInfo(m_destination).suffix().isEmpty())
        m_destination += QLatin1Char('.') + Exporter::suffix(format());
    updateState();
    return true;
}

// QLineEdit holds what is typed in a QString: ordinary heap memory we cannot lock, and the
// widget may have copied it while editing (reallocations, the input method). We cannot wipe
// those copies. What we can do: keep the text there as briefly as possible — it is taken into
// secure memory (SecureBuffer) the moment the user confirms, the fields are cleared and our
// temporary copies zeroed (takeSecretText) — and never put it into settings, signals or logs.
Result<void> ExportDialog::takeSecrets()
{
    if (m_taken)
        return {};
    m_options = PdfExportOptions{};
    const bool pdf = format() == ExportFormat::Pdf;
    SecureBuffer password = takeSecretText(m_password);
    SecureBuffer confirm = takeSecretText(m_confirm);
    if (!pdf)
        return {};
    m_options.pdfa = m_pdfa->isChecked();
    if (m_encrypt->isChecked()) {
        if (password.isEmpty())
            return makeError(ErrorCode::Usage, tr("Enter the password for the PDF."));
        if (password.size() != confirm.size() || sodium_memcmp(password.data(), confirm.data(), password.size()) != 0)
            return makeError(ErrorCode::Usage, tr("The two passwords differ. Enter them again."));
        m_options.encryptPassword = std::make_shared<const SecureBuffer>(std::move(password));
    }
    if (auto v = m_options.validate(); !v)
        return v;
    m_taken = true;
    return {};
}

Result<PdfExportOptions> ExportDialog::takePdfOptions()
{
    if (auto r = takeSecrets(); !r)
        return r.error();
    return m_options;
}

void ExportDialog::accept()
{
    if (auto r = takeSecrets(); !r) {
        m_options = PdfExportOptions{};
        m_problem->setText(r.error().message);
        m_problem->show();
        (m_encrypt->isChecked() && !m_pdfa->isChecked() ? static_cast<QWidget*>(m_password) : m_pdfa)->setFocus();
        return;
    }
    QDialog::accept();
}

void ExportDialog::updateState()
{
    if (!m_destination.isEmpty()) {
        // Keep the chosen folder and name; follow the format's extension.
        const QFileInfo info(m_destination);
        const QString wanted = Exporter::suffix(format());
        static const QStringList ours{QStringLiteral("pdf"), QStringLiteral("txt"), QStringLiteral("hocr"),
                                      QStringLiteral("xml")};
        if (info.suffix() != wanted && ours.contains(info.suffix()))
            m_destination = info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + wanted);
    }
    const bool pdf = format() == ExportFormat::Pdf;
    m_pdfOptions->setEnabled(pdf);
    m_password->setEnabled(pdf && m_encrypt->isChecked());
    m_confirm->setEnabled(pdf && m_encrypt->isChecked());
    m_destinationLabel->setText(m_destination.isEmpty() ? tr("(not chosen yet)") : m_destination);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_destination.isEmpty());
}

}  // namespace vo::ui
