#pragma once
// The organisation's policy for this CLI run. run() loads it once, before any command runs (a
// malformed file stops every command: fail closed); commands take it from here when they open a
// vault, create one or choose OCR languages. The path comes from main() (app/main.cpp).

#include "policy/ManagedPolicy.h"
#include "util/Result.h"

#include <memory>

namespace vo::cli {

Result<void> loadManagedPolicy(const QString& path);
// Never null: an empty ManagedPolicy when no file exists (or before loading, e.g. for --help).
std::shared_ptr<const ManagedPolicy> managedPolicy();

}  // namespace vo::cli
