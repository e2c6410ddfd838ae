#include "pdf/PdfAPreflight.h"

#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <QCoreApplication>

#include <set>
#include <vector>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("PdfAPreflight", s); }

const std::set<std::string> kForbiddenActions{"/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData",
                                              "/JavaScript", "/Hide", "/SetOCGState", "/Rendition", "/Trans",
                                              "/GoTo3DView"};
const std::set<std::string> kForbiddenAnnotations{"/3D", "/Sound", "/Screen", "/Movie", "/FileAttachment"};

// Content that paints with a CMYK device colour: k/K operators or the DeviceCMYK space by name.
class CmykFinder : public QPDFObjectHandle::TokenFilter {
public:
    void handleToken(const QPDFTokenizer::Token& t) override
    {
        if ((t.getType() == QPDFTokenizer::tt_word && (t.getValue() == "k" || t.getValue() == "K"))
            || (t.getType() == QPDFTokenizer::tt_name && t.getValue() == "/DeviceCMYK"))
            found = true;
    }
    bool found = false;
};

bool fontEmbedded(QPDFObjectHandle font)
{
    QPDFObjectHandle subtype = font.getKey("/Subtype");
    if (subtype.isNameAndEquals("/Type3"))
        return true;  // glyphs are content streams
    if (subtype.isNameAndEquals("/Type0")) {
        QPDFObjectHandle d = font.getKey("/DescendantFonts");
        return d.isArray() && d.getArrayNItems() == 1 && d.getArrayItem(0).isDictionary()
               && fontEmbedded(d.getArrayItem(0));
    }
    QPDFObjectHandle desc = font.getKey("/FontDescriptor");
    return desc.isDictionary()
           && (desc.hasKey("/FontFile") || desc.hasKey("/FontFile2") || desc.hasKey("/FontFile3"));
}

bool usesLzw(QPDFObjectHandle dict)
{
    QPDFObjectHandle f = dict.getKey("/Filter");
    if (f.isNameAndEquals("/LZWDecode") || f.isNameAndEquals("/LZW"))
        return true;
    if (f.isArray())
        for (QPDFObjectHandle item : f.aitems())
            if (item.isNameAndEquals("/LZWDecode") || item.isNameAndEquals("/LZW"))
                return true;
    return false;
}

std::optional<QString> annotationProblem(QPDFObjectHandle a)
{
    QPDFObjectHandle subtype = a.getKey("/Subtype");
    if (subtype.isName() && kForbiddenAnnotations.count(subtype.getName()))
        return tr("it has multimedia or file attachment annotations");
    if (subtype.isNameAndEquals("/Popup"))
        return std::nullopt;
    // Print must be set; Hidden, Invisible, NoView and ToggleNoView must not.
    const long long flags = a.getKey("/F").isInteger() ? a.getKey("/F").getIntValue() : 0;
    if (!(flags & 4) || (flags & (1 | 2 | 32 | 256)))
        return tr("it has annotations that are hidden or not printed");
    if (!subtype.isNameAndEquals("/Link") && !a.getKey("/AP").isDictionary())
        return tr("it has annotations without an appearance");
    return std::nullopt;
}

std::optional<QString> objectProblem(QPDFObjectHandle o)
{
    QPDFObjectHandle d = o.isStream() ? o.getDict() : o;
    if (!d.isDictionary())
        return std::nullopt;
    QPDFObjectHandle type = d.getKey("/Type"), subtype = d.getKey("/Subtype");
    if (o.isStream() && usesLzw(d))
        return tr("it has LZW-compressed data");
    if (o.isStream() && d.hasKey("/F"))
        return tr("it refers to external stream data");
    if (type.isNameAndEquals("/Font") && !fontEmbedded(d))
        return tr("it has fonts that are not embedded");
    if (d.getKey("/S").isName() && kForbiddenActions.count(d.getKey("/S").getName()))
        return tr("it has JavaScript or other actions PDF/A forbids");
    if (subtype.isNameAndEquals("/PS") || d.hasKey("/OPI") || d.hasKey("/Alternates"))
        return tr("it has PostScript or alternate images");
    if (subtype.isNameAndEquals("/Image") && d.getKey("/Interpolate").isBool() && d.getKey("/Interpolate").getBoolValue())
        return tr("it has images marked for interpolation");
    if (subtype.isNameAndEquals("/Image") && d.getKey("/ColorSpace").isNameAndEquals("/DeviceCMYK"))
        return tr("it uses CMYK colours, which an sRGB output intent does not cover");
    if (type.isNameAndEquals("/Filespec") && d.hasKey("/EF"))
        return tr("it has embedded files");
    if (type.isNameAndEquals("/ExtGState") && d.hasKey("/TR"))
        return tr("it uses transfer functions");
    return std::nullopt;
}

// Every object the written file will contain: what the trailer reaches (QPDFWriter drops the
// rest), indirect or direct, visited once.
std::vector<QPDFObjectHandle> reachableObjects(QPDF& pdf)
{
    std::vector<QPDFObjectHandle> out, stack{pdf.getTrailer()};
    std::set<QPDFObjGen> seen;
    while (!stack.empty()) {
        QPDFObjectHandle o = stack.back();
        stack.pop_back();
        if (o.isIndirect() && !seen.insert(o.getObjGen()).second)
            continue;
        out.push_back(o);
        QPDFObjectHandle d = o.isStream() ? o.getDict() : o;
        if (d.isDictionary()) {
            for (const std::string& key : d.getKeys())
                if (key != "/Encrypt")
                    stack.push_back(d.getKey(key));
        } else if (d.isArray()) {
            for (QPDFObjectHandle item : d.aitems())
                stack.push_back(item);
        }
    }
    return out;
}

}  // namespace

std::optional<QString> pdfaBlocker(QPDF& pdf)
{
    QPDFObjectHandle root = pdf.getRoot();
    if (root.getKey("/Names").isDictionary() && root.getKey("/Names").hasKey("/JavaScript"))
        return tr("the input PDF cannot be made PDF/A without converting it: it has JavaScript");
    if (root.getKey("/AcroForm").isDictionary() && root.getKey("/AcroForm").getKey("/NeedAppearances").isBool()
        && root.getKey("/AcroForm").getKey("/NeedAppearances").getBoolValue())
        return tr("the input PDF cannot be made PDF/A without converting it: its form fields have no appearance");
    for (QPDFObjectHandle o : reachableObjects(pdf))
        if (auto problem = objectProblem(o))
            return tr("the input PDF cannot be made PDF/A without converting it: %1").arg(*problem);
    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        if (annots.isArray())
            for (QPDFObjectHandle a : annots.aitems())
                if (a.isDictionary())
                    if (auto problem = annotationProblem(a))
                        return tr("the input PDF cannot be made PDF/A without converting it: %1").arg(*problem);
        CmykFinder cmyk;
        Pl_Discard discard;
        page.filterContents(&cmyk, &discard);
        for (auto& [name, form] : page.getFormXObjects())
            form.filterAsContents(&cmyk, &discard);
        if (cmyk.found)
            return tr("the input PDF cannot be made PDF/A without converting it: %1")
                .arg(tr("it uses CMYK colours, which an sRGB output intent does not cover"));
    }
    return std::nullopt;
}

}  // namespace vo
