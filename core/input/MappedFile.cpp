#include "input/MappedFile.h"

#include "input/InputMessages.h"

#include <QFileInfo>

namespace vo {

MappedFile::MappedFile(std::unique_ptr<QFile> file, const uchar* data, size_t size)
    : m_file(std::move(file)), m_data(data), m_size(size)
{
}

Result<MappedFile> MappedFile::open(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return InputMessages::fileMissing();
    if (info.isDir())
        return InputMessages::isFolder();
    // FIFOs and devices would block or never end; only regular files (or links to them) pass.
    if (!info.isFile())
        return InputMessages::notRegularFile();
    if (info.size() == 0)
        return InputMessages::fileEmpty();
    if (info.size() > maxBytes)
        return InputMessages::fileTooLarge(info.size(), maxBytes);

    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return info.isReadable() ? InputMessages::fileUnreadable() : InputMessages::permissionDenied();
    // Checked again on the open file: it may have changed since the stat above.
    const qint64 size = file->size();
    if (size == 0)
        return InputMessages::fileEmpty();
    if (size > maxBytes)
        return InputMessages::fileTooLarge(size, maxBytes);
    const uchar* data = file->map(0, size);
    if (!data)
        return InputMessages::fileUnreadable();
    return MappedFile(std::move(file), data, size_t(size));
}

Result<MappedFile> MappedFile::fromBytes(QByteArray bytes, qint64 maxBytes)
{
    if (bytes.isEmpty())
        return InputMessages::fileEmpty();
    if (bytes.size() > maxBytes)
        return InputMessages::fileTooLarge(bytes.size(), maxBytes);
    MappedFile f(nullptr, reinterpret_cast<const uchar*>(bytes.constData()), size_t(bytes.size()));
    f.m_bytes = std::move(bytes);
    return f;
}

QByteArray MappedFile::head(qsizetype bytes) const
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(m_data), qMin<qsizetype>(bytes, m_size));
}

}  // namespace vo
