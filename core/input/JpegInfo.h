#pragma once

#include <cstddef>

namespace vo {

// True for a JPEG stream a PDF can embed as DCTDecode as it is: baseline (SOF0) or progressive
// (SOF2) Huffman coding, 8-bit samples, 1 (grey) or 3 (YCbCr/RGB) components. False for
// lossless, arithmetic-coded, hierarchical, 12-bit, CMYK/YCCK and anything unparsable.
bool isPlainDctJpeg(const unsigned char* data, size_t size);

}  // namespace vo
