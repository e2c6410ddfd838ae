#include "dialogs/ExportDialog.h"

#include "dialogs/DialogSeam.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace vo::ui {

ExportDialog::ExportDialog(DialogSeam& dialogs, const QString& documentName, QWidget* parent)
    : QDialog(parent), m_dialogs(dialogs), m_baseName(QFileInfo(documentName).completeBaseName()),
      m_pdf(new QRadioButton(tr("Searchable &PDF (page images with invisible text)"), this)),
      m_text(new QRadioButton(tr("Plain &text"), this)),
      m_hocr(new QRadioButton(tr("&hOCR (HTML with word positions)"), this)),
      m_destinationLabel(new QLabel(this)), m_choose(new QPushButton(tr("&Choose…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export"));
    setAccessibleName(tr("Export document"));
    auto* formats = new QGroupBox(tr("Format"), this);
    auto* group = new QButtonGroup(this);
    auto* formatLayout = new QVBoxLayout(formats);
    for (QRadioButton* b : {m_pdf, m_text, m_hocr}) {
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

    auto* note = new QLabel(tr("The exported file is not encrypted. Store it somewhere safe and delete it "
                               "when you no longer need it."),
                            this);
    note->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Destination:"), destRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formats);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    updateState();
}

ExportFormat ExportDialog::format() const
{
    if (m_text->isChecked())
        return ExportFormat::Text;
    if (m_hocr->isChecked())
        return ExportFormat::Hocr;
    return ExportFormat::Pdf;
}

void ExportDialog::setFormat(ExportFormat format)
{
    (format == ExportFormat::Text ? m_text : format == ExportFormat::Hocr ? m_hocr : m_pdf)->setChecked(true);
}

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

void ExportDialog::updateState()
{
    if (!m_destination.isEmpty()) {
        // Keep the chosen folder and name; follow the format's extension.
        const QFileInfo info(m_destination);
        const QString wanted = Exporter::suffix(format());
        if (info.suffix() != wanted && (info.suffix() == QLatin1String("pdf") || info.suffix() == QLatin1String("txt")
                                        || info.suffix() == QLatin1String("hocr")))
            m_destination = info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + wanted);
    }
    m_destinationLabel->setText(m_destination.isEmpty() ? tr("(not chosen yet)") : m_destination);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_destination.isEmpty());
}

}  // namespace vo::ui
