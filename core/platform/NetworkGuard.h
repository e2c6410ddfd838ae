#pragma once
// Rule 1, enforced in the kernel: after install() no thread of this process (nor any child)
// can create a socket of any family but AF_UNIX, and io_uring (which can open sockets without
// socket(2)) is refused. AF_UNIX stays because the keychain talks D-Bus over it.

#include "util/Result.h"

namespace vo {

struct NetworkGuardStatus {
    bool installed = false;   // our filter is loaded in this process
    int seccompMode = 0;      // the "Seccomp:" field of /proc/self/status (2 = filter)
};

class NetworkGuard {
public:
    static Result<void> install();
    static NetworkGuardStatus status();
};

}  // namespace vo
