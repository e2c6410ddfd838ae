#pragma once
// Key material lives only here: sodium_malloc'd memory (guard pages, mlock'd so it never reaches
// swap, canary-checked), zeroed by sodium_free. Move-only, so no stray copy can outlive the owner.
// Never convert the contents to QString/QByteArray/QVariant: Qt containers reallocate with plain
// malloc and leave unscrubbed copies behind.

#include <cstddef>

namespace vo {

class SecureBuffer {
public:
    SecureBuffer() = default;                 // empty
    explicit SecureBuffer(size_t size);       // zero-filled; aborts via qFatal if sodium_malloc fails
    static SecureBuffer random(size_t size);  // randombytes_buf
    static SecureBuffer copyOf(const void* data, size_t size);

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    ~SecureBuffer();

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    bool equals(const SecureBuffer& other) const;  // constant time in the contents (sodium_memcmp)
    void wipe();                                   // free now (zeroed); the buffer becomes empty

    // A copy of the first `size` bytes (size <= this->size()); used to shrink a read buffer.
    SecureBuffer left(size_t size) const;

private:
    unsigned char* m_data = nullptr;
    size_t m_size = 0;
};

constexpr size_t kKeyBytes = 32;

// sodium_init() exactly once, thread-safe; false if libsodium cannot initialise.
bool ensureSodium();

}  // namespace vo
