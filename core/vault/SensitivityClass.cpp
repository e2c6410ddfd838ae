#include "vault/SensitivityClass.h"

namespace vo {

QString sensitivityClassName(SensitivityClass c)
{
    switch (c) {
    case SensitivityClass::Low: return QStringLiteral("low");
    case SensitivityClass::Moderate: return QStringLiteral("moderate");
    case SensitivityClass::High: return QStringLiteral("high");
    }
    return QStringLiteral("high");
}

std::optional<SensitivityClass> parseSensitivityClass(const QString& name)
{
    for (SensitivityClass c : kAllSensitivityClasses) {
        if (name.compare(sensitivityClassName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

std::optional<SensitivityClass> sensitivityClassFromByte(quint8 b)
{
    if (b > quint8(SensitivityClass::High))
        return std::nullopt;
    return SensitivityClass(b);
}

}  // namespace vo
