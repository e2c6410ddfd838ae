#include "pdf/GlyphlessFont.h"

#include "pdf/PdfObjectWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <vector>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("GlyphlessFont", s); }

QStringList candidatePaths()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty()) {
        // Tesseract 5 wants the tessdata directory itself; 3.x wanted its parent. Accept both.
        return {QDir(prefix).filePath(QStringLiteral("pdf.ttf")),
                QDir(prefix).filePath(QStringLiteral("tessdata/pdf.ttf"))};
    }
    return {QStringLiteral("/usr/share/tesseract-ocr/5/tessdata/pdf.ttf"),
            QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata/pdf.ttf"),
            QStringLiteral("/usr/share/tessdata/pdf.ttf"),
            QStringLiteral("/usr/local/share/tessdata/pdf.ttf")};
}

bool looksLikeTrueType(const QByteArray& font)
{
    return font.size() >= 12 && (font.startsWith(QByteArrayLiteral("\x00\x01\x00\x00")) || font.startsWith("true"));
}

}  // namespace

QByteArray GlyphlessFont::cidToGidMap()
{
    QByteArray map(2 * 65536, '\0');
    for (qsizetype i = 1; i < map.size(); i += 2)
        map[i] = 1;  // glyph 1: Acrobat refuses to extract a font whose CIDs map to .notdef
    return map;
}

QByteArray GlyphlessFont::toUnicodeCMap()
{
    std::set<int> all;
    for (int h = 0; h < 256; ++h)
        all.insert(h);
    return toUnicodeCMap(all);
}

QByteArray GlyphlessFont::toUnicodeCMap(const std::set<int>& highBytes)
{
    QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    // A bfrange may only vary in its last byte and a block holds at most 100 entries, so the
    // identity map is one range per high byte, in blocks of up to 100.
    const std::vector<int> highs(highBytes.begin(), highBytes.end());
    for (size_t first = 0; first < highs.size(); first += 100) {
        const size_t n = std::min<size_t>(100, highs.size() - first);
        cmap += QByteArray::number(qsizetype(n)) + " beginbfrange\n";
        for (size_t i = first; i < first + n; ++i) {
            const QByteArray p = QByteArray::number(highs[i] & 0xFF, 16).rightJustified(2, '0').toUpper();
            cmap += '<' + p + "00> <" + p + "FF> <" + p + "00>\n";
        }
        cmap += "endbfrange\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

QByteArray GlyphlessFont::type0Dictionary(const QByteArray& cidFontRef, const QByteArray& toUnicodeRef)
{
    return "<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H /DescendantFonts ["
           + cidFontRef + "] /ToUnicode " + toUnicodeRef + " >>";
}

QByteArray GlyphlessFont::cidFontDictionary(const QByteArray& descriptorRef, const QByteArray& gidMapRef)
{
    return "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont"
           " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
           " /FontDescriptor " + descriptorRef + " /CIDToGIDMap " + gidMapRef
           + " /DW " + QByteArray::number(kAdvance) + " >>";
}

QByteArray GlyphlessFont::descriptorDictionary(GlyphBox box, const QByteArray& fontFileRef)
{
    // Descent must be negative per the spec; -1 keeps the glyph box sitting on the base line.
    const QByteArray ascent = QByteArray::number(box.height);
    return "<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 -1 "
           + QByteArray::number(kAdvance) + ' ' + ascent + "] /ItalicAngle 0 /Ascent " + ascent
           + " /Descent -1 /CapHeight " + ascent + " /StemV 80 /FontFile2 " + fontFileRef + " >>";
}


Result<GlyphlessFont> GlyphlessFont::load()
{
    const QStringList paths = candidatePaths();
    for (const QString& path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (f.size() > 1024 * 1024)
            continue;
        GlyphlessFont font;
        font.m_program = f.readAll();
        if (looksLikeTrueType(font.m_program))
            return font;
    }
    return makeError(ErrorCode::Internal,
                     tr("The text-layer font pdf.ttf was not found (looked in %1); install libtesseract5 "
                        "or set TESSDATA_PREFIX")
                         .arg(paths.join(QStringLiteral(", "))));
}

void GlyphlessFont::writeShared(PdfObjectWriter& out)
{
    m_fontFile = out.writeStream("/Length1 " + QByteArray::number(m_program.size()), m_program);
    m_gidMap = out.writeStream(QByteArrayLiteral("/Filter /FlateDecode"), pdfFlate(cidToGidMap()));
    m_toUnicode = out.reserveObject();  // written by finish(), once the codes used are known
}

void GlyphlessFont::finish(PdfObjectWriter& out, const std::set<int>& highBytes)
{
    if (m_toUnicode != 0)
        out.writeStream(QByteArrayLiteral("/Filter /FlateDecode"), pdfFlate(toUnicodeCMap(highBytes)), m_toUnicode);
}

int GlyphlessFont::variant(PdfObjectWriter& out, GlyphBox box)
{
    if (const auto it = m_variants.find(box); it != m_variants.end())
        return it->second;
    if (m_fontFile == 0)
        writeShared(out);
    const auto ref = [](int n) { return QByteArray::number(n) + " 0 R"; };
    const int type0 = out.reserveObject();
    const int cidFont = out.reserveObject();
    const int descriptor = out.reserveObject();
    out.writeObject(type0Dictionary(ref(cidFont), ref(m_toUnicode)), type0);
    out.writeObject(cidFontDictionary(ref(descriptor), ref(m_gidMap)), cidFont);
    out.writeObject(descriptorDictionary(box, ref(m_fontFile)), descriptor);
    m_variants.emplace(box, type0);
    return type0;
}

}  // namespace vo
