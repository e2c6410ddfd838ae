#include "cli/Command.h"

namespace vo::cli {

// The vault commands arrive with the vault (issue 3).
std::vector<Command> vaultCommands() { return {}; }

}  // namespace vo::cli
