#include "input/PdfContentScan.h"

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>

#include <QByteArray>

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace vo {
namespace {

using Token = QPDFTokenizer::Token;

// Forms inside forms inside the page: deeper nesting than this is not followed (and is not how
// any OCR tool writes its layer).
constexpr int kMaxFormDepth = 6;
constexpr int kInvisibleMode = 3;
constexpr int kClipOnlyMode = 7;  // invisible too, but it clips: never an OCR layer, never stripped

bool isTextShowing(const std::string& op) { return op == "Tj" || op == "TJ" || op == "'" || op == "\""; }

// Follows the text render mode through the graphics state stack (q/Q) and, token by token,
// either only observes (scan) or also writes the content back without invisible text (strip).
class TextModeFilter : public QPDFObjectHandle::TokenFilter {
public:
    TextModeFilter(bool strip, int initialMode) : m_strip(strip), m_mode(initialMode) {}

    void handleToken(const Token& token) override
    {
        if (token.getType() == QPDFTokenizer::tt_eof)
            return;
        m_pending.push_back(token);
        if (token.getType() == QPDFTokenizer::tt_word)
            operatorSeen(token.getValue());
    }
    void handleEOF() override { flush(); }

    const PageTextScan& scan() const { return m_scan; }
    // Form XObjects drawn (Do), with the render mode in force when they were drawn.
    const std::vector<std::pair<std::string, int>>& formCalls() const { return m_calls; }

private:
    void operatorSeen(const std::string& op)
    {
        bool drop = false;
        if (op == "q") {
            m_stack.push_back(m_mode);
        } else if (op == "Q") {
            if (!m_stack.empty()) {
                m_mode = m_stack.back();
                m_stack.pop_back();
            }
        } else if (op == "Tr") {
            if (const Token* n = lastOperand(QPDFTokenizer::tt_integer))
                m_mode = std::atoi(n->getValue().c_str());
        } else if (op == "Do") {
            if (const Token* name = lastOperand(QPDFTokenizer::tt_name))
                m_calls.emplace_back(name->getValue(), m_mode);
        } else if (isTextShowing(op) && showsSomething()) {
            if (m_mode == kInvisibleMode) {
                m_scan.invisibleText = true;
                drop = m_strip;
            } else if (m_mode != kClipOnlyMode) {
                m_scan.visibleText = true;
            }
        }
        if (drop)
            dropShowing(op);
        else
            flush();
    }

    // ' and " also move to the next line (and " sets the spacings): that part is kept.
    void dropShowing(const std::string& op)
    {
        if (m_strip) {
            if (op == "'") {
                write(" T*\n");
            } else if (op == "\"") {
                std::vector<std::string> numbers;
                for (const Token& t : m_pending)
                    if (t.getType() == QPDFTokenizer::tt_integer || t.getType() == QPDFTokenizer::tt_real)
                        numbers.push_back(t.getRawValue());
                if (numbers.size() >= 2)
                    write(" " + numbers[0] + " Tw " + numbers[1] + " Tc T*\n");
            } else {
                write("\n");
            }
        }
        m_pending.clear();
    }

    void flush()
    {
        if (m_strip)
            for (const Token& t : m_pending)
                writeToken(t);
        m_pending.clear();
    }

    const Token* lastOperand(QPDFTokenizer::token_type_e type) const
    {
        for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it)
            if (it->getType() == type)
                return &*it;
        return nullptr;
    }

    bool showsSomething() const
    {
        for (const Token& t : m_pending)
            if (t.getType() == QPDFTokenizer::tt_string && !t.getValue().empty())
                return true;
        return false;
    }

    bool m_strip;
    int m_mode;
    std::vector<int> m_stack;
    std::vector<Token> m_pending;  // operands (and white space) since the last operator
    PageTextScan m_scan;
    std::vector<std::pair<std::string, int>> m_calls;
};

QPDFObjectHandle formNamed(QPDFObjectHandle resources, const std::string& name)
{
    if (!resources.isDictionary())
        return QPDFObjectHandle::newNull();
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary())
        return QPDFObjectHandle::newNull();
    QPDFObjectHandle x = xobjects.getKey(name);
    if (!x.isStream() || !x.getDict().getKey("/Subtype").isNameAndEquals("/Form"))
        return QPDFObjectHandle::newNull();
    return x;
}

// A form's own resources, or the caller's when it has none (allowed in old PDFs).
QPDFObjectHandle formResources(QPDFObjectHandle form, QPDFObjectHandle callerResources)
{
    QPDFObjectHandle r = form.getDict().getKey("/Resources");
    return r.isDictionary() ? r : callerResources;
}

void scanForms(const TextModeFilter& parent, QPDFObjectHandle resources, int depth, std::set<QPDFObjGen>& seen,
               PageTextScan& result)
{
    if (depth > kMaxFormDepth)
        return;
    for (const auto& [name, mode] : parent.formCalls()) {
        QPDFObjectHandle form = formNamed(resources, name);
        if (form.isNull() || !seen.insert(form.getObjGen()).second)
            continue;
        TextModeFilter filter(false, mode);
        Pl_Discard discard;
        form.filterAsContents(&filter, &discard);
        result.visibleText |= filter.scan().visibleText;
        result.invisibleText |= filter.scan().invisibleText;
        scanForms(filter, formResources(form, resources), depth + 1, seen, result);
    }
}

PageTextScan scanForm(QPDFObjectHandle form, int mode, QPDFObjectHandle resources)
{
    TextModeFilter filter(false, mode);
    Pl_Discard discard;
    form.filterAsContents(&filter, &discard);
    PageTextScan result = filter.scan();
    std::set<QPDFObjGen> seen{form.getObjGen()};
    scanForms(filter, formResources(form, resources), 1, seen, result);
    return result;
}

std::string deflated(const std::string& data)
{
    // qCompress writes a 4-byte length, then the zlib stream that FlateDecode reads.
    const QByteArray z = qCompress(QByteArray::fromRawData(data.data(), qsizetype(data.size())), 6).mid(4);
    return std::string(z.constData(), size_t(z.size()));
}

std::string drained(Pl_Buffer& buffer)
{
    std::unique_ptr<Buffer> b(buffer.getBuffer());
    return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

QPDFObjectHandle flateStream(QPDF& pdf, const std::string& content, QPDFObjectHandle dict)
{
    QPDFObjectHandle s = QPDFObjectHandle::newStream(&pdf);
    if (dict.isDictionary()) {
        QPDFObjectHandle copy = dict.shallowCopy();
        for (const char* key : {"/Length", "/Filter", "/DecodeParms", "/DL"})
            copy.removeKey(key);
        s.replaceDict(copy);
    }
    s.replaceStreamData(deflated(content), QPDFObjectHandle::newName("/FlateDecode"), QPDFObjectHandle::newNull());
    return s;
}

// The (direct, page- or form-own) /XObject dictionary of `resources`, copied if it was shared.
QPDFObjectHandle ownXObjects(QPDFObjectHandle resources)
{
    QPDFObjectHandle x = resources.getKey("/XObject");
    if (x.isIndirect() || !x.isDictionary()) {
        x = x.isDictionary() ? x.shallowCopy() : QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", x);
    }
    return x;
}

QPDFObjectHandle strippedForm(QPDF& pdf, QPDFObjectHandle form, int mode, QPDFObjectHandle callerResources, int depth);

// Points `resources` (already owned by the caller) at stripped copies of the forms it draws that
// carry invisible text.
void replaceForms(QPDF& pdf, const TextModeFilter& filter, QPDFObjectHandle resources, int depth)
{
    if (depth > kMaxFormDepth || !resources.isDictionary())
        return;
    for (const auto& [name, mode] : filter.formCalls()) {
        QPDFObjectHandle form = formNamed(resources, name);
        if (form.isNull() || !scanForm(form, mode, resources).invisibleText)
            continue;
        ownXObjects(resources).replaceKey(name, strippedForm(pdf, form, mode, resources, depth + 1));
    }
}

QPDFObjectHandle strippedForm(QPDF& pdf, QPDFObjectHandle form, int mode, QPDFObjectHandle callerResources, int depth)
{
    TextModeFilter filter(true, mode);
    Pl_Buffer out("stripped form");
    form.filterAsContents(&filter, &out);
    QPDFObjectHandle copy = flateStream(pdf, drained(out), form.getDict());
    QPDFObjectHandle own = form.getDict().getKey("/Resources");
    if (own.isDictionary()) {
        own = own.shallowCopy();
        copy.getDict().replaceKey("/Resources", own);
        replaceForms(pdf, filter, own, depth);
    }
    return copy;  // streams are always indirect objects
}

}  // namespace

PageTextScan scanPageText(QPDFPageObjectHelper page)
{
    TextModeFilter filter(false, 0);
    Pl_Discard discard;
    page.filterContents(&filter, &discard);
    PageTextScan result = filter.scan();
    std::set<QPDFObjGen> seen;
    scanForms(filter, page.getAttribute("/Resources", false), 1, seen, result);
    return result;
}

bool stripInvisibleText(QPDF& pdf, QPDFPageObjectHelper page)
{
    if (!scanPageText(page).invisibleText)
        return false;
    TextModeFilter filter(true, 0);
    Pl_Buffer out("stripped page");
    page.filterContents(&filter, &out);
    page.getObjectHandle().replaceKey("/Contents", flateStream(pdf, drained(out), QPDFObjectHandle::newNull()));
    QPDFObjectHandle resources = page.getAttribute("/Resources", true);
    replaceForms(pdf, filter, resources, 1);
    return true;
}

}  // namespace vo
