// The "Managed policy" part of the data-path report. The organisation's policy
// (/etc/vaultocr/policy.json, issue 8) is built in core/policy by someone else; until it lands,
// this says only whether the file exists, and never claims its rules are applied.
// TODO(issue 8): fill `readByThisBuild` and `rules` from the policy module.
#include "report/DataPathReport.h"

#include <QFileInfo>

namespace vo {

ManagedPolicyFacts gatherManagedPolicy()
{
    ManagedPolicyFacts f;
    f.path = QStringLiteral("/etc/vaultocr/policy.json");
    f.present = QFileInfo::exists(f.path);
    f.readByThisBuild = false;
    return f;
}

}  // namespace vo
