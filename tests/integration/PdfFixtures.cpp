#include "PdfFixtures.h"

#include "pdf/CcittG4.h"

#include <leptonica/allheaders.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QtEndian>

#include <algorithm>
#include <memory>
#include <set>

namespace vo::test {
namespace {

QByteArray num(double v) { return QByteArray::number(v, 'f', 4); }

struct PixFree {
    void operator()(PIX* p) const { pixDestroy(&p); }
};

G4Data g4Of(const QString& tiff, double* dpi)
{
    std::unique_ptr<PIX, PixFree> pix(pixRead(QFile::encodeName(tiff).constData()));
    if (!pix || pixGetDepth(pix.get()) != 1)
        qFatal("fixture: %s is not a bilevel image", qPrintable(tiff));
    l_int32 xres = 0, yres = 0;
    pixGetResolution(pix.get(), &xres, &yres);
    *dpi = xres > 0 ? xres : 300;
    auto g4 = encodeG4(pix.get());
    if (!g4)
        qFatal("fixture: G4 encoding failed");
    return g4.value();
}

void put32(QByteArray& b, quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    b.append(buf, 4);
}

// A JBIG2 segment header (ITU T.88 7.2): number, type, no referred segments, page 1, length.
QByteArray segment(quint32 number, quint8 type, const QByteArray& data)
{
    QByteArray s;
    put32(s, number);
    s.append(char(type));
    s.append('\0');
    s.append('\1');
    put32(s, quint32(data.size()));
    return s + data;
}

// The content drawing a W×H-point image so that the displayed page (turned by `rotate`) shows
// it upright, with the MediaBox's lower left at (x0, y0).
QByteArray placement(int rotate, double W, double H, double x0, double y0)
{
    switch (rotate) {
    case 90: return "0 " + num(W) + ' ' + num(-H) + " 0 " + num(x0 + H) + ' ' + num(y0);
    case 180: return num(-W) + " 0 0 " + num(-H) + ' ' + num(x0 + W) + ' ' + num(y0 + H);
    case 270: return "0 " + num(-W) + ' ' + num(H) + " 0 " + num(x0) + ' ' + num(y0 + W);
    default: return num(W) + " 0 0 " + num(H) + ' ' + num(x0) + ' ' + num(y0);
    }
}

class TinyPdf {
public:
    int add(const QByteArray& body)
    {
        m_objects.push_back(body);
        return int(m_objects.size());
    }
    int stream(const QByteArray& dict, const QByteArray& data)
    {
        return add("<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream");
    }
    void set(int n, const QByteArray& body) { m_objects[size_t(n - 1)] = body; }
    QByteArray bytes(int root) const
    {
        QByteArray out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
        std::vector<qsizetype> offsets;
        for (size_t i = 0; i < m_objects.size(); ++i) {
            offsets.push_back(out.size());
            out += QByteArray::number(qsizetype(i + 1)) + " 0 obj\n" + m_objects[i] + "\nendobj\n";
        }
        const qsizetype xref = out.size();
        out += "xref\n0 " + QByteArray::number(qsizetype(offsets.size() + 1)) + "\n0000000000 65535 f \n";
        for (qsizetype o : offsets)
            out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
        out += "trailer\n<< /Size " + QByteArray::number(qsizetype(offsets.size() + 1)) + " /Root "
               + QByteArray::number(root) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return out;
    }

private:
    std::vector<QByteArray> m_objects;
};

// The raw bytes of every stream reachable from `o` (not back up the page tree).
void collectStreams(QPDFObjectHandle o, std::set<QPDFObjGen>& seen, QList<QByteArray>& out)
{
    if (o.isIndirect() && !seen.insert(o.getObjGen()).second)
        return;
    if (o.isStream()) {
        const std::shared_ptr<Buffer> raw = o.getRawStreamData();
        out.append(QByteArray(reinterpret_cast<const char*>(raw->getBuffer()), qsizetype(raw->getSize())));
        collectStreams(o.getDict(), seen, out);
    } else if (o.isDictionary()) {
        for (const std::string& key : o.getKeys())
            if (key != "/Parent" && key != "/P")
                collectStreams(o.getKey(key), seen, out);
    } else if (o.isArray()) {
        for (QPDFObjectHandle item : o.aitems())
            collectStreams(item, seen, out);
    }
}

}  // namespace

FixtureImage g4Image(const QString& tiff)
{
    FixtureImage img;
    const G4Data g4 = g4Of(tiff, &img.dpi);
    img.widthPx = g4.width;
    img.heightPx = g4.height;
    img.data = g4.data;
    img.dict = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(g4.width) + " /Height "
               + QByteArray::number(g4.height) + " /ColorSpace /DeviceGray /BitsPerComponent 1"
               " /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns " + QByteArray::number(g4.width) + " /Rows "
               + QByteArray::number(g4.height) + (g4.blackIs1 ? " /BlackIs1 true" : "") + " >>";
    return img;
}

namespace {

// The MQ arithmetic coder of ITU T.88 Annex E (encoder side), as jbig2enc uses it.
class MqEncoder {
public:
    void encode(int cx, int bit)
    {
        const Qe& q = kQe[m_index[cx]];
        if (bit == m_mps[cx]) {
            m_a -= q.qe;
            if ((m_a & 0x8000) == 0) {
                if (m_a < q.qe)
                    m_a = q.qe;
                else
                    m_c += q.qe;
                m_index[cx] = q.nmps;
                renormalise();
            } else {
                m_c += q.qe;
            }
        } else {
            m_a -= q.qe;
            if (m_a < q.qe)
                m_c += q.qe;
            else
                m_a = q.qe;
            if (q.switchMps)
                m_mps[cx] = quint8(1 - m_mps[cx]);
            m_index[cx] = q.nlps;
            renormalise();
        }
    }
    QByteArray finish()
    {
        const quint32 tempc = m_c + m_a;
        m_c |= 0xffff;
        if (m_c >= tempc)
            m_c -= 0x8000;
        m_c <<= m_ct;
        byteOut();
        m_c <<= m_ct;
        byteOut();
        putByte();
        if (m_b != 0xff) {
            m_b = 0xff;
            putByte();
        }
        m_b = 0xac;
        putByte();
        return m_out;
    }

private:
    struct Qe {
        quint16 qe;
        quint8 nmps, nlps;
        bool switchMps;
    };
    static constexpr Qe kQe[47] = {
        {0x5601, 1, 1, true},    {0x3401, 2, 6, false},   {0x1801, 3, 9, false},   {0x0AC1, 4, 12, false},
        {0x0521, 5, 29, false},  {0x0221, 38, 33, false}, {0x5601, 7, 6, true},    {0x5401, 8, 14, false},
        {0x4801, 9, 14, false},  {0x3801, 10, 14, false}, {0x3001, 11, 17, false}, {0x2401, 12, 18, false},
        {0x1C01, 13, 20, false}, {0x1601, 29, 21, false}, {0x5601, 15, 14, true},  {0x5401, 16, 14, false},
        {0x5101, 17, 15, false}, {0x4801, 18, 16, false}, {0x3801, 19, 17, false}, {0x3401, 20, 18, false},
        {0x3001, 21, 19, false}, {0x2801, 22, 19, false}, {0x2401, 23, 20, false}, {0x2201, 24, 21, false},
        {0x1C01, 25, 22, false}, {0x1801, 26, 23, false}, {0x1601, 27, 24, false}, {0x1401, 28, 25, false},
        {0x1201, 29, 26, false}, {0x1101, 30, 27, false}, {0x0AC1, 31, 28, false}, {0x09C1, 32, 29, false},
        {0x08A1, 33, 30, false}, {0x0521, 34, 31, false}, {0x0441, 35, 32, false}, {0x02A1, 36, 33, false},
        {0x0221, 37, 34, false}, {0x0141, 38, 35, false}, {0x0111, 39, 36, false}, {0x0085, 40, 37, false},
        {0x0049, 41, 38, false}, {0x0025, 42, 39, false}, {0x0015, 43, 40, false}, {0x0009, 44, 41, false},
        {0x0005, 45, 42, false}, {0x0001, 45, 43, false}, {0x5601, 46, 46, false},
    };
    void renormalise()
    {
        do {
            m_a <<= 1;
            m_c <<= 1;
            if (--m_ct == 0)
                byteOut();
        } while ((m_a & 0x8000) == 0);
    }
    // Writes the byte in hand (the first one is the coder's virtual byte before the output).
    void putByte()
    {
        if (m_started)
            m_out.append(char(m_b));
        m_started = true;
    }
    void byteOut()
    {
        if (m_b == 0xff) {
            putByte();
            m_b = int(m_c >> 20);
            m_c &= 0xfffff;
            m_ct = 7;
        } else if (m_c < 0x8000000) {
            putByte();
            m_b = int(m_c >> 19);
            m_c &= 0x7ffff;
            m_ct = 8;
        } else {
            ++m_b;
            if (m_b == 0xff) {
                m_c &= 0x7ffffff;
                putByte();
                m_b = int(m_c >> 20);
                m_c &= 0xfffff;
                m_ct = 7;
            } else {
                putByte();
                m_b = int(m_c >> 19);
                m_c &= 0x7ffff;
                m_ct = 8;
            }
        }
    }
    std::vector<quint8> m_index = std::vector<quint8>(65536, 0), m_mps = std::vector<quint8>(65536, 0);
    quint32 m_a = 0x8000, m_c = 0;
    int m_ct = 12, m_b = 0;
    bool m_started = false;
    QByteArray m_out;
};

// Generic region, template 0 with the default adaptive pixels (T.88 6.2.5.3), arithmetic coded.
QByteArray genericRegionTemplate0(PIX* pix)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    const auto at = [&](int x, int y) -> int {
        if (x < 0 || y < 0 || x >= w)
            return 0;
        l_uint32 v = 0;
        pixGetPixel(pix, x, y, &v);
        return int(v);
    };
    MqEncoder mq;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const int cx = at(x - 1, y) | at(x - 2, y) << 1 | at(x - 3, y) << 2 | at(x - 4, y) << 3
                           | at(x + 3, y - 1) << 4 | at(x + 2, y - 1) << 5 | at(x + 1, y - 1) << 6 | at(x, y - 1) << 7
                           | at(x - 1, y - 1) << 8 | at(x - 2, y - 1) << 9 | at(x - 3, y - 1) << 10
                           | at(x + 2, y - 2) << 11 | at(x + 1, y - 2) << 12 | at(x, y - 2) << 13
                           | at(x - 1, y - 2) << 14 | at(x - 2, y - 2) << 15;
            mq.encode(cx, at(x, y));
        }
    return mq.finish();
}

}  // namespace

FixtureImage jbig2Image(const QString& tiff)
{
    std::unique_ptr<PIX, PixFree> pix(pixRead(QFile::encodeName(tiff).constData()));
    if (!pix || pixGetDepth(pix.get()) != 1)
        qFatal("fixture: %s is not a bilevel image", qPrintable(tiff));
    FixtureImage img;
    l_int32 xres = 0, yres = 0;
    pixGetResolution(pix.get(), &xres, &yres);
    img.dpi = xres > 0 ? xres : 300;
    img.widthPx = pixGetWidth(pix.get());
    img.heightPx = pixGetHeight(pix.get());
    QByteArray pageInfo;  // T.88 7.4.8: width, height, resolutions, flags (lossless), no striping
    put32(pageInfo, quint32(img.widthPx));
    put32(pageInfo, quint32(img.heightPx));
    put32(pageInfo, 0);
    put32(pageInfo, 0);
    pageInfo.append('\x01');
    pageInfo.append(2, '\0');
    QByteArray region;  // T.88 7.4.1 region info, generic region flags (template 0, arithmetic), AT pixels
    put32(region, quint32(img.widthPx));
    put32(region, quint32(img.heightPx));
    put32(region, 0);
    put32(region, 0);
    region.append('\0');
    region.append('\0');
    region.append(QByteArray("\x03\xff\xfd\xff\x02\xfe\xfe\xfe", 8));
    region += genericRegionTemplate0(pix.get());
    // Immediate lossless generic region (39) between page information (48) and end of page (49).
    img.data = segment(0, 48, pageInfo) + segment(1, 39, region) + segment(2, 49, {});
    img.dict = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(img.widthPx) + " /Height "
               + QByteArray::number(img.heightPx) + " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode";
    return img;
}

FixtureImage jpegImage(const QString& jpeg, double dpi)
{
    FixtureImage img;
    img.data = readBytes(jpeg);
    l_int32 w = 0, h = 0, spp = 0;
    if (readHeaderMemJpeg(reinterpret_cast<const l_uint8*>(img.data.constData()), size_t(img.data.size()), &w, &h,
                          &spp, nullptr, nullptr) != 0)
        qFatal("fixture: %s is not a JPEG", qPrintable(jpeg));
    img.widthPx = w;
    img.heightPx = h;
    img.dpi = dpi;
    img.dict = "/Type /XObject /Subtype /Image /Width " + QByteArray::number(w) + " /Height " + QByteArray::number(h)
               + (spp == 1 ? " /ColorSpace /DeviceGray" : " /ColorSpace /DeviceRGB")
               + " /BitsPerComponent 8 /Filter /DCTDecode";
    return img;
}

bool writeImagePdf(const QString& path, const std::vector<FixturePage>& pages)
{
    TinyPdf pdf;
    const int catalog = pdf.add({});
    const int tree = pdf.add({});
    const int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    QByteArray kids;
    for (const FixturePage& p : pages) {
        double W = p.emptySize.width(), H = p.emptySize.height();
        QByteArray content, xobjects;
        if (p.image) {
            W = p.image->widthPt();
            H = p.image->heightPt();
            const int im = pdf.stream(p.image->dict, p.image->data);
            xobjects = " /XObject << /Im0 " + QByteArray::number(im) + " 0 R >>";
            content = "q " + placement(p.rotate, W, H, p.origin.x(), p.origin.y()) + " cm /Im0 Do Q\n";
        }
        content += p.extraContent;
        const bool turned = p.rotate == 90 || p.rotate == 270;
        const double bw = turned ? H : W, bh = turned ? W : H;
        const int contents = pdf.stream({}, content);
        QByteArray page = "<< /Type /Page /Parent " + QByteArray::number(tree) + " 0 R /MediaBox [" + num(p.origin.x())
                          + ' ' + num(p.origin.y()) + ' ' + num(p.origin.x() + bw) + ' ' + num(p.origin.y() + bh)
                          + "] /Rotate " + QByteArray::number(p.rotate) + " /Contents " + QByteArray::number(contents)
                          + " 0 R /Resources <<" + xobjects;
        if (!p.extraContent.isEmpty())  // a scan has no fonts; text needs one
            page += " /Font << /F1 " + QByteArray::number(font) + " 0 R >>";
        page += " >>";
        if (p.crop)
            page += " /CropBox [" + num(p.crop->left()) + ' ' + num(p.crop->top()) + ' ' + num(p.crop->right()) + ' '
                    + num(p.crop->bottom()) + ']';
        kids += QByteArray::number(pdf.add(page + " >>")) + " 0 R ";
    }
    pdf.set(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(tree) + " 0 R >>");
    pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(qsizetype(pages.size())) + " >>");
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(pdf.bytes(catalog)) > 0;
}

bool writeBornDigitalPdf(const QString& path, const std::vector<QStringList>& pageLines)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Secret merger memo"));
    writer.setCreator(QStringLiteral("Fixture Creator 1.0"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (size_t i = 0; i < pageLines.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 200;
        for (const QString& line : pageLines[i]) {
            painter.drawText(150, y, line);
            y += 120;
        }
        painter.drawRect(100, 100, 1200, y);  // some vector graphics too
    }
    return painter.end();
}

std::vector<ImageListEntry> pdfImageList(const QString& pdf, const QString& password)
{
    QStringList args{QStringLiteral("-list")};
    if (!password.isEmpty())
        args << QStringLiteral("-upw") << password;
    const ProcessResult r = run(QStringLiteral("pdfimages"), args << pdf);
    std::vector<ImageListEntry> out;
    const QList<QByteArray> lines = r.out.split('\n');
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() >= 10)
            out.push_back({f[0].toInt(), f[3].toInt(), f[4].toInt(), QString::fromLatin1(f[8]), QString::fromLatin1(f[14])});
    }
    return out;
}

std::vector<BoxedWord> pdfWordsOnPage(const QString& pdf, int page, bool cropBox)
{
    QStringList args{QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                     QString::number(page)};
    if (cropBox)
        args << QStringLiteral("-cropbox");
    const ProcessResult r = run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    std::vector<BoxedWord> words;
    QXmlStreamReader xml(r.out);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            const QPointF p0(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble());
            const QPointF p1(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble());
            words.push_back({xml.readElementText(), QRectF(p0, p1)});
        }
    }
    return words;
}

QString pdfPageText(const QString& pdf, int page)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"),
                                                               QString::number(page), QStringLiteral("-l"),
                                                               QString::number(page), pdf, QStringLiteral("-")})
                                 .out);
}

std::vector<BoxedWord> hocrWordsInPoints(const QString& hocrFile, int page, double dpi)
{
    const QString hocr = readText(hocrFile);
    const QStringList pages = hocr.split(QStringLiteral("class=\"ocr_page\""));
    std::vector<BoxedWord> words = hocrWords(pages.value(page));
    for (BoxedWord& w : words) {
        const QRectF& b = w.box;
        w.box = QRectF(b.left() * 72 / dpi, b.top() * 72 / dpi, b.width() * 72 / dpi, b.height() * 72 / dpi);
    }
    return words;
}

double alignedShare(const std::vector<BoxedWord>& ocr, const std::vector<BoxedWord>& pdf)
{
    if (ocr.empty())
        return 0;
    int good = 0;
    for (const BoxedWord& o : ocr)
        for (const BoxedWord& p : pdf)
            if (iou(o.box, p.box) >= 0.5) {
                ++good;
                break;
            }
    return double(good) / double(ocr.size());
}

QList<QByteArray> pageStreams(const QString& pdf, int pageIndex, const char* password)
{
    QPDF q;
    q.setSuppressWarnings(true);
    q.processFile(QFile::encodeName(pdf).constData(), password);
    QPDFObjectHandle page = QPDFPageDocumentHelper(q).getAllPages().at(size_t(pageIndex)).getObjectHandle();
    std::set<QPDFObjGen> seen;
    QList<QByteArray> out;
    collectStreams(page, seen, out);
    std::sort(out.begin(), out.end());
    return out;
}

bool containsAll(const QList<QByteArray>& all, const QList<QByteArray>& part)
{
    QList<QByteArray> rest = all;
    for (const QByteArray& p : part) {
        const qsizetype i = rest.indexOf(p);
        if (i < 0)
            return false;
        rest.removeAt(i);
    }
    return true;
}

bool hasOcrLayer(const QString& pdf, int pageIndex, const char* password)
{
    QPDF q;
    q.setSuppressWarnings(true);
    q.processFile(QFile::encodeName(pdf).constData(), password);
    QPDFObjectHandle x = QPDFPageDocumentHelper(q).getAllPages().at(size_t(pageIndex)).getObjectHandle()
                             .getKey("/Resources").getKey("/XObject");
    return x.isDictionary() && x.hasKey("/VoOcr0");
}

}  // namespace vo::test
