#include "crypto/SecureBuffer.h"

#include <QtGlobal>

#include <cstring>
#include <mutex>
#include <sodium.h>
#include <utility>

namespace vo {

bool ensureSodium()
{
    // sodium_init() is itself thread-safe since 1.0.11, but call_once makes "exactly once" explicit
    // and caches the answer.
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

SecureBuffer::SecureBuffer(size_t size)
{
    if (size == 0)
        return;
    if (!ensureSodium())
        qFatal("libsodium failed to initialise");
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        qFatal("out of secure memory (sodium_malloc of %zu bytes failed)", size);
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBuffer SecureBuffer::random(size_t size)
{
    SecureBuffer b(size);
    if (size > 0)
        randombytes_buf(b.m_data, size);
    return b;
}

SecureBuffer SecureBuffer::copyOf(const void* data, size_t size)
{
    SecureBuffer b(size);
    if (size > 0)
        std::memcpy(b.m_data, data, size);
    return b;
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer::~SecureBuffer() { wipe(); }

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    // The sizes are not secret; only the contents are compared in constant time.
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBuffer::wipe()
{
    if (m_data)
        sodium_free(m_data);  // zeroes the whole allocation before unmapping
    m_data = nullptr;
    m_size = 0;
}

SecureBuffer SecureBuffer::left(size_t size) const
{
    Q_ASSERT(size <= m_size);
    return copyOf(m_data, qMin(size, m_size));
}

}  // namespace vo
