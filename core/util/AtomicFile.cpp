#include "util/AtomicFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("AtomicFile", s); }

QByteArray randomHiddenName()
{
    unsigned char rnd[8];
    randombytes_buf(rnd, sizeof rnd);
    return ".vaultocr-" + QByteArray(reinterpret_cast<const char*>(rnd), sizeof rnd).toHex() + ".part";
}

Error ioError(const QString& what, int err)
{
    const ErrorCode code = ErrorCode::OutputNotWritable;
    return makeError(code, what + QStringLiteral(": ") + writeFailureReason(err));
}

}  // namespace

QString writeFailureReason(int err)
{
    if (err == ENOSPC)
        return QCoreApplication::translate("AtomicFile", "the disk is full (no space left on the device)");
    if (err == EDQUOT)
        return QCoreApplication::translate("AtomicFile", "the disk quota is used up (no space left for this user)");
    return QString::fromLocal8Bit(std::strerror(err));
}

Result<AtomicFile> AtomicFile::create(const QString& destination, int mode)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, tr("libsodium failed to initialise"));
    AtomicFile f;
    f.m_destination = QFileInfo(destination).absoluteFilePath();
    const QByteArray dir = QFile::encodeName(QFileInfo(f.m_destination).absolutePath());
    f.m_dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (f.m_dirFd < 0)
        return ioError(tr("Cannot open the output folder"), errno);
    f.m_fd = ::openat(f.m_dirFd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
    if (f.m_fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
        const QByteArray name = randomHiddenName();
        f.m_fd = ::openat(f.m_dirFd, name.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode);
        if (f.m_fd >= 0)
            f.m_fallbackName = QString::fromLatin1(name);
    }
    if (f.m_fd < 0)
        return ioError(tr("Cannot create the output file"), errno);
    return f;
}

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : m_destination(std::move(o.m_destination)), m_fallbackName(std::move(o.m_fallbackName)),
      m_fd(std::exchange(o.m_fd, -1)), m_dirFd(std::exchange(o.m_dirFd, -1)), m_written(o.m_written),
      m_kicked(o.m_kicked), m_writebackStride(o.m_writebackStride)
{
}

AtomicFile& AtomicFile::operator=(AtomicFile&& o) noexcept
{
    if (this != &o) {
        discard();
        m_destination = std::move(o.m_destination);
        m_fallbackName = std::move(o.m_fallbackName);
        m_fd = std::exchange(o.m_fd, -1);
        m_dirFd = std::exchange(o.m_dirFd, -1);
        m_written = o.m_written;
        m_kicked = o.m_kicked;
        m_writebackStride = o.m_writebackStride;
    }
    return *this;
}

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        if (!m_fallbackName.isEmpty())
            ::unlinkat(m_dirFd, m_fallbackName.toLatin1().constData(), 0);
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_dirFd >= 0) {
        ::close(m_dirFd);
        m_dirFd = -1;
    }
}

Result<void> AtomicFile::write(const void* data, size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(m_fd, p, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return ioError(tr("Cannot write the output file"), errno);
        }
        p += n;
        size -= size_t(n);
        m_written += n;
    }
    if (m_writebackStride > 0 && m_written - m_kicked >= m_writebackStride)
        return kickWriteback();
    return {};
}

Result<void> AtomicFile::kickWriteback()
{
    if (::sync_file_range(m_fd, m_kicked, m_written - m_kicked, SYNC_FILE_RANGE_WRITE) != 0) {
        const int err = errno;
        if (err == EIO || err == ENOSPC)
            return ioError(tr("Cannot write the output file"), err);
        m_writebackStride = 0;  // not supported here (EINVAL, ESPIPE): the fsync does it all
        return {};
    }
    m_kicked = m_written;
    return {};
}

Result<void> AtomicFile::commit()
{
    if (m_fd < 0)
        return makeError(ErrorCode::Internal, tr("Output file already committed or discarded"));
    if (::fsync(m_fd) != 0)
        return ioError(tr("Cannot write the output file"), errno);
    const QByteArray target = QFile::encodeName(QFileInfo(m_destination).fileName());
    QByteArray linkName;
    if (m_fallbackName.isEmpty()) {
        // Give the anonymous inode a name; retry on the (astronomically unlikely) clash.
        const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(m_fd);
        for (int attempt = 0; attempt < 4; ++attempt) {
            linkName = randomHiddenName();
            if (::linkat(AT_FDCWD, procPath.constData(), m_dirFd, linkName.constData(), AT_SYMLINK_FOLLOW) == 0)
                break;
            if (errno != EEXIST)
                return ioError(tr("Cannot commit the output file"), errno);
            linkName.clear();
        }
        if (linkName.isEmpty())
            return ioError(tr("Cannot commit the output file"), EEXIST);
    } else {
        linkName = m_fallbackName.toLatin1();
    }
    if (::renameat(m_dirFd, linkName.constData(), m_dirFd, target.constData()) != 0) {
        const int err = errno;
        ::unlinkat(m_dirFd, linkName.constData(), 0);
        return ioError(tr("Cannot commit the output file"), err);
    }
    m_fallbackName.clear();
    ::fsync(m_dirFd);
    ::close(m_fd);
    m_fd = -1;
    ::close(m_dirFd);
    m_dirFd = -1;
    return {};
}

Result<void> syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(QCoreApplication::translate("AtomicFile", "Cannot open folder"), errno);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return ioError(QCoreApplication::translate("AtomicFile", "Cannot sync folder"), err);
    return {};
}

}  // namespace vo
