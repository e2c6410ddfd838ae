#include "pdf/PdfMetadata.h"

#include <QRegularExpression>
#include <QtEndian>

#include <cmath>

namespace vo {
namespace {

QString xmlEscaped(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            continue;
        switch (u) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        default: out += c;
        }
    }
    return out;
}

QString element(const QString& name, const QString& value) { return QStringLiteral("   <%1>%2</%1>\n").arg(name, xmlEscaped(value)); }

QString langAlt(const QString& name, const QString& value)
{
    return QStringLiteral("   <%1><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></%1>\n").arg(name, xmlEscaped(value));
}

QString seq(const QString& name, const QString& value)
{
    return QStringLiteral("   <%1><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></%1>\n").arg(name, xmlEscaped(value));
}

// ICC building blocks: big-endian numbers and s15Fixed16 values.
void put32(QByteArray& b, quint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    b.append(buf, 4);
}
void put16(QByteArray& b, quint16 v)
{
    char buf[2];
    qToBigEndian(v, buf);
    b.append(buf, 2);
}
void putFixed(QByteArray& b, double v) { put32(b, quint32(qint32(std::lround(v * 65536.0)))); }
void pad4(QByteArray& b)
{
    while (b.size() % 4)
        b.append('\0');
}

QByteArray xyzTag(double x, double y, double z)
{
    QByteArray t("XYZ \0\0\0\0", 8);
    putFixed(t, x);
    putFixed(t, y);
    putFixed(t, z);
    return t;
}

QByteArray curveTag()
{
    constexpr int kEntries = 1024;
    QByteArray t("curv\0\0\0\0", 8);
    put32(t, kEntries);
    for (int i = 0; i < kEntries; ++i) {
        const double v = double(i) / (kEntries - 1);
        const double linear = v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        put16(t, quint16(std::lround(linear * 65535.0)));
    }
    return t;
}

QByteArray descTag(const QByteArray& ascii)
{
    QByteArray t("desc\0\0\0\0", 8);
    put32(t, quint32(ascii.size() + 1));
    t += ascii;
    t.append('\0');
    put32(t, 0);  // Unicode language
    put32(t, 0);  // Unicode count
    put16(t, 0);  // ScriptCode code
    t.append('\0');                 // ScriptCode count
    t.append(QByteArray(67, '\0'));  // ScriptCode string
    return t;
}

QByteArray textTag(const QByteArray& ascii)
{
    QByteArray t("text\0\0\0\0", 8);
    t += ascii;
    t.append('\0');
    return t;
}

QByteArray buildSrgb()
{
    struct Tag {
        const char* sig;
        QByteArray data;
    };
    const QByteArray trc = curveTag();
    // Bradford-adapted (D65 → D50) sRGB primaries, as in the ICC's own sRGB profiles.
    const Tag tags[] = {
        {"desc", descTag("sRGB IEC61966-2.1")},
        {"cprt", textTag("No copyright, use freely")},
        {"wtpt", xyzTag(0.9642, 1.0, 0.8249)},
        {"rXYZ", xyzTag(0.4360747, 0.2225045, 0.0139322)},
        {"gXYZ", xyzTag(0.3850649, 0.7168786, 0.0971045)},
        {"bXYZ", xyzTag(0.1430804, 0.0606169, 0.7141733)},
        {"rTRC", trc},
        {"gTRC", trc},
        {"bTRC", trc},
    };
    const int count = int(std::size(tags));
    QByteArray body;
    QByteArray table;
    put32(table, quint32(count));
    const qsizetype dataStart = 128 + 4 + 12 * count;
    qsizetype trcOffset = -1;
    for (const Tag& t : tags) {
        const bool sharedCurve = t.data == trc && trcOffset >= 0;  // the three curves share one copy
        const qsizetype offset = sharedCurve ? trcOffset : dataStart + body.size();
        if (!sharedCurve) {
            if (t.data == trc)
                trcOffset = offset;
            body += t.data;
            pad4(body);
        }
        table.append(t.sig, 4);
        put32(table, quint32(offset));
        put32(table, quint32(t.data.size()));
    }
    QByteArray header;
    put32(header, quint32(128 + table.size() + body.size()));
    header.append(QByteArray(4, '\0'));                   // preferred CMM: none
    put32(header, 0x02100000);                            // version 2.1
    header.append("mntrRGB XYZ ", 12);                    // display; RGB data; XYZ connection space
    for (quint16 v : {2024, 1, 1, 0, 0, 0})               // creation date: fixed, says nothing
        put16(header, v);
    header.append("acsp", 4);
    header.append(QByteArray(4 + 4 + 4 + 4 + 8 + 4, '\0'));  // platform, flags, maker, model, attributes, intent
    putFixed(header, 0.9642);                             // PCS illuminant D50
    putFixed(header, 1.0);
    putFixed(header, 0.8249);
    header.append(QByteArray(4 + 16 + 28, '\0'));         // creator, profile ID, reserved
    return header + table + body;
}

}  // namespace

QString vaultocrProducer() { return QStringLiteral("VaultOCR " VAULTOCR_VERSION); }

std::optional<QString> xmpDateFromPdfDate(const QString& pdfDate)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?$)"));
    const QRegularExpressionMatch m = re.match(pdfDate.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const auto part = [&](int i, const char* fallback) {
        return m.captured(i).isEmpty() ? QString::fromLatin1(fallback) : m.captured(i);
    };
    QString out = QStringLiteral("%1-%2-%3T%4:%5:%6")
                      .arg(m.captured(1), part(2, "01"), part(3, "01"), part(4, "00"), part(5, "00"), part(6, "00"));
    if (!m.captured(7).isEmpty())
        out += QLatin1Char('Z');
    else if (!m.captured(8).isEmpty())
        out += m.captured(8) + m.captured(9) + QLatin1Char(':') + part(10, "00");
    return out;
}

bool xmpRepresentable(const QString& key, const QString& value)
{
    if (key == QLatin1String("CreationDate") || key == QLatin1String("ModDate"))
        return xmpDateFromPdfDate(value).has_value();
    return key == QLatin1String("Title") || key == QLatin1String("Author") || key == QLatin1String("Subject")
           || key == QLatin1String("Keywords") || key == QLatin1String("Creator") || key == QLatin1String("Producer");
}

QByteArray xmpPacket(const DocumentInfo& info, bool pdfa)
{
    QString d;
    if (pdfa)
        d += element(QStringLiteral("pdfaid:part"), QStringLiteral("2")) + element(QStringLiteral("pdfaid:conformance"), QStringLiteral("B"));
    for (const auto& [key, value] : info) {
        if (key == QLatin1String("Title"))
            d += langAlt(QStringLiteral("dc:title"), value);
        else if (key == QLatin1String("Author"))
            d += seq(QStringLiteral("dc:creator"), value);
        else if (key == QLatin1String("Subject"))
            d += langAlt(QStringLiteral("dc:description"), value);
        else if (key == QLatin1String("Keywords"))
            d += element(QStringLiteral("pdf:Keywords"), value);
        else if (key == QLatin1String("Creator"))
            d += element(QStringLiteral("xmp:CreatorTool"), value);
        else if (key == QLatin1String("Producer"))
            d += element(QStringLiteral("pdf:Producer"), value);
        else if (key == QLatin1String("CreationDate") || key == QLatin1String("ModDate")) {
            if (const auto date = xmpDateFromPdfDate(value))
                d += element(key == QLatin1String("ModDate") ? QStringLiteral("xmp:ModifyDate") : QStringLiteral("xmp:CreateDate"), *date);
        }
    }
    const QString packet = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\"\n"
        "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
        "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "%1"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>").arg(d);
    return packet.toUtf8();
}

const QByteArray& srgbIccProfile()
{
    static const QByteArray profile = buildSrgb();
    return profile;
}

}  // namespace vo
