#include "TestInputFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/resource.h>

namespace vo::test {

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

namespace {

QByteArray takeLeptonicaBuffer(l_uint8* data, size_t size)
{
    QByteArray out(reinterpret_cast<const char*>(data), qsizetype(size));
    lept_free(data);
    return out;
}

}  // namespace

QByteArray pngBytes(PIX* pix)
{
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMemPng(&data, &size, pix, 0.0f) != 0)
        return {};
    return takeLeptonicaBuffer(data, size);
}

QByteArray jpegBytes(PIX* pix, bool progressive)
{
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMemJpeg(&data, &size, pix, 85, progressive ? 1 : 0) != 0)
        return {};
    return takeLeptonicaBuffer(data, size);
}

QByteArray multipageTiffBytes(const std::vector<PIX*>& pages)
{
    PIXA* pixa = pixaCreate(int(pages.size()));
    for (PIX* p : pages)
        pixaAddPix(pixa, p, L_COPY);
    l_uint8* data = nullptr;
    size_t size = 0;
    const bool ok = pixaWriteMemMultipageTiff(&data, &size, pixa) == 0;
    pixaDestroy(&pixa);
    return ok ? takeLeptonicaBuffer(data, size) : QByteArray();
}

QByteArray handmadeTiff(int width, int height, double xres, double yres, int unit)
{
    struct Entry {
        quint16 tag, type;
        quint32 count, value;
    };
    const bool withRes = xres > 0;
    const int entries = withRes ? 12 : 9;
    const quint32 ifdAt = 8;
    const quint32 extraAt = ifdAt + 2 + 12 * entries + 4;  // two RATIONALs live here
    const quint32 pixelsAt = extraAt + 16;
    const quint32 pixelBytes = quint32(width) * quint32(height);
    QList<Entry> e = {{256, 3, 1, quint32(width)}, {257, 3, 1, quint32(height)}, {258, 3, 1, 8},
                      {259, 3, 1, 1}, {262, 3, 1, 1}, {273, 4, 1, pixelsAt}, {277, 3, 1, 1},
                      {278, 3, 1, quint32(height)}, {279, 4, 1, pixelBytes}};
    if (withRes) {
        e.append({282, 5, 1, extraAt});
        e.append({283, 5, 1, extraAt + 8});
        e.append({296, 3, 1, quint32(unit)});
    }
    QByteArray b("II\x2a\x00", 4);
    auto put16 = [&b](quint32 v) { b.append(char(v & 0xff)).append(char((v >> 8) & 0xff)); };
    auto put32 = [&b, &put16](quint32 v) { put16(v & 0xffff); put16(v >> 16); };
    put32(ifdAt);
    put16(quint32(e.size()));
    for (const Entry& x : e) {
        put16(x.tag);
        put16(x.type);
        put32(x.count);
        put32(x.value);  // SHORT values sit in the low bytes (little-endian), as TIFF wants
    }
    put32(0);  // no next IFD
    put32(quint32(qRound(xres * 100)));
    put32(100);
    put32(quint32(qRound((yres > 0 ? yres : xres) * 100)));
    put32(100);
    for (quint32 i = 0; i < pixelBytes; ++i)
        b.append(char(i % 251));
    return b;
}

QByteArray minimalPdf(double widthPt, double heightPt, const QByteArray& text)
{
    const QByteArray content = "BT /F1 24 Tf 72 72 Td (" + text + ") Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(widthPt) + ' '
            + QByteArray::number(heightPt) + "] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype off : offsets)
        pdf += QByteArray::number(off).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

PixPtr makeGreyPix(int w, int h)
{
    PixPtr pix(pixCreate(w, h, 8));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            pixSetPixel(pix.get(), x, y, (x * 7 + y * 3) % 256);
    for (int y = h / 3; y < h / 3 + qMax(1, h / 10); ++y)
        for (int x = 0; x < w; ++x)
            pixSetPixel(pix.get(), x, y, 0);
    return pix;
}

PixPtr makeColourPix(int w, int h)
{
    PixPtr pix(pixCreate(w, h, 32));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            l_uint32 v = 0;
            composeRGBPixel((x * 5) % 256, (y * 11) % 256, (x + 2 * y) % 256, &v);
            pixSetPixel(pix.get(), x, y, v);
        }
    }
    pixSetSpp(pix.get(), 3);
    return pix;
}

PixPtr makeBinaryPix(int w, int h)
{
    PixPtr pix(pixCreate(w, h, 1));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if ((x / 4 + y / 6) % 5 == 0)
                pixSetPixel(pix.get(), x, y, 1);
    return pix;
}

bool pixSame(PIX* a, PIX* b)
{
    l_int32 same = 0;
    return a && b && pixEqual(a, b, &same) == 0 && same == 1;
}

double blackFraction(PIX* pix1bpp)
{
    l_int32 count = 0;
    pixCountPixels(pix1bpp, &count, nullptr);
    return double(count) / (double(pixGetWidth(pix1bpp)) * pixGetHeight(pix1bpp));
}

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

bool messageIsClean(const Error& e, const QString& path)
{
    const QString m = e.message;
    const QFileInfo info(path);
    return !m.isEmpty() && !m.contains(u'\n') && !m.contains(path) && !m.contains(info.fileName())
        && !m.contains(info.absolutePath());
}

}  // namespace vo::test
