#pragma once
// One writer per vault: an exclusive flock on vault.lock, held for as long as the vault is open
// for writing. The kernel drops it when the process dies, so a crash never leaves a stale lock.

#include "util/Result.h"

#include <QString>

namespace vo {

class VaultLock {
public:
    // Non-blocking. Held by another process → VaultUnavailable ("in use by another process").
    static Result<VaultLock> acquire(const QString& lockFile);

    VaultLock() = default;
    VaultLock(VaultLock&& o) noexcept;
    VaultLock& operator=(VaultLock&& o) noexcept;
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;
    ~VaultLock();

    bool isHeld() const { return m_fd >= 0; }
    void release();

private:
    int m_fd = -1;
};

}  // namespace vo
