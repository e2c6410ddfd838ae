#include "dialogs/ReportDialog.h"

#include "dialogs/DialogSeam.h"
#include "report/ReportRenderers.h"
#include "util/AtomicFile.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vo::ui {

ReportDialog::ReportDialog(DialogSeam& dialogs, QWidget* parent)
    : QDialog(parent), m_dialogs(dialogs), m_browser(new QTextBrowser(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Data-Path Report"));
    setAccessibleName(tr("Data-path report"));
    m_status->setText(tr("Gathering the facts of this installation…"));
    m_status->setWordWrap(true);
    m_browser->setAccessibleName(tr("Report"));
    m_browser->setOpenLinks(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_save->setEnabled(false);
    m_copy->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::saveAs);
    connect(m_copy, &QPushButton::clicked, this, &ReportDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 720);
}

void ReportDialog::setReport(const DataPathReport& report)
{
    m_report = report;
    m_browser->setHtml(renderReportHtml(report));
    m_status->setText(tr("The record a security review asks for, stated for this installation. It is written "
                         "in English and contains no document names, text or keys."));
    m_save->setEnabled(true);
    m_copy->setEnabled(true);
    emit reportReady();
}

bool ReportDialog::saveAs()
{
    if (!m_report)
        return false;
    const QString path = m_dialogs.saveFileName(this, tr("Save Data-Path Report"),
                                                tr("HTML (*.html);;Markdown (*.md)"),
                                                QStringLiteral("vaultocr-data-path-report.html"));
    if (path.isEmpty())
        return false;
    const bool markdown = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
    const QByteArray bytes = (markdown ? renderReportMarkdown(*m_report) : renderReportHtml(*m_report)).toUtf8();
    auto file = AtomicFile::create(path, 0644);
    Result<void> written = file ? file->write(bytes) : Result<void>(file.error());
    if (written)
        written = file->commit();
    if (!written) {
        m_dialogs.showError(this, tr("Save Data-Path Report"), written.error().message);
        return false;
    }
    return true;
}

void ReportDialog::copy()
{
    if (!m_report)
        return;
    auto* mime = new QMimeData;  // the clipboard takes ownership
    mime->setHtml(renderReportHtml(*m_report));
    mime->setText(renderReportMarkdown(*m_report));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
}

}  // namespace vo::ui
