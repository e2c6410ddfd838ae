#pragma once
// The report's words, independent of the output format: sections of paragraphs, bullet lists and
// tables. Text is plain; code(…) marks a span (paths, names of files and settings) that the
// renderers set in a monospace font and escape for their format. The sections are written once
// here (ReportSections.cpp, ReportReview.cpp) so Markdown and HTML can never say different things.
//
// The report is written in English, whatever the UI language: it is a record an auditor files
// and compares between machines, like the command line's output (which is not translated either).

#include "report/DataPathReport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vo::report {

constexpr QChar kCodeOpen{0x0001};
constexpr QChar kCodeClose{0x0002};
// `text` as a code span; the markers themselves are removed from it first.
QString code(QString text);

struct Block {
    enum class Kind { Paragraph, Bullets, Table };
    Kind kind = Kind::Paragraph;
    QStringList items;         // paragraph: one item; bullets: one per bullet
    QStringList header;        // table
    QList<QStringList> rows;   // table
};

struct Section {
    QString anchor;            // stable id, e.g. "storage"
    QString title;
    QList<Block> blocks;

    Section& para(const QString& text);
    Section& bullets(const QStringList& items);
    Section& table(const QStringList& header, const QList<QStringList>& rows);
};

struct Document {
    QString title;
    QString subtitle;
    QList<Section> sections;
};

Document buildDocument(const DataPathReport& report);
QList<Section> factSections(const DataPathReport& report);    // ReportSections.cpp
QList<Section> reviewSections(const DataPathReport& report);  // ReportReview.cpp

// Shared wording.
QString bytes(qint64 n);            // "1234567 bytes (1.2 MiB)"
QString duration(qint64 seconds);   // "90 days", "12 hours", "45 seconds"
QString utc(const QDateTime& t);    // "2026-12-06T23:15:02Z"
QString retentionSummary(const VaultFacts& vault);  // "low 90 days, moderate 30 days, high 7 days"
QString keyHolder(const VaultFacts& vault);         // one line: where the master key is held
QString nextExpiry(const VaultFacts& vault);
QString policySummary(const ManagedPolicyFacts& policy);
bool guardActive(const NetworkFacts& network);

}  // namespace vo::report
