#include "pdf/CcittG4.h"

#include <QCoreApplication>

#include <limits>
#include <memory>

namespace vo {
namespace {

Error g4Error(const char* what)
{
    return makeError(ErrorCode::Internal, QCoreApplication::translate("CcittG4", what));
}

struct LeptFree {
    void operator()(l_uint8* p) const { lept_free(p); }
};

class TiffReader {
public:
    explicit TiffReader(const QByteArray& d) : m_d(d), m_little(d.startsWith("II")) {}

    bool has(qint64 offset, qint64 size) const { return offset >= 0 && size >= 0 && offset + size <= m_d.size(); }
    quint32 u16(qint64 o) const { return m_little ? b(o) | b(o + 1) << 8 : b(o) << 8 | b(o + 1); }
    quint32 u32(qint64 o) const
    {
        return m_little ? b(o) | b(o + 1) << 8 | b(o + 2) << 16 | b(o + 3) << 24
                        : b(o) << 24 | b(o + 1) << 16 | b(o + 2) << 8 | b(o + 3);
    }
    // A single-valued SHORT or LONG entry; the value sits in the entry itself.
    bool scalar(qint64 entry, quint32* value) const
    {
        const quint32 type = u16(entry + 2), count = u32(entry + 4);
        if (count != 1)
            return false;
        if (type == 3)
            *value = u16(entry + 8);
        else if (type == 4)
            *value = u32(entry + 8);
        else
            return false;
        return true;
    }

private:
    quint32 b(qint64 o) const { return quint8(m_d[o]); }
    const QByteArray& m_d;
    bool m_little;
};

}  // namespace

Result<G4Data> g4FromTiff(const QByteArray& tiff)
{
    if (tiff.size() < 8 || !(tiff.startsWith("II") || tiff.startsWith("MM")))
        return g4Error("G4 encoding produced no TIFF");
    const TiffReader r(tiff);
    const qint64 ifd = r.u32(4);
    if (r.u16(2) != 42 || !r.has(ifd, 2))
        return g4Error("G4 encoding produced a malformed TIFF");
    const quint32 entries = r.u16(ifd);
    if (!r.has(ifd + 2, qint64(entries) * 12))
        return g4Error("G4 encoding produced a malformed TIFF");
    quint32 width = 0, height = 0, compression = 0, photometric = 0, offset = 0, count = 0, rowsPerStrip = 0;
    bool haveOffset = false, haveCount = false;
    for (quint32 i = 0; i < entries; ++i) {
        const qint64 e = ifd + 2 + qint64(i) * 12;
        quint32 v = 0;
        if (!r.scalar(e, &v))
            continue;  // multi-valued entries: strip arrays are caught below as missing
        switch (r.u16(e)) {
        case 256: width = v; break;
        case 257: height = v; break;
        case 259: compression = v; break;
        case 262: photometric = v; break;
        case 273: offset = v; haveOffset = true; break;
        case 278: rowsPerStrip = v; break;
        case 279: count = v; haveCount = true; break;
        default: break;
        }
    }
    if (compression != 4 || !haveOffset || !haveCount || width == 0 || height == 0
        || (rowsPerStrip != 0 && rowsPerStrip < height) || !r.has(offset, count) || count == 0)
        return g4Error("G4 encoding did not produce a single-strip CCITT T.6 TIFF");
    G4Data g4;
    g4.data = QByteArray(tiff.constData() + offset, qsizetype(count));  // a deep copy
    g4.width = int(width);
    g4.height = int(height);
    g4.blackIs1 = photometric == 1;
    return g4;
}

Result<G4Data> encodeG4(PIX* pix)
{
    if (!pix || pixGetDepth(pix) != 1 || pixGetColormap(pix))
        return g4Error("G4 needs a 1 bpp image without colormap");
    l_uint8* raw = nullptr;
    size_t size = 0;
    if (pixWriteMemTiff(&raw, &size, pix, IFF_TIFF_G4) != 0 || !raw)
        return g4Error("G4 encoding failed");
    const std::unique_ptr<l_uint8, LeptFree> owned(raw);
    if (size > size_t(std::numeric_limits<qsizetype>::max()))
        return g4Error("G4 encoding failed");
    // A view is enough: g4FromTiff copies the strip out before `owned` frees the buffer.
    return g4FromTiff(QByteArray::fromRawData(reinterpret_cast<const char*>(raw), qsizetype(size)));
}

}  // namespace vo
