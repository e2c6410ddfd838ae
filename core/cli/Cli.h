#pragma once

#include <QStringList>

namespace vo::cli {

// True when argv names a subcommand or asks for --help/--version: the process runs headless.
bool isCliInvocation(int argc, char** argv);
// Dispatches to the subcommand; returns the process exit code. `policyPath` is the
// organisation's policy file (PolicyFile::kSystemPath, from main()).
int run(const QStringList& arguments, const QString& policyPath);

}  // namespace vo::cli
