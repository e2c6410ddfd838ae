#pragma once
// crypto_secretstream_xchacha20poly1305 with 64 KiB plaintext chunks, streaming.
// Stream file layout: 24-byte secretstream header || chunks, each 64 KiB + 17 bytes (ABYTES);
// the last one is at most that long (possibly only 17 bytes) and tagged FINAL.
// A missing FINAL tag (truncation), data after FINAL, reordered chunks or any flipped byte is
// ErrorCode::Integrity. Plaintext and the stream state live in secure memory; the writer keeps
// at most one chunk of plaintext, whatever the input size. For throughput the writer encrypts
// full chunks straight from the caller's buffer and hands the file up to kStreamBatchChunks
// chunks of ciphertext per write(); the reader reads as many per read(). The format is the same.

#include "crypto/SecureBuffer.h"
#include "util/AtomicFile.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>

class QFile;
class QIODevice;

namespace vo {

constexpr qint64 kStreamChunkBytes = 64 * 1024;
constexpr qint64 kStreamHeaderBytes = 24;   // crypto_secretstream_xchacha20poly1305_HEADERBYTES
constexpr qint64 kStreamChunkOverhead = 17; // crypto_secretstream_xchacha20poly1305_ABYTES
constexpr qint64 kStreamBatchChunks = 16;   // chunks per write()/read(): about 1 MiB

// Writes into an AtomicFile or any fd. The AtomicFile (or fd) must outlive the writer and must
// not be moved while it writes. Committing the file is the caller's job, after finish().
class SecretStreamWriter {
public:
    static Result<SecretStreamWriter> begin(const SecureBuffer& key, AtomicFile& out);
    // The fd is not owned and must stay open until finish(); writes go to its current offset.
    static Result<SecretStreamWriter> beginOnFd(const SecureBuffer& key, int fd);

    SecretStreamWriter(SecretStreamWriter&&) noexcept;
    SecretStreamWriter& operator=(SecretStreamWriter&&) noexcept;
    ~SecretStreamWriter();

    Result<void> push(const char* data, qint64 size);  // buffers to chunk size
    Result<void> finish();                             // flushes with TAG_FINAL (does not commit the file)
    qint64 bytesWritten() const { return m_bytesWritten; }  // ciphertext bytes, header included

private:
    SecretStreamWriter() = default;
    Result<void> init(const SecureBuffer& key);
    Result<void> writeRaw(const unsigned char* data, size_t size);
    // Encrypts one chunk into the ciphertext batch; writes the batch out when it is full.
    Result<void> sealChunk(const unsigned char* plain, qint64 size, unsigned char tag);
    Result<void> flushBatch();

    AtomicFile* m_file = nullptr;
    int m_fd = -1;
    SecureBuffer m_state;     // crypto_secretstream_xchacha20poly1305_state
    SecureBuffer m_plain;     // the pending chunk of plaintext (the last one needs TAG_FINAL)
    QByteArray m_cipher;      // a batch of ciphertext chunks (not secret)
    qint64 m_cipherFill = 0;
    qint64 m_fill = 0;
    qint64 m_bytesWritten = 0;
    bool m_finished = false;
};

// Reads and authenticates one chunk at a time. Decrypted chunks are ordinary QByteArrays
// (document data, not key material); wipe them when done if they are sensitive.
class SecretStreamReader {
public:
    static Result<SecretStreamReader> open(const SecureBuffer& key, const QString& path);

    SecretStreamReader(SecretStreamReader&&) noexcept;
    SecretStreamReader& operator=(SecretStreamReader&&) noexcept;
    ~SecretStreamReader();

    Result<QByteArray> next();  // next plaintext chunk; empty + atEnd() after FINAL
    bool atEnd() const { return m_atEnd; }

private:
    SecretStreamReader() = default;

    // Fills m_cipher from the file (keeping what is unread) until it holds a whole chunk or the
    // file ends; returns the bytes available, or -1 on a read error.
    qint64 fill();

    std::unique_ptr<QFile> m_file;
    SecureBuffer m_state;
    QByteArray m_cipher;   // a batch of ciphertext read ahead (not secret)
    qint64 m_pos = 0;      // next unread byte in m_cipher
    qint64 m_end = 0;      // end of the valid bytes in m_cipher
    bool m_eof = false;    // the file has no more bytes
    bool m_atEnd = false;
    bool m_failed = false;
};

// Encrypts everything readable from `in` (streaming, chunk by chunk, cancel checked per chunk).
// On Cancelled or any error the AtomicFile is left uncommitted; the caller just drops it.
Result<void> encryptStream(const SecureBuffer& key, QIODevice& in, AtomicFile& out, const CancelToken& cancel);
// Decrypts a whole (small) stream file into memory.
Result<QByteArray> decryptFile(const SecureBuffer& key, const QString& path);

}  // namespace vo
