#pragma once
// The hook for the organisation's managed policy (issue 8). The vault asks it at import (cap the
// retention), at open (clamp documents already stored) and before an export. The default allows
// everything; core/policy (ManagedPolicy) supplies the organisation's rules.

#include "util/Result.h"
#include "vault/KeySlots.h"
#include "vault/SensitivityClass.h"

#include <QByteArray>

#include <optional>

namespace vo {

// Original = the imported file itself, byte for byte.
enum class ExportKind : quint8 { Pdf = 1, PdfEncrypted = 2, PdfA = 3, Text = 4, Hocr = 5, Alto = 6, Original = 7 };

class VaultPolicy {
public:
    virtual ~VaultPolicy() = default;
    // Longest retention allowed for the class, in seconds; nullopt = no rule.
    virtual std::optional<qint64> maxRetentionSeconds(SensitivityClass) const { return std::nullopt; }
    // PolicyForbids with a message saying the organisation's policy forbids it, or ok.
    virtual Result<void> checkExport(SensitivityClass, ExportKind) const { return {}; }
    // Before OCR at import ("eng+deu"): PolicyForbids for a language the organisation does not allow.
    virtual Result<void> checkLanguages(const QString&) const { return {}; }
    // At create and recover: PolicyForbids when the organisation requires another key mode.
    virtual Result<void> checkKeyMode(KeyMode) const { return {}; }
    // Recorded in the audit trail at each unlock (empty = no policy).
    virtual QByteArray policyHash() const { return {}; }
};

}  // namespace vo
