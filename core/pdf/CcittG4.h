#pragma once
// CCITT Group 4 data for a 1 bpp PIX, made entirely in memory.
//
// Why not pixGenerateCIData(L_G4_ENCODE): in leptonica 1.82 it writes the page to a temporary
// TIFF file in /tmp and reads it back (checked with strace), and a document image must never
// touch the disk. Instead leptonica encodes a TIFF into memory (pixWriteMemTiff) and we take the
// single G4 strip out of it.

#include "util/Result.h"

#include <leptonica/allheaders.h>

#include <QByteArray>

namespace vo {

struct G4Data {
    QByteArray data;
    int width = 0;
    int height = 0;
    bool blackIs1 = false;  // the TIFF said MinIsBlack: 1 bits are black
};

Result<G4Data> encodeG4(PIX* pix1bpp);

// Exposed for tests: extracts the one G4 strip of a little- or big-endian TIFF.
Result<G4Data> g4FromTiff(const QByteArray& tiff);

}  // namespace vo
