#include "pipeline/PageSelection.h"

#include <QCoreApplication>

#include <climits>

namespace vo {

Result<PageSelection> PageSelection::parse(const QString& spec)
{
    PageSelection sel;
    const QString s = spec.trimmed();
    if (s.isEmpty())
        return sel;
    const auto bad = [&] {
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("PageSelection", "invalid page list '%1' (example: 1,3-5)").arg(s));
    };
    for (const QString& part : s.split(QLatin1Char(','))) {
        const QString p = part.trimmed();
        bool ok1 = true, ok2 = true;
        int a = 0, b = 0;
        const qsizetype dash = p.indexOf(QLatin1Char('-'));
        if (dash < 0) {
            a = b = p.toInt(&ok1);
        } else {
            a = p.left(dash).trimmed().toInt(&ok1);
            const QString rest = p.mid(dash + 1).trimmed();
            b = rest.isEmpty() ? INT_MAX : rest.toInt(&ok2);
        }
        if (!ok1 || !ok2 || a < 1 || b < a)
            return bad();
        sel.m_ranges.emplace_back(a, b);
    }
    return sel;
}

bool PageSelection::contains(int n) const
{
    if (m_ranges.empty())
        return true;
    for (const auto& [a, b] : m_ranges) {
        if (n >= a && n <= b)
            return true;
    }
    return false;
}

}  // namespace vo
