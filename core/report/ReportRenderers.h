#pragma once
// The data-path report as Markdown (for a ticket or a wiki) or as a self-contained XHTML page
// (for the GUI's QTextBrowser, a browser or an archive). Both render the same ReportDocument;
// every piece of text from the installation (paths, host name) is escaped for the format.

#include "report/DataPathReport.h"

#include <QString>

#include <optional>

namespace vo {

enum class ReportFormat { Markdown, Html };

// "md" / "markdown" and "html"; anything else → nullopt.
std::optional<ReportFormat> parseReportFormat(const QString& name);

QString renderReport(const DataPathReport& report, ReportFormat format);
QString renderReportMarkdown(const DataPathReport& report);
QString renderReportHtml(const DataPathReport& report);

}  // namespace vo
