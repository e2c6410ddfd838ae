#pragma once
// Writes a file so that it either appears complete or not at all, and never leaves a partial
// or temporary file behind — not even after kill -9. The data goes into an unnamed O_TMPFILE
// inode in the destination's directory; commit() fsyncs it, links it under a random hidden name,
// renames that over the destination and fsyncs the directory. Before commit() nothing with a
// name exists, so a crash loses only the unnamed inode, which the kernel frees.
// On file systems without O_TMPFILE it falls back to an O_EXCL hidden file that is unlinked on
// destruction.

#include "util/Result.h"

#include <QString>

#include <cstddef>

namespace vo {

class AtomicFile {
public:
    static Result<AtomicFile> create(const QString& destination, int mode = 0600);

    AtomicFile(AtomicFile&& other) noexcept;
    AtomicFile& operator=(AtomicFile&& other) noexcept;
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();  // discards the data unless committed

    int fd() const { return m_fd; }
    // Starts the kernel's writeback (sync_file_range, SYNC_FILE_RANGE_WRITE) after every `stride`
    // bytes written, so commit()'s fsync waits only for the tail instead of the whole file: for
    // large files of ciphertext (vault blobs). Off by default: a plaintext export that is
    // cancelled should not have been pushed to the disk early. Durability still comes only from
    // commit()'s fsync; this changes when the blocks are written, not whether they are synced.
    void startWritebackEvery(qint64 stride) { m_writebackStride = stride; }
    Result<void> write(const void* data, size_t size);
    Result<void> write(const QByteArray& data) { return write(data.constData(), size_t(data.size())); }
    Result<void> commit();
    const QString& destination() const { return m_destination; }

private:
    AtomicFile() = default;
    void discard();
    Result<void> kickWriteback();

    QString m_destination;
    QString m_fallbackName;  // set only when O_TMPFILE was not available
    int m_fd = -1;
    int m_dirFd = -1;
    qint64 m_written = 0;          // bytes written so far (the file is written front to back)
    qint64 m_kicked = 0;           // writeback started for [0, m_kicked)
    qint64 m_writebackStride = 0;  // 0: leave writeback to the kernel
};

// fsync a directory so a rename inside it is durable.
Result<void> syncDirectory(const QString& dir);

// Why a write failed, for the user: a full disk (ENOSPC) or an exhausted quota (EDQUOT) says so
// in plain words, whichever call hit it (write, fsync, link, rename); anything else is strerror.
QString writeFailureReason(int err);

}  // namespace vo
