#include "cli/PolicyContext.h"

#include "policy/PolicyFile.h"

namespace vo::cli {
namespace {

// One CLI run = one process = one policy; set before any command starts, read-only afterwards.
std::shared_ptr<const ManagedPolicy>& current()
{
    static std::shared_ptr<const ManagedPolicy> policy = std::make_shared<const ManagedPolicy>();
    return policy;
}

}  // namespace

Result<void> loadManagedPolicy(const QString& path)
{
    auto loaded = PolicyFile::load(path);
    if (!loaded)
        return loaded.error();
    current() = std::move(loaded).value();
    return {};
}

std::shared_ptr<const ManagedPolicy> managedPolicy() { return current(); }

}  // namespace vo::cli
