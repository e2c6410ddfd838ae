#pragma once

#include <cstddef>

namespace vo {

// True when every chunk of a PNG, from the first after the signature up to IEND, lies inside
// the file. libpng believes a chunk's length far enough to allocate and clear that much memory
// before it finds the file ends first: a 500-byte PNG claiming a 512 MB text chunk after its
// image data cost half a gigabyte and seconds (found by tests/fuzz/fuzz_image_import). Checked
// before decoding, like the pixel limit.
bool pngChunksInsideFile(const unsigned char* data, size_t size);

}  // namespace vo
