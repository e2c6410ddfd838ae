#pragma once
// Help → Data-path report: the report (core/report) rendered as HTML in a QTextBrowser, with
// "Save as…" (HTML or Markdown, through the DialogSeam: Qt's own file dialog, no recent-files
// entry; written with AtomicFile) and "Copy". The facts are gathered off the GUI thread
// (ReportGatherer) and handed in with setReport(); until then the page says it is gathering.
// The report holds no document names or text, so copying it needs none of ClipboardGuard's care.

#include "report/DataPathReport.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace vo::ui {

class DialogSeam;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(DialogSeam& dialogs, QWidget* parent = nullptr);

    void setReport(const DataPathReport& report);
    bool hasReport() const { return m_report.has_value(); }

    QTextBrowser* browser() const { return m_browser; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* copyButton() const { return m_copy; }

    // Asks for a file name (.md → Markdown, anything else → HTML) and writes it. False if
    // cancelled or failed (the failure is shown).
    bool saveAs();
    void copy();

signals:
    void reportReady();

private:
    DialogSeam& m_dialogs;
    std::optional<DataPathReport> m_report;
    QTextBrowser* m_browser;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_copy;
};

}  // namespace vo::ui
