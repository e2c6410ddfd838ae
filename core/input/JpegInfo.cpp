#include "input/JpegInfo.h"

namespace vo {

namespace {

bool isStartOfFrame(unsigned char m)
{
    // SOF0..SOF15 are 0xC0..0xCF, except DHT (C4), JPG (C8) and DAC (CC).
    return m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc;
}

bool isStandalone(unsigned char m)
{
    return m == 0x01 || (m >= 0xd0 && m <= 0xd7);  // TEM, RSTn: no length field
}

}  // namespace

bool isPlainDctJpeg(const unsigned char* data, size_t size)
{
    if (size < 4 || data[0] != 0xff || data[1] != 0xd8)
        return false;
    size_t at = 2;
    while (at + 1 < size) {
        if (data[at] != 0xff)
            return false;  // markers must follow each other back to back before the scan
        const unsigned char marker = data[at + 1];
        if (marker == 0xff) {  // fill byte
            ++at;
            continue;
        }
        at += 2;
        if (isStandalone(marker))
            continue;
        if (marker == 0xda || marker == 0xd9)
            return false;  // scan or end of image before any frame header
        if (at + 2 > size)
            return false;
        const size_t length = (size_t(data[at]) << 8) | data[at + 1];
        if (length < 2 || at + length > size)
            return false;
        if (isStartOfFrame(marker)) {
            // Frame header: length(2) precision(1) height(2) width(2) components(1) ...
            if (length < 8)
                return false;
            const unsigned precision = data[at + 2];
            const unsigned components = data[at + 7];
            return (marker == 0xc0 || marker == 0xc2) && precision == 8 && (components == 1 || components == 3);
        }
        at += length;
    }
    return false;
}

}  // namespace vo
