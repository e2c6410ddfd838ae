#pragma once
// A user file mapped read-only into memory: the one view of its bytes the decoders work from.
// No copies, no temp files; the mapping lives as long as this object. fromBytes() wraps bytes
// already in memory the same way (the fuzz targets), so both go through the same decoders.

#include "util/Result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace vo {

class MappedFile {
public:
    // Checks, in this order: exists, is a regular file, not empty, at most maxBytes, readable.
    static Result<MappedFile> open(const QString& path, qint64 maxBytes);
    // Same checks as open() for empty and too large.
    static Result<MappedFile> fromBytes(QByteArray bytes, qint64 maxBytes);

    const uchar* data() const { return m_data; }
    size_t size() const { return m_size; }
    // The first bytes, for sniffing; shares the mapping (no copy), valid while this object lives.
    QByteArray head(qsizetype bytes) const;

private:
    MappedFile(std::unique_ptr<QFile> file, const uchar* data, size_t size);

    std::unique_ptr<QFile> m_file;  // unmaps when destroyed
    QByteArray m_bytes;             // fromBytes(): the owner (its buffer survives a move)
    const uchar* m_data = nullptr;
    size_t m_size = 0;
};

}  // namespace vo
