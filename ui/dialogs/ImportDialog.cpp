#include "dialogs/ImportDialog.h"

#include "document/DocumentListModel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace vo::ui {

QString retentionText(qint64 seconds)
{
    const qint64 days = seconds / (24 * 3600);
    if (days >= 1 && seconds % (24 * 3600) == 0)
        return QCoreApplication::translate("ImportDialog", "%n day(s)", nullptr, int(days));
    const qint64 hours = seconds / 3600;
    if (hours >= 1)
        return QCoreApplication::translate("ImportDialog", "%n hour(s)", nullptr, int(hours));
    const int minutes = seconds >= 120 ? int(seconds / 60) : 1;
    return QCoreApplication::translate("ImportDialog", "%n minute(s)", nullptr, minutes);
}

ImportDialog::ImportDialog(int fileCount, int defaultClass, const std::array<qint64, 3>& retentionSeconds,
                           bool storedInVault, const QString& languages, QWidget* parent)
    : QDialog(parent), m_class(new QComboBox(this)), m_languages(new QLineEdit(languages, this))
{
    setWindowTitle(tr("Import"));
    setAccessibleName(tr("Import documents"));
    auto* intro = new QLabel(tr("%n file(s) will be imported and recognised.", nullptr, fileCount), this);
    intro->setWordWrap(true);

    for (int c = 0; c < 3; ++c) {
        m_class->addItem(tr("%1 — kept %2").arg(DocumentListModel::className(c), retentionText(retentionSeconds[size_t(c)])),
                         c);
    }
    m_class->setCurrentIndex(std::clamp(defaultClass, 0, 2));
    m_class->setAccessibleName(tr("Sensitivity class"));
    m_class->setToolTip(tr("Decides how long the vault keeps the document before deleting it automatically"));
    m_languages->setAccessibleName(tr("OCR languages"));
    m_languages->setToolTip(tr("Tesseract language codes joined by +, e.g. eng+deu"));
    m_languages->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*$")), m_languages));

    auto* form = new QFormLayout;
    auto* classLabel = new QLabel(tr("&Sensitivity:"), this);
    classLabel->setBuddy(m_class);
    form->addRow(classLabel, m_class);
    if (!storedInVault) {
        classLabel->hide();
        m_class->hide();
    }
    auto* langLabel = new QLabel(tr("&Languages:"), this);
    langLabel->setBuddy(m_languages);
    form->addRow(langLabel, m_languages);

    auto* note = new QLabel(storedInVault ? tr("The document is stored encrypted in the vault.")
                                          : tr("No vault is open: the result is kept in memory until you lock "
                                               "or quit."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_languages, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_languages->hasAcceptableInput());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

int ImportDialog::sensitivity() const { return m_class->currentData().toInt(); }

void ImportDialog::setSensitivity(int sensitivity) { m_class->setCurrentIndex(std::clamp(sensitivity, 0, 2)); }

QString ImportDialog::languages() const { return m_languages->text(); }

}  // namespace vo::ui
