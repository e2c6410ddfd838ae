#include "policy/ManagedPolicy.h"

#include "vault/RetentionPolicy.h"

#include <QCoreApplication>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("ManagedPolicy", s); }

}  // namespace

QString exportKindName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Pdf: return QStringLiteral("pdf");
    case ExportKind::PdfEncrypted: return QStringLiteral("pdf-encrypted");
    case ExportKind::PdfA: return QStringLiteral("pdfa");
    case ExportKind::Text: return QStringLiteral("txt");
    case ExportKind::Hocr: return QStringLiteral("hocr");
    case ExportKind::Alto: return QStringLiteral("alto");
    case ExportKind::Original: return QStringLiteral("original");
    }
    return QStringLiteral("?");
}

std::optional<ExportKind> parseExportKindName(const QString& name)
{
    for (ExportKind k : kPolicyExportKinds) {
        if (exportKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

ManagedPolicy::ManagedPolicy(PolicyRules rules, QString path, QByteArray hash)
    : m_rules(std::move(rules)), m_path(std::move(path)), m_hash(std::move(hash))
{
}

std::optional<qint64> ManagedPolicy::maxRetentionSeconds(SensitivityClass c) const
{
    if (const auto days = m_rules.of(c).maxRetentionDays)
        return qint64(*days) * kSecondsPerDay;
    return std::nullopt;
}

bool ManagedPolicy::allowsExport(SensitivityClass c, ExportKind kind) const
{
    const auto& exports = m_rules.of(c).exports;
    return !exports || exports->contains(kind);
}

Result<void> ManagedPolicy::checkExport(SensitivityClass c, ExportKind kind) const
{
    if (allowsExport(c, kind))
        return {};
    QStringList allowed;
    for (ExportKind k : *m_rules.of(c).exports)
        allowed << exportKindName(k);
    return makeError(ErrorCode::PolicyForbids,
                     tr("your organisation's policy forbids exporting %1 documents as %2 (allowed: %3)")
                         .arg(sensitivityClassName(c), exportKindName(kind),
                              allowed.isEmpty() ? tr("none") : allowed.join(QStringLiteral(", "))));
}

Result<void> ManagedPolicy::checkKeyMode(KeyMode mode) const
{
    if (m_rules.requirePassphrase && mode != KeyMode::Passphrase)
        return makeError(ErrorCode::PolicyForbids,
                         tr("your organisation's policy requires a passphrase-protected vault (use --passphrase)"));
    return {};
}

bool ManagedPolicy::allowsLanguage(const QString& code) const
{
    return !m_rules.allowedLanguages || m_rules.allowedLanguages->contains(code);
}

Result<void> ManagedPolicy::checkLanguages(const QString& languages) const
{
    for (const QString& code : languages.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (!allowsLanguage(code))
            return makeError(ErrorCode::PolicyForbids,
                             tr("your organisation's policy forbids OCR language '%1' (allowed: %2)")
                                 .arg(code, m_rules.allowedLanguages->join(QStringLiteral(", "))));
    }
    return {};
}

int ManagedPolicy::effectiveAutoLockMinutes(int wanted) const
{
    const auto min = m_rules.minAutoLockMinutes;
    if (min && (wanted <= 0 || wanted < *min))
        return *min;
    return wanted;
}

int ManagedPolicy::effectiveClipboardSeconds(int wanted) const
{
    const auto max = m_rules.maxClipboardSeconds;
    return max && (wanted <= 0 || wanted > *max) ? *max : wanted;
}

QString ManagedPolicy::effectiveLanguages(const QString& wanted) const
{
    if (!m_rules.allowedLanguages)
        return wanted;
    QStringList kept;
    for (const QString& code : wanted.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (allowsLanguage(code))
            kept << code;
    }
    return kept.isEmpty() ? m_rules.allowedLanguages->first() : kept.join(QLatin1Char('+'));
}

QStringList ManagedPolicy::describe() const
{
    QStringList lines;
    for (SensitivityClass c : kAllSensitivityClasses) {
        const ClassRules& r = m_rules.of(c);
        if (r.maxRetentionDays)
            lines << tr("%1 documents: kept at most %2 day(s)").arg(sensitivityClassName(c)).arg(*r.maxRetentionDays);
        if (r.exports) {
            QStringList kinds;
            for (ExportKind k : *r.exports)
                kinds << exportKindName(k);
            lines << tr("%1 documents: exports allowed only as %2")
                         .arg(sensitivityClassName(c), kinds.isEmpty() ? tr("none") : kinds.join(QStringLiteral(", ")));
        }
    }
    if (m_rules.requirePassphrase)
        lines << tr("new vaults must be protected by a passphrase");
    if (m_rules.minAutoLockMinutes)
        lines << tr("auto-lock after idle: at least %1 minute(s), never off").arg(*m_rules.minAutoLockMinutes);
    if (m_rules.maxClipboardSeconds)
        lines << tr("copied text is cleared after at most %1 second(s)").arg(*m_rules.maxClipboardSeconds);
    if (m_rules.allowedLanguages)
        lines << tr("OCR languages allowed: %1").arg(m_rules.allowedLanguages->join(QStringLiteral(", ")));
    if (lines.isEmpty())
        lines << tr("no rules");
    return lines;
}

}  // namespace vo
