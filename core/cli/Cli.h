#pragma once

#include <QStringList>

namespace vo::cli {

// True when argv names a subcommand or asks for --help/--version: the process runs headless.
bool isCliInvocation(int argc, char** argv);
// Dispatches to the subcommand; returns the process exit code.
int run(const QStringList& arguments);

}  // namespace vo::cli
