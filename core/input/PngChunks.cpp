#include "input/PngChunks.h"

#include <QtEndian>

#include <cstring>

namespace vo {

bool pngChunksInsideFile(const unsigned char* data, size_t size)
{
    constexpr size_t kSignature = 8;
    constexpr size_t kFraming = 12;  // length, type, CRC
    constexpr quint32 kMaxChunk = 0x7fffffff;  // the PNG specification's limit
    size_t at = kSignature;
    while (size >= kFraming && at <= size - kFraming) {
        const quint32 length = qFromBigEndian<quint32>(data + at);
        if (length > kMaxChunk || length > size - at - kFraming)
            return false;
        const bool end = std::memcmp(data + at + 4, "IEND", 4) == 0;
        at += kFraming + length;
        if (end)
            return true;
    }
    return false;  // cut off before IEND
}

}  // namespace vo
