#pragma once
// The organisation's rules as plain values, exactly as policy.json states them (issue 8). Every
// rule is optional: nullopt means "no rule", and an empty PolicyRules allows everything.
// PolicyParser builds one from JSON; ManagedPolicy answers questions with it.

#include "vault/SensitivityClass.h"
#include "vault/VaultPolicy.h"

#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace vo {

struct ClassRules {
    std::optional<int> maxRetentionDays;
    std::optional<QList<ExportKind>> exports;  // nullopt: every kind; empty: none
    bool operator==(const ClassRules&) const = default;
};

struct PolicyRules {
    std::array<ClassRules, 3> classes;  // indexed by SensitivityClass
    bool requirePassphrase = false;
    std::optional<int> minAutoLockMinutes;
    std::optional<int> maxClipboardSeconds;
    std::optional<QStringList> allowedLanguages;
    bool operator==(const PolicyRules&) const = default;

    const ClassRules& of(SensitivityClass c) const { return classes[size_t(c)]; }
};

// The spellings policy.json and the CLI use: pdf, pdf-encrypted, pdfa, txt, hocr, alto, original.
QString exportKindName(ExportKind kind);
std::optional<ExportKind> parseExportKindName(const QString& name);
// Every kind a policy may list. "original" (the imported file, byte for byte) is ours: a class
// with an "exports" list that does not name it cannot export its originals either.
constexpr std::array<ExportKind, 7> kPolicyExportKinds{ExportKind::Pdf,  ExportKind::PdfEncrypted, ExportKind::PdfA,
                                                       ExportKind::Text, ExportKind::Hocr,         ExportKind::Alto,
                                                       ExportKind::Original};

}  // namespace vo
