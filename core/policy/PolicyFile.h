#pragma once
// Reading the organisation's policy file. No file = no policy. A file that exists but cannot be
// read, or is not a valid policy, is an error (PolicyInvalid) naming the file, the line and the
// problem: VaultOCR then opens no vault (fails closed), because running without rules the
// organisation believes are in force would be worse than not running.
//
// The path is fixed (kSystemPath). Only the test binary `vaultocr-policytest`, which is never
// installed or packaged, lets the environment choose another one (app/CMakeLists.txt).

#include "policy/ManagedPolicy.h"
#include "util/Result.h"

#include <memory>

namespace vo {

class PolicyFile {
public:
    static constexpr const char* kSystemPath = "/etc/vaultocr/policy.json";
    static constexpr qint64 kMaxBytes = 64 * 1024;

    static Result<std::shared_ptr<const ManagedPolicy>> load(const QString& path);
};

}  // namespace vo
