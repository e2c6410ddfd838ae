#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("VaultLock", s); }

}  // namespace

Result<VaultLock> VaultLock::acquire(const QString& lockFile)
{
    // The lock file is empty and never written: it exists only to carry the flock.
    const int fd = ::open(QFile::encodeName(lockFile).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::VaultUnavailable,
                         tr("cannot open the vault lock: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    int rc;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return makeError(ErrorCode::VaultUnavailable,
                             tr("the vault is in use by another VaultOCR process; close it and try again"));
        return makeError(ErrorCode::VaultUnavailable,
                         tr("cannot lock the vault: %1").arg(QString::fromLocal8Bit(std::strerror(err))));
    }
    VaultLock lock;
    lock.m_fd = fd;
    return lock;
}

VaultLock::VaultLock(VaultLock&& o) noexcept : m_fd(std::exchange(o.m_fd, -1)) {}

VaultLock& VaultLock::operator=(VaultLock&& o) noexcept
{
    if (this != &o) {
        release();
        m_fd = std::exchange(o.m_fd, -1);
    }
    return *this;
}

VaultLock::~VaultLock() { release(); }

void VaultLock::release()
{
    if (m_fd >= 0) {
        ::close(m_fd);  // closing the only descriptor drops the flock
        m_fd = -1;
    }
}

}  // namespace vo
