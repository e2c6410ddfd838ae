#include "crypto/SecretStream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace vo {
namespace {

using State = crypto_secretstream_xchacha20poly1305_state;
static_assert(kStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(kStreamChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
constexpr qint64 kCipherChunkBytes = kStreamChunkBytes + kStreamChunkOverhead;

QString tr(const char* s) { return QCoreApplication::translate("SecretStream", s); }

Result<void> checkKey(const SecureBuffer& key)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Internal, tr("libsodium failed to initialise"));
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return makeError(ErrorCode::Internal, tr("encryption key has the wrong length"));
    return {};
}

Error integrityError(const QString& detail)
{
    return makeError(ErrorCode::Integrity, tr("the encrypted file failed its integrity check (%1): "
                                              "it was tampered with, is damaged, or the key is wrong").arg(detail));
}

State* stateOf(SecureBuffer& b) { return reinterpret_cast<State*>(b.data()); }

// Like QIODevice::read, but keeps reading until `size` bytes or end of file, so a short read
// can only mean the file ends here.
qint64 readFully(QIODevice& in, char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = in.read(data + done, size - done);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

}  // namespace

// ---- writer ----------------------------------------------------------------------------------

Result<SecretStreamWriter> SecretStreamWriter::begin(const SecureBuffer& key, AtomicFile& out)
{
    SecretStreamWriter w;
    w.m_file = &out;
    if (auto r = w.init(key); !r)
        return r.error();
    return w;
}

Result<SecretStreamWriter> SecretStreamWriter::beginOnFd(const SecureBuffer& key, int fd)
{
    SecretStreamWriter w;
    w.m_fd = fd;
    if (auto r = w.init(key); !r)
        return r.error();
    return w;
}

Result<void> SecretStreamWriter::init(const SecureBuffer& key)
{
    if (auto k = checkKey(key); !k)
        return k;
    m_state = SecureBuffer(sizeof(State));
    m_plain = SecureBuffer(size_t(kStreamChunkBytes));
    m_cipher = QByteArray(kStreamBatchChunks * kCipherChunkBytes, Qt::Uninitialized);
    // The header leads the first batch: one write() for it and the first chunks.
    crypto_secretstream_xchacha20poly1305_init_push(stateOf(m_state), reinterpret_cast<unsigned char*>(m_cipher.data()),
                                                    key.data());
    m_cipherFill = kStreamHeaderBytes;
    return {};
}

SecretStreamWriter::SecretStreamWriter(SecretStreamWriter&&) noexcept = default;
SecretStreamWriter& SecretStreamWriter::operator=(SecretStreamWriter&&) noexcept = default;
SecretStreamWriter::~SecretStreamWriter() = default;

Result<void> SecretStreamWriter::writeRaw(const unsigned char* data, size_t size)
{
    if (m_file) {
        if (auto r = m_file->write(data, size); !r)
            return r;
    } else {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return makeError(ErrorCode::OutputNotWritable,
                                 tr("Cannot write the encrypted file: %1").arg(writeFailureReason(errno)));
            data += n;
            size -= size_t(n);
            m_bytesWritten += n;
        }
        return {};
    }
    m_bytesWritten += qint64(size);
    return {};
}

Result<void> SecretStreamWriter::flushBatch()
{
    const qint64 size = m_cipherFill;
    m_cipherFill = 0;
    auto r = writeRaw(reinterpret_cast<const unsigned char*>(m_cipher.constData()), size_t(size));
    if (!r)
        m_state.wipe();  // the stream has a hole now: refuse to go on rather than write garbage
    return r;
}

Result<void> SecretStreamWriter::sealChunk(const unsigned char* plain, qint64 size, unsigned char tag)
{
    unsigned long long outLen = 0;
    auto* out = reinterpret_cast<unsigned char*>(m_cipher.data()) + m_cipherFill;
    crypto_secretstream_xchacha20poly1305_push(stateOf(m_state), out, &outLen, plain,
                                               static_cast<unsigned long long>(size), nullptr, 0, tag);
    m_cipherFill += qint64(outLen);
    if (m_cipherFill + kCipherChunkBytes > m_cipher.size())
        return flushBatch();
    return {};
}

Result<void> SecretStreamWriter::push(const char* data, qint64 size)
{
    if (m_finished || m_state.isEmpty())
        return makeError(ErrorCode::Internal, tr("the encrypted stream is already finished"));
    const auto* in = reinterpret_cast<const unsigned char*>(data);
    while (size > 0) {
        // A full chunk is only encrypted once more data arrives: the last chunk, full or not,
        // must carry TAG_FINAL, which only finish() knows.
        if (m_fill == kStreamChunkBytes) {
            auto r = sealChunk(m_plain.data(), m_fill, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
            sodium_memzero(m_plain.data(), size_t(m_fill));
            m_fill = 0;
            if (!r)
                return r;
        }
        if (m_fill == 0 && size > kStreamChunkBytes) {
            // A whole chunk with more bytes behind it in this very call cannot be the last one:
            // encrypt it where it is, without copying the plaintext.
            if (auto r = sealChunk(in, kStreamChunkBytes, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE); !r)
                return r;
            in += kStreamChunkBytes;
            size -= kStreamChunkBytes;
            continue;
        }
        const qint64 n = qMin(size, kStreamChunkBytes - m_fill);
        std::memcpy(m_plain.data() + m_fill, in, size_t(n));
        m_fill += n;
        in += n;
        size -= n;
    }
    return {};
}

Result<void> SecretStreamWriter::finish()
{
    if (m_finished || m_state.isEmpty())
        return makeError(ErrorCode::Internal, tr("the encrypted stream is already finished"));
    m_finished = true;
    auto r = sealChunk(m_plain.data(), m_fill, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    if (r && m_cipherFill > 0)
        r = flushBatch();
    m_state.wipe();
    m_plain.wipe();
    return r;
}

// ---- reader ----------------------------------------------------------------------------------

Result<SecretStreamReader> SecretStreamReader::open(const SecureBuffer& key, const QString& path)
{
    if (auto k = checkKey(key); !k)
        return k.error();
    SecretStreamReader r;
    r.m_file = std::make_unique<QFile>(path);
    // Unbuffered: the reader has its own batch buffer; Qt's would only add a copy.
    if (!r.m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::InputUnreadable,
                         tr("Cannot open the encrypted file: %1").arg(r.m_file->errorString()));
    (void)::posix_fadvise(r.m_file->handle(), 0, 0, POSIX_FADV_SEQUENTIAL);  // a hint; failure is harmless
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (readFully(*r.m_file, reinterpret_cast<char*>(header), sizeof header) != qint64(sizeof header))
        return integrityError(tr("the header is missing"));
    r.m_state = SecureBuffer(sizeof(State));
    if (crypto_secretstream_xchacha20poly1305_init_pull(stateOf(r.m_state), header, key.data()) != 0)
        return integrityError(tr("the header is invalid"));
    r.m_cipher = QByteArray(kStreamBatchChunks * kCipherChunkBytes, Qt::Uninitialized);
    return r;
}

SecretStreamReader::SecretStreamReader(SecretStreamReader&&) noexcept = default;
SecretStreamReader& SecretStreamReader::operator=(SecretStreamReader&&) noexcept = default;
SecretStreamReader::~SecretStreamReader() = default;

qint64 SecretStreamReader::fill()
{
    const qint64 avail = m_end - m_pos;
    if (avail >= kCipherChunkBytes || m_eof)
        return avail;
    std::memmove(m_cipher.data(), m_cipher.constData() + m_pos, size_t(avail));
    m_pos = 0;
    m_end = avail;
    const qint64 n = readFully(*m_file, m_cipher.data() + m_end, m_cipher.size() - m_end);
    if (n < 0)
        return -1;
    m_end += n;
    m_eof = m_end < m_cipher.size();  // readFully stops short only at the end of the file
    return m_end;
}

Result<QByteArray> SecretStreamReader::next()
{
    if (m_atEnd)
        return QByteArray();
    if (m_failed || !m_file)
        return makeError(ErrorCode::Internal, tr("the encrypted stream already failed"));
    m_failed = true;  // until this chunk proves good
    const qint64 avail = fill();
    if (avail < 0)
        return makeError(ErrorCode::InputUnreadable, tr("Cannot read the encrypted file: %1").arg(m_file->errorString()));
    const qint64 n = qMin(avail, kCipherChunkBytes);
    if (n == 0)
        return integrityError(tr("the file is truncated: the final chunk is missing"));
    if (n < kStreamChunkOverhead)
        return integrityError(tr("a chunk is truncated"));
    QByteArray plain(n - kStreamChunkOverhead, Qt::Uninitialized);
    unsigned long long plainLen = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(stateOf(m_state), reinterpret_cast<unsigned char*>(plain.data()),
                                                   &plainLen, &tag,
                                                   reinterpret_cast<const unsigned char*>(m_cipher.constData() + m_pos),
                                                   static_cast<unsigned long long>(n), nullptr, 0)
        != 0) {
        return integrityError(tr("a chunk is damaged, out of order or truncated"));
    }
    m_pos += n;
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        char extra;
        if (m_pos < m_end || (!m_eof && m_file->read(&extra, 1) != 0))
            return integrityError(tr("there is data after the final chunk"));
        m_atEnd = true;
        m_state.wipe();
        m_file.reset();
        m_cipher = QByteArray();
    } else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        return integrityError(tr("a chunk has an unexpected tag"));
    } else if (n != kCipherChunkBytes) {
        // Only the final chunk may be short; a short MESSAGE chunk means the file was cut.
        return integrityError(tr("the file is truncated: the final chunk is missing"));
    }
    m_failed = false;
    return plain;
}

// ---- convenience -----------------------------------------------------------------------------

Result<void> encryptStream(const SecureBuffer& key, QIODevice& in, AtomicFile& out, const CancelToken& cancel)
{
    auto writer = SecretStreamWriter::begin(key, out);
    if (!writer)
        return writer.error();
    SecureBuffer chunk{size_t(kStreamChunkBytes)};
    for (;;) {
        if (cancel.isCancelled())
            return makeError(ErrorCode::Cancelled, tr("Cancelled"));
        const qint64 n = in.read(reinterpret_cast<char*>(chunk.data()), kStreamChunkBytes);
        if (n < 0)
            return makeError(ErrorCode::InputUnreadable, tr("Cannot read the input: %1").arg(in.errorString()));
        if (n == 0 && (in.atEnd() || !in.waitForReadyRead(-1)))
            break;
        if (auto r = writer->push(reinterpret_cast<const char*>(chunk.data()), n); !r)
            return r;
    }
    if (cancel.isCancelled())
        return makeError(ErrorCode::Cancelled, tr("Cancelled"));
    return writer->finish();
}

Result<QByteArray> decryptFile(const SecureBuffer& key, const QString& path)
{
    auto reader = SecretStreamReader::open(key, path);
    if (!reader)
        return reader.error();
    // Reserve the exact plaintext size up front so appending never reallocates and leaves an
    // unscrubbed copy of the plaintext behind in freed heap memory.
    const qint64 cipherBytes = QFileInfo(path).size() - kStreamHeaderBytes;
    const qint64 chunks = qMax<qint64>(1, (cipherBytes + kCipherChunkBytes - 1) / kCipherChunkBytes);
    QByteArray all;
    all.reserve(qMax<qint64>(0, cipherBytes - chunks * kStreamChunkOverhead));
    while (!reader->atEnd()) {
        auto chunk = reader->next();
        if (!chunk) {
            sodium_memzero(all.data(), size_t(all.size()));
            return chunk.error();
        }
        all.append(chunk.value());
        sodium_memzero(chunk->data(), size_t(chunk->size()));
    }
    return all;
}

}  // namespace vo
