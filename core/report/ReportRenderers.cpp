#include "report/ReportRenderers.h"

#include "report/ReportDocument.h"

namespace vo {
namespace {

using report::Block;
using report::kCodeClose;
using report::kCodeOpen;

// Control characters (other than tab) have no place in either format; XML 1.0 forbids them.
QString cleanControls(QString s)
{
    for (QChar& c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            c = QChar(0xFFFD);
    }
    return s;
}

// Splits marked-up text into (plain, code) runs and renders each with the given functions.
template <typename Plain, typename Code>
QString renderRuns(const QString& text, Plain plain, Code codeSpan)
{
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(kCodeOpen, pos);
        if (open < 0) {
            out += plain(cleanControls(text.mid(pos)));
            break;
        }
        out += plain(cleanControls(text.mid(pos, open - pos)));
        qsizetype close = text.indexOf(kCodeClose, open + 1);
        if (close < 0)
            close = text.size();
        out += codeSpan(cleanControls(text.mid(open + 1, close - open - 1)));
        pos = close + 1;
    }
    return out;
}

// ---- Markdown (CommonMark + GFM tables) ----

QString mdPlain(const QString& s)
{
    // What CommonMark/GFM could read as markup inside a line; our own text starts every line.
    static const QString special = QStringLiteral("\\`*_[]<>|&~");
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString mdCode(const QString& s)
{
    // A fence one backtick longer than the longest run inside; padded if the text touches one.
    int longest = 0, run = 0;
    for (QChar c : s) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = s.startsWith(QLatin1Char('`')) || s.endsWith(QLatin1Char('`')) || s.startsWith(QLatin1Char(' '));
    return fence + (pad ? QStringLiteral(" ") : QString()) + s + (pad ? QStringLiteral(" ") : QString()) + fence;
}

QString mdInline(const QString& text, bool inTable)
{
    QString out = renderRuns(text, mdPlain, [inTable](const QString& s) {
        // GFM splits table cells at '|' even inside code spans unless it is escaped.
        QString c = mdCode(s);
        return inTable ? c.replace(QLatin1Char('|'), QStringLiteral("\\|")) : c;
    });
    return out;
}

QString mdRow(const QStringList& cells)
{
    QStringList out;
    for (const QString& c : cells)
        out << mdInline(c, true);
    return QStringLiteral("| ") + out.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString mdBlock(const Block& b)
{
    switch (b.kind) {
    case Block::Kind::Paragraph:
        return mdInline(b.items.value(0), false) + QStringLiteral("\n\n");
    case Block::Kind::Bullets: {
        QString out;
        for (const QString& item : b.items)
            out += QStringLiteral("- ") + mdInline(item, false) + QLatin1Char('\n');
        return out + QLatin1Char('\n');
    }
    case Block::Kind::Table: {
        QString out = mdRow(b.header);
        out += QStringLiteral("|") + QStringLiteral("---|").repeated(b.header.size()) + QLatin1Char('\n');
        for (const QStringList& row : b.rows)
            out += mdRow(row);
        return out + QLatin1Char('\n');
    }
    }
    return {};
}

// ---- XHTML ----

QString htmlInline(const QString& text)
{
    return renderRuns(
        text, [](const QString& s) { return s.toHtmlEscaped(); },
        [](const QString& s) { return QStringLiteral("<code>") + s.toHtmlEscaped() + QStringLiteral("</code>"); });
}

QString htmlBlock(const Block& b)
{
    switch (b.kind) {
    case Block::Kind::Paragraph:
        return QStringLiteral("<p>") + htmlInline(b.items.value(0)) + QStringLiteral("</p>\n");
    case Block::Kind::Bullets: {
        QString out = QStringLiteral("<ul>\n");
        for (const QString& item : b.items)
            out += QStringLiteral("<li>") + htmlInline(item) + QStringLiteral("</li>\n");
        return out + QStringLiteral("</ul>\n");
    }
    case Block::Kind::Table: {
        // border/cellpadding as attributes too: QTextBrowser ignores most table CSS.
        QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>");
        for (const QString& h : b.header)
            out += QStringLiteral("<th>") + htmlInline(h) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList& row : b.rows) {
            out += QStringLiteral("<tr>");
            for (const QString& c : row)
                out += QStringLiteral("<td>") + htmlInline(c) + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        return out + QStringLiteral("</tbody>\n</table>\n");
    }
    }
    return {};
}

}  // namespace

std::optional<ReportFormat> parseReportFormat(const QString& name)
{
    if (name == QLatin1String("md") || name == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (name == QLatin1String("html"))
        return ReportFormat::Html;
    return std::nullopt;
}

QString renderReport(const DataPathReport& report, ReportFormat format)
{
    return format == ReportFormat::Html ? renderReportHtml(report) : renderReportMarkdown(report);
}

QString renderReportMarkdown(const DataPathReport& r)
{
    const report::Document d = report::buildDocument(r);
    QString out = QStringLiteral("# ") + mdInline(d.title, false) + QStringLiteral("\n\n");
    out += mdInline(d.subtitle, false) + QStringLiteral("\n\n");
    for (const report::Section& s : d.sections) {
        out += QStringLiteral("## ") + mdInline(s.title, false) + QStringLiteral("\n\n");
        for (const Block& b : s.blocks)
            out += mdBlock(b);
    }
    return out;
}

QString renderReportHtml(const DataPathReport& r)
{
    const report::Document d = report::buildDocument(r);
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        "<meta charset=\"utf-8\"/>\n<title>");
    out += htmlInline(d.title);
    out += QStringLiteral(
        "</title>\n<style>body{font-family:sans-serif;max-width:60em}table{border-collapse:collapse;margin:0.5em 0}"
        "th,td{border:1px solid #888;padding:3px 6px;text-align:left;vertical-align:top}</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>") + htmlInline(d.title) + QStringLiteral("</h1>\n");
    out += QStringLiteral("<p>") + htmlInline(d.subtitle) + QStringLiteral("</p>\n");
    for (const report::Section& s : d.sections) {
        out += QStringLiteral("<h2 id=\"%1\">").arg(s.anchor.toHtmlEscaped()) + htmlInline(s.title) + QStringLiteral("</h2>\n");
        for (const Block& b : s.blocks)
            out += htmlBlock(b);
    }
    return out + QStringLiteral("</body>\n</html>\n");
}

}  // namespace vo
