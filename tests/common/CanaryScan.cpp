#include "CanaryScan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace vo::test {
namespace {

constexpr qsizetype kStreamCap = 64 * 1024 * 1024;
constexpr qint64 kFileCap = 256 * 1024 * 1024;

bool isZlibHeader(uchar a, uchar b) { return a == 0x78 && (b == 0x01 || b == 0x5e || b == 0x9c || b == 0xda); }
bool isGzipHeader(uchar a, uchar b, uchar c) { return a == 0x1f && b == 0x8b && c == 0x08; }

bool containsAny(const QByteArray& bytes, const QList<QByteArray>& needles)
{
    for (const QByteArray& n : needles) {
        if (bytes.contains(n))
            return true;
    }
    return false;
}

}  // namespace

QByteArray utf16le(const QString& s)
{
    QByteArray b;
    b.reserve(s.size() * 2);
    for (QChar c : s) {
        b.append(char(c.unicode() & 0xff));
        b.append(char(c.unicode() >> 8));
    }
    return b;
}

QList<QByteArray> canaryNeedles(const QStringList& markers)
{
    QList<QByteArray> needles;
    for (const QString& m : markers)
        needles << m.toUtf8() << utf16le(m);
    return needles;
}

QByteArray inflateAt(const QByteArray& bytes, qsizetype at, qsizetype cap, qsizetype* consumed)
{
    if (consumed)
        *consumed = 0;
    if (at < 0 || at + 2 > bytes.size())
        return {};
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData()) + at;
    const bool gzip = at + 3 <= bytes.size() && isGzipHeader(p[0], p[1], p[2]);
    if (!gzip && !isZlibHeader(p[0], p[1]))
        return {};
    z_stream z{};
    if (inflateInit2(&z, gzip ? 16 + MAX_WBITS : MAX_WBITS) != Z_OK)
        return {};
    z.next_in = const_cast<Bytef*>(p);
    z.avail_in = uInt(std::min<qsizetype>(bytes.size() - at, std::numeric_limits<uInt>::max()));
    QByteArray out;
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK && out.size() < cap) {
        z.next_out = reinterpret_cast<Bytef*>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
        if (rc == Z_BUF_ERROR || (rc == Z_OK && z.avail_out == sizeof chunk))
            break;  // input ended mid-stream: keep what came out
    }
    if (rc == Z_STREAM_END && consumed)
        *consumed = qsizetype(z.total_in);
    inflateEnd(&z);
    out.truncate(std::min(out.size(), cap));
    return out;
}

bool containsCanary(const QByteArray& bytes, const QList<QByteArray>& needles, int depth)
{
    if (containsAny(bytes, needles))
        return true;
    if (depth <= 0)
        return false;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    for (qsizetype i = 0; i + 2 <= bytes.size();) {
        if (!isZlibHeader(p[i], p[i + 1]) && !(i + 3 <= bytes.size() && isGzipHeader(p[i], p[i + 1], p[i + 2]))) {
            ++i;
            continue;
        }
        qsizetype consumed = 0;
        const QByteArray inflated = inflateAt(bytes, i, kStreamCap, &consumed);
        if (!inflated.isEmpty() && containsCanary(inflated, needles, depth - 1))
            return true;
        // A stream that ended with a good checksum is compressed data throughout: a "header"
        // inside it is chance. Anything else may be a false start: try the next byte.
        i += consumed > 0 ? consumed : 1;
    }
    return false;
}

QStringList filesContaining(const QString& root, const QList<QByteArray>& needles, const QDateTime& since)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo fi(path);
        if (!fi.isFile() || fi.size() > kFileCap || (since.isValid() && fi.lastModified() < since))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (containsCanary(f.readAll(), needles))
            hits << path;
    }
    hits.sort();
    return hits;
}

}  // namespace vo::test
