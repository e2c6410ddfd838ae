#include "pdf/QpdfPageBuilder.h"

#include "pdf/PdfObjectWriter.h"
#include "pdf/PdfTextLayer.h"

namespace vo {
namespace {

std::string str(const QByteArray& b) { return std::string(b.constData(), size_t(b.size())); }

QPDFObjectHandle parsed(QPDF& pdf, const QByteArray& object) { return QPDFObjectHandle::parse(&pdf, str(object)); }

QByteArray matrixArray(const QTransform& m) { return '[' + pdfMatrix(m) + ']'; }

}  // namespace

QByteArray qpdfRef(QPDFObjectHandle object) { return QByteArray::fromStdString(object.unparse()); }

QPDFObjectHandle qpdfStream(QPDF& pdf, const QByteArray& dict, const QByteArray& data)
{
    QPDFObjectHandle s = QPDFObjectHandle::newStream(&pdf);
    QPDFObjectHandle d = parsed(pdf, "<< " + dict + " >>");
    s.replaceDict(d);
    s.replaceStreamData(str(data), d.getKey("/Filter"), d.getKey("/DecodeParms"));
    return s;
}

QpdfGlyphlessFonts::QpdfGlyphlessFonts(QPDF& pdf, GlyphlessFont font) : m_pdf(pdf), m_font(std::move(font)) {}

QPDFObjectHandle QpdfGlyphlessFonts::variant(GlyphBox box)
{
    if (const auto it = m_variants.find(box); it != m_variants.end())
        return it->second;
    if (!m_fontFile.isInitialized()) {
        m_fontFile = qpdfStream(m_pdf, "/Length1 " + QByteArray::number(m_font.program().size()), m_font.program());
        m_gidMap = qpdfStream(m_pdf, "/Filter /FlateDecode", pdfFlate(GlyphlessFont::cidToGidMap()));
        m_toUnicode = qpdfStream(m_pdf, "/Filter /FlateDecode", pdfFlate(GlyphlessFont::toUnicodeCMap()));
    }
    QPDFObjectHandle descriptor =
        m_pdf.makeIndirectObject(parsed(m_pdf, GlyphlessFont::descriptorDictionary(box, qpdfRef(m_fontFile))));
    QPDFObjectHandle cidFont =
        m_pdf.makeIndirectObject(parsed(m_pdf, GlyphlessFont::cidFontDictionary(qpdfRef(descriptor), qpdfRef(m_gidMap))));
    QPDFObjectHandle type0 =
        m_pdf.makeIndirectObject(parsed(m_pdf, GlyphlessFont::type0Dictionary(qpdfRef(cidFont), qpdfRef(m_toUnicode))));
    m_variants.emplace(box, type0);
    return type0;
}

void QpdfGlyphlessFonts::finish(const std::set<int>& highBytes)
{
    if (m_toUnicode.isInitialized())
        m_toUnicode.replaceStreamData(str(pdfFlate(GlyphlessFont::toUnicodeCMap(highBytes))),
                                      QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
}

QPDFObjectHandle QpdfGlyphlessFonts::resources(const std::vector<GlyphBox>& boxes)
{
    QPDFObjectHandle fonts = QPDFObjectHandle::newDictionary();
    for (const GlyphBox& box : boxes)
        fonts.replaceKey(str(fontResourceName(box)), variant(box));
    return fonts;
}

QPDFObjectHandle textLayerForm(QPDF& pdf, QpdfGlyphlessFonts& fonts, const OcrPage& page, const QTransform& matrix)
{
    const PageText text = pdfTextLayer(page);
    if (text.content.isEmpty())
        return QPDFObjectHandle::newNull();
    const QSizeF size = PageGeometry::of(page).sizeInPoints();
    QPDFObjectHandle form = qpdfStream(pdf,
                                       "/Type /XObject /Subtype /Form /BBox [0 0 " + pdfNumber(size.width()) + ' '
                                           + pdfNumber(size.height()) + "] /Matrix " + matrixArray(matrix)
                                           + " /Filter /FlateDecode",
                                       pdfFlate(text.content));
    QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/Font", fonts.resources(text.fonts));
    form.getDict().replaceKey("/Resources", resources);
    return form;
}

void underlayForm(QPDF& pdf, QPDFPageObjectHelper& page, QPDFObjectHandle form)
{
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary() || xobjects.isIndirect()) {
        xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", xobjects);
    }
    int suffix = 0;
    const std::string name = resources.getUniqueResourceName("/VoOcr", suffix);
    xobjects.replaceKey(name, form);
    page.addPageContents(qpdfStream(pdf, QByteArray(), "q " + QByteArray::fromStdString(name) + " Do Q\n"), true);
}

QPDFObjectHandle imagePage(QPDF& pdf, QpdfGlyphlessFonts& fonts, const PdfImage& image, const OcrPage& page,
                           const SourcePagePlacement* source)
{
    const QSizeF pt = source ? source->size : PageGeometry::of(page).sizeInPoints();
    const QByteArray w = pdfNumber(pt.width()), h = pdfNumber(pt.height());
    const PageText text = pdfTextLayer(page);
    QByteArray content = "q " + w + " 0 0 " + h + " 0 0 cm /Im0 Do Q\n";
    if (source && !text.content.isEmpty())
        content += "q " + pdfMatrix(source->layerMatrix) + " cm\n" + text.content + "Q\n";
    else
        content += text.content;
    QPDFObjectHandle contents = qpdfStream(pdf, "/Filter /FlateDecode", pdfFlate(content));
    const PdfImageStream stored = pdfImageStream(image);
    QPDFObjectHandle xobject = qpdfStream(pdf, stored.dict, stored.data);
    QByteArray dict = "<< /Type /Page /MediaBox [0 0 " + w + ' ' + h + "] /Contents " + qpdfRef(contents)
                      + " /Resources << /XObject << /Im0 " + qpdfRef(xobject) + " >> >>";
    if (source && source->rotate)
        dict += " /Rotate " + QByteArray::number(source->rotate);
    QPDFObjectHandle pageDict = parsed(pdf, dict + " >>");
    pageDict.getKey("/Resources").replaceKey("/Font", fonts.resources(text.fonts));
    return pdf.makeIndirectObject(pageDict);
}

}  // namespace vo
