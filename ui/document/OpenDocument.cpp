#include "document/OpenDocument.h"

#include "document/CorrectWordCommand.h"
#include "security/PixelWipe.h"
#include "util/PlaintextWipe.h"

#include <QStringList>
#include <QUndoStack>

#include <algorithm>

namespace vo::ui {

OpenDocument::OpenDocument(QString id, QString name, QObject* parent)
    : QObject(parent), m_id(std::move(id)), m_name(std::move(name)), m_undo(new QUndoStack(this))
{
}

OpenDocument::~OpenDocument() = default;

int OpenDocument::loadedPages() const
{
    int n = 0;
    for (const Page& p : m_pages)
        n += p.loaded ? 1 : 0;
    return n;
}

void OpenDocument::setPage(int index, OcrPage ocr, QImage image, QImage thumbnail)
{
    if (index < 0 || m_wiped)
        return;
    if (size_t(index) >= m_pages.size())
        m_pages.resize(size_t(index) + 1);
    Page& p = m_pages[size_t(index)];
    p.ocr = std::move(ocr);
    p.image = std::move(image);
    p.thumbnail = std::move(thumbnail);
    p.loaded = true;
    emit pageAdded(index);
}

OcrWord* OpenDocument::mutableWord(const WordRef& ref)
{
    if (!ref.isValid() || size_t(ref.page) >= m_pages.size())
        return nullptr;
    auto& blocks = m_pages[size_t(ref.page)].ocr.blocks;
    if (size_t(ref.block) >= blocks.size())
        return nullptr;
    auto& lines = blocks[size_t(ref.block)].lines;
    if (size_t(ref.line) >= lines.size())
        return nullptr;
    auto& words = lines[size_t(ref.line)].words;
    if (size_t(ref.word) >= words.size())
        return nullptr;
    return &words[size_t(ref.word)];
}

const OcrWord* OpenDocument::word(const WordRef& ref) const
{
    return const_cast<OpenDocument*>(this)->mutableWord(ref);
}

std::vector<WordRef> OpenDocument::words(int page) const
{
    std::vector<WordRef> out;
    if (page < 0 || size_t(page) >= m_pages.size())
        return out;
    const auto& blocks = m_pages[size_t(page)].ocr.blocks;
    for (int b = 0; b < int(blocks.size()); ++b) {
        const auto& lines = blocks[size_t(b)].lines;
        for (int l = 0; l < int(lines.size()); ++l) {
            const auto& ws = lines[size_t(l)].words;
            for (int w = 0; w < int(ws.size()); ++w) {
                if (!ws[size_t(w)].text.isEmpty())
                    out.push_back({page, b, l, w});
            }
        }
    }
    return out;
}

WordRef OpenDocument::nextLowConfidence(const WordRef& from, int threshold, bool forward) const
{
    std::vector<WordRef> all;
    for (int p = 0; p < pageCount(); ++p) {
        for (const WordRef& ref : words(p)) {
            if (!isCorrected(ref) && word(ref)->confidence < float(threshold))
                all.push_back(ref);
        }
    }
    if (all.empty())
        return {};
    if (forward) {
        const auto it = std::upper_bound(all.begin(), all.end(), from);
        return it == all.end() ? all.front() : *it;
    }
    auto it = std::lower_bound(all.begin(), all.end(), from);
    return it == all.begin() ? all.back() : *(--it);
}

QString OpenDocument::plainText() const
{
    QStringList pages;
    for (const Page& p : m_pages)
        pages << p.ocr.plainText();
    return pages.join(QLatin1Char('\f'));
}

bool OpenDocument::containsText(const QString& needle) const
{
    for (const Page& p : m_pages) {
        if (p.ocr.plainText().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool OpenDocument::correctWord(const WordRef& ref, const QString& text)
{
    const QString cleaned = text.simplified();
    const OcrWord* w = word(ref);
    if (!w || cleaned.isEmpty())
        return false;
    if (cleaned == w->text && w->confidence >= 100.f)
        return false;  // nothing to do
    m_undo->push(new CorrectWordCommand(*this, ref, cleaned));
    return true;
}

QString OpenDocument::originalText(const WordRef& ref) const
{
    const auto it = m_originals.find(ref);
    if (it != m_originals.end())
        return it->second;
    const OcrWord* w = word(ref);
    return w ? w->text : QString();
}

void OpenDocument::applyWord(const WordRef& ref, const QString& text, float confidence)
{
    OcrWord* w = mutableWord(ref);
    if (!w)
        return;
    if (m_originals.count(ref) == 0)
        m_originals.emplace(ref, w->text);
    w->text = text;
    w->confidence = confidence;
    if (m_originals[ref] == text && confidence < 100.f)
        m_originals.erase(ref);  // undone back to what OCR read
    emit wordChanged(ref);
}

void OpenDocument::wipe()
{
    // Zero, then release: freed heap keeps its bytes. Shallow copies held elsewhere (the page
    // view's pixmap, a thumbnail in the strip) see the zeros too.
    for (int i = 0; i < m_undo->count(); ++i) {
        if (const auto* command = dynamic_cast<const CorrectWordCommand*>(m_undo->command(i)))
            command->wipeText();
    }
    m_undo->clear();
    for (const Page& p : m_pages) {
        p.ocr.wipeText();
        wipePixels(p.image);
        wipePixels(p.thumbnail);
    }
    for (const auto& [ref, text] : m_originals)
        vo::wipeText(text);
    std::vector<Page>().swap(m_pages);
    m_originals.clear();
    m_wiped = true;
    emit wiped();
}

}  // namespace vo::ui
