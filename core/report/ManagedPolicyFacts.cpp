// The "Managed policy" part of the data-path report: the organisation's policy this process runs
// under (core/policy, issue 8) — its path, hash and rules. A malformed policy never gets here:
// the CLI and the app stop before (fail closed); read directly, its problem is the one "rule".
#include "policy/PolicyFile.h"
#include "report/DataPathReport.h"

namespace vo {

ManagedPolicyFacts gatherManagedPolicy(const ReportSources& sources)
{
    ManagedPolicyFacts f;
    f.path = QString::fromLatin1(PolicyFile::kSystemPath);
    f.readByThisBuild = true;
    std::shared_ptr<const ManagedPolicy> policy = sources.policy;
    if (!policy) {
        auto loaded = PolicyFile::load(f.path);
        if (!loaded) {
            f.present = true;
            f.rules << loaded.error().message;
            return f;
        }
        policy = loaded.value();
    }
    f.present = policy->present();
    if (!f.present)
        return f;
    f.path = policy->path();
    f.hash = policy->hashHex();
    f.rules = policy->describe();
    return f;
}

}  // namespace vo
