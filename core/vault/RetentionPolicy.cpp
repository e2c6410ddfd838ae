#include "vault/RetentionPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("RetentionPolicy", s); }

}  // namespace

Result<void> RetentionSettings::setRetentionSeconds(SensitivityClass c, qint64 seconds)
{
    if (seconds < 1 || seconds > kMaxRetentionSeconds)
        return makeError(ErrorCode::Usage, tr("retention must be between 1 second and 100 years"));
    m_seconds[size_t(c)] = seconds;
    return {};
}

Result<qint64> parseRetentionDuration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,9})\\s*([smhd])\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    const Error bad = makeError(ErrorCode::Usage,
                                tr("invalid duration '%1': use a number and s, m, h or d, e.g. 30m, 12h, 7d")
                                    .arg(text));
    if (!m.hasMatch())
        return bad;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 factor = unit == QLatin1Char('s') ? 1
                        : unit == QLatin1Char('m') ? 60
                        : unit == QLatin1Char('h') ? 3600
                                                   : kSecondsPerDay;
    const qint64 seconds = n * factor;
    if (seconds < 1 || seconds > kMaxRetentionSeconds)
        return bad;
    return seconds;
}

}  // namespace vo
