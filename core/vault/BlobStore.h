#pragma once
// The vault's encrypted blobs: blobs/<32 hex chars>, one secretstream each (64 KiB chunks).
// A blob becomes visible only when committed (AtomicFile), and it belongs to the vault only once
// an index that names it is committed; anything else in the folder is a crash leftover that the
// next writer removes (removeOrphans).

#include "crypto/SecretStream.h"
#include "crypto/SecureBuffer.h"
#include "util/AtomicFile.h"
#include "util/Result.h"

#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace vo {

class BlobWriter {
public:
    Result<void> push(const char* data, qint64 size);
    Result<void> push(const QByteArray& data) { return push(data.constData(), data.size()); }
    Result<void> commit();  // final tag, fsync, rename, directory fsync
    qint64 plainBytes() const { return m_plainBytes; }

private:
    friend class BlobStore;
    BlobWriter() = default;
    std::unique_ptr<AtomicFile> m_file;  // heap: the stream writer keeps a pointer to it
    std::optional<SecretStreamWriter> m_stream;
    qint64 m_plainBytes = 0;
};

class BlobStore {
public:
    explicit BlobStore(QString dir) : m_dir(std::move(dir)) {}

    static QString newBlobId();  // 128 random bits, hex
    static bool isBlobId(const QString& name);

    Result<BlobWriter> create(const QString& id, const SecureBuffer& key) const;
    // Missing blob → Integrity (the index names it, so it was removed behind the vault's back).
    Result<SecretStreamReader> open(const QString& id, const SecureBuffer& key) const;
    // Unlinks the blobs, then fsyncs the folder once.
    void remove(const QStringList& ids) const;
    // Removes every file in the folder that is not a live blob; returns how many.
    int removeOrphans(const QSet<QString>& live) const;
    QString path(const QString& id) const { return m_dir + QLatin1Char('/') + id; }

private:
    QString m_dir;
};

// Reads a blob as a sequence of length-prefixed records (u32 BE length | bytes), holding at most
// one record and one chunk in memory.
class RecordReader {
public:
    explicit RecordReader(SecretStreamReader reader) : m_reader(std::move(reader)) {}
    // The next record, or nullopt at the clean end of the stream.
    Result<std::optional<QByteArray>> next();

private:
    SecretStreamReader m_reader;
    QByteArray m_buffer;
};

QByteArray lengthPrefixed(const QByteArray& record);

}  // namespace vo
