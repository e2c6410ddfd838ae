#pragma once
// The three sensitivity classes a document can have. The class decides the default retention
// (RetentionSettings) and, later, what the organisation's policy allows (VaultPolicy).

#include <QString>

#include <array>
#include <optional>

namespace vo {

enum class SensitivityClass : quint8 { Low = 0, Moderate = 1, High = 2 };

constexpr std::array<SensitivityClass, 3> kAllSensitivityClasses{
    SensitivityClass::Low, SensitivityClass::Moderate, SensitivityClass::High};

// "low", "moderate", "high": the spelling used on the command line and in `list --json`.
QString sensitivityClassName(SensitivityClass c);
std::optional<SensitivityClass> parseSensitivityClass(const QString& name);
std::optional<SensitivityClass> sensitivityClassFromByte(quint8 b);

}  // namespace vo
