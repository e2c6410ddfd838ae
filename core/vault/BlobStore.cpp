#include "vault/BlobStore.h"

#include "vault/VaultCrypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtEndian>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("BlobStore", s); }
constexpr quint32 kMaxRecordBytes = 512u << 20;
// Blobs are ciphertext, so their writeback may start while the import still runs: the commit's
// fsync then waits for the last few MB instead of the whole file (100 MB on this project's ext4
// test machine: ~50 ms instead of ~110–200 ms). 4–16 MB strides measured alike.
constexpr qint64 kWritebackStride = 8 << 20;

}  // namespace

Result<void> BlobWriter::push(const char* data, qint64 size)
{
    m_plainBytes += size;
    return m_stream->push(data, size);
}

Result<void> BlobWriter::commit()
{
    if (auto f = m_stream->finish(); !f)
        return f;
    return m_file->commit();
}

QString BlobStore::newBlobId() { return randomHexId(16); }

bool BlobStore::isBlobId(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{32}$"));
    return re.match(name).hasMatch();
}

Result<BlobWriter> BlobStore::create(const QString& id, const SecureBuffer& key) const
{
    if (!QDir().mkpath(m_dir))
        return makeError(ErrorCode::OutputNotWritable, tr("cannot create the vault's blob folder"));
    auto file = AtomicFile::create(path(id), 0600);
    if (!file)
        return file.error();
    BlobWriter w;
    w.m_file = std::make_unique<AtomicFile>(std::move(file).value());
    w.m_file->startWritebackEvery(kWritebackStride);
    auto stream = SecretStreamWriter::begin(key, *w.m_file);
    if (!stream)
        return stream.error();
    w.m_stream.emplace(std::move(stream).value());
    return w;
}

Result<SecretStreamReader> BlobStore::open(const QString& id, const SecureBuffer& key) const
{
    if (!QFile::exists(path(id)))
        return makeError(ErrorCode::Integrity, tr("a part of this document is missing from the vault"));
    return SecretStreamReader::open(key, path(id));
}

void BlobStore::remove(const QStringList& ids) const
{
    for (const QString& id : ids)
        QFile::remove(path(id));
    if (!ids.isEmpty())
        (void)syncDirectory(m_dir);
}

int BlobStore::removeOrphans(const QSet<QString>& live) const
{
    const QStringList names = QDir(m_dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QStringList orphans;
    for (const QString& n : names) {
        if (!live.contains(n))
            orphans << n;
    }
    remove(orphans);
    return int(orphans.size());
}

Result<std::optional<QByteArray>> RecordReader::next()
{
    const Error malformed = makeError(ErrorCode::Integrity, tr("a document's stored data is malformed"));
    for (;;) {
        if (m_buffer.size() >= 4) {
            const quint32 len = qFromBigEndian<quint32>(m_buffer.constData());
            if (len > kMaxRecordBytes)
                return malformed;
            if (quint32(m_buffer.size()) - 4 >= len) {
                QByteArray rec = m_buffer.mid(4, len);
                m_buffer.remove(0, 4 + qsizetype(len));
                return std::optional<QByteArray>(std::move(rec));
            }
        }
        if (m_reader.atEnd()) {
            if (!m_buffer.isEmpty())
                return malformed;
            return std::optional<QByteArray>();
        }
        auto chunk = m_reader.next();
        if (!chunk)
            return chunk.error();
        m_buffer.append(chunk.value());
    }
}

QByteArray lengthPrefixed(const QByteArray& record)
{
    char be[4];
    qToBigEndian<quint32>(quint32(record.size()), be);
    return QByteArray(be, 4) + record;
}

}  // namespace vo
