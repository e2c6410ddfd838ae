#include "widgets/TextPane.h"

#include "document/OpenDocument.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace vo::ui {
TextPane::TextPane(QWidget* parent)
    : QWidget(parent), m_view(new QTextEdit(this)), m_info(new QLabel(this)), m_edit(new QLineEdit(this)),
      m_apply(new QPushButton(tr("&Apply"), this))
{
    m_view->setReadOnly(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setAccessibleName(tr("Recognised text"));
    m_view->setUndoRedoEnabled(false);
    m_view->viewport()->installEventFilter(this);
    m_view->setPlaceholderText(tr("Open or import a document to see its text here."));
    connect(m_view, &QTextEdit::cursorPositionChanged, this, &TextPane::onCursorMoved);

    m_info->setAccessibleName(tr("Selected word"));
    m_info->setTextInteractionFlags(Qt::NoTextInteraction);
    m_edit->setAccessibleName(tr("Correction"));
    m_edit->setPlaceholderText(tr("Select a word, type the correction, press Enter"));
    m_edit->setClearButtonEnabled(true);
    m_apply->setAccessibleName(tr("Apply correction"));
    m_apply->setToolTip(tr("Replace the selected word (Enter)"));
    connect(m_edit, &QLineEdit::returnPressed, this, &TextPane::applyCorrection);
    connect(m_apply, &QPushButton::clicked, this, &TextPane::applyCorrection);

    auto* editRow = new QHBoxLayout;
    auto* editLabel = new QLabel(tr("&Word:"), this);
    editLabel->setBuddy(m_edit);
    editRow->addWidget(editLabel);
    editRow->addWidget(m_edit, 1);
    editRow->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_info);
    layout->addLayout(editRow);
    updateEditor();
}

void TextPane::setDocument(OpenDocument* document)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_page = -1;
    m_selected = {};
    m_edit->clear();
    if (document) {
        m_connections << connect(document, &OpenDocument::pageAdded, this, [this](int index) {
            if (m_page < 0 || index == m_page)
                showPage(index);
        });
        m_connections << connect(document, &OpenDocument::wordChanged, this, [this](const WordRef& ref) {
            if (ref.page == m_page)
                rebuild();
        });
        m_connections << connect(document, &OpenDocument::wiped, this, &TextPane::clear);
        if (document->pageCount() > 0)
            m_page = 0;
    }
    rebuild();
}

void TextPane::showPage(int page)
{
    if (!m_document || page < 0 || page >= m_document->pageCount())
        return;
    m_page = page;
    if (m_selected.page != page)
        m_selected = {};
    rebuild();
}

void TextPane::clear()
{
    m_rebuilding = true;
    m_spans.clear();
    m_view->clear();
    m_view->document()->clearUndoRedoStacks();
    m_rebuilding = false;
    m_page = -1;
    m_selected = {};
    m_edit->clear();
    updateEditor();
}

QString TextPane::text() const { return m_view->toPlainText(); }

QString TextPane::selectedText() const { return m_view->textCursor().selectedText(); }

void TextPane::setLowConfidence(int percent)
{
    m_lowConfidence = percent;
    rebuild();
}

void TextPane::rebuild()
{
    m_rebuilding = true;
    const int scroll = m_view->verticalScrollBar()->value();
    m_spans.clear();
    m_view->clear();
    if (m_document && m_page >= 0 && m_page < m_document->pageCount() && m_document->page(m_page).loaded) {
        QTextCursor cursor(m_view->document());
        QTextCharFormat plain;
        const auto& blocks = m_document->page(m_page).ocr.blocks;
        bool firstLine = true;
        for (int b = 0; b < int(blocks.size()); ++b) {
            for (int l = 0; l < int(blocks[size_t(b)].lines.size()); ++l) {
                const auto& words = blocks[size_t(b)].lines[size_t(l)].words;
                if (!firstLine)
                    cursor.insertBlock();
                if (!firstLine && l == 0)
                    cursor.insertBlock();  // a blank line between blocks
                firstLine = false;
                bool firstWord = true;
                for (int w = 0; w < int(words.size()); ++w) {
                    const OcrWord& word = words[size_t(w)];
                    if (word.text.isEmpty())
                        continue;
                    if (!firstWord)
                        cursor.insertText(QStringLiteral(" "), plain);
                    firstWord = false;
                    const WordRef ref{m_page, b, l, w};
                    QTextCharFormat f;
                    if (m_document->isCorrected(ref)) {
                        f.setForeground(QColor(0x1e, 0x64, 0xc8));
                    } else if (word.confidence < float(m_lowConfidence)) {
                        f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
                        f.setUnderlineColor(QColor(0xd0, 0x1c, 0x1c));
                    }
                    m_spans.push_back({ref, cursor.position(), int(word.text.size())});
                    cursor.insertText(word.text, f);
                }
            }
        }
    }
    m_view->verticalScrollBar()->setValue(scroll);
    m_rebuilding = false;
    updateHighlight();
    updateEditor();
}

int TextPane::spanAt(int position) const
{
    // Spans are in document order; a position touching a word (before, inside or right after it)
    // belongs to it.
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), position,
                               [](int pos, const Span& s) { return pos < s.start; });
    if (it == m_spans.begin())
        return -1;
    --it;
    return position <= it->start + it->length ? int(it - m_spans.begin()) : -1;
}

int TextPane::flatIndex(const WordRef& ref) const
{
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (m_spans[i].ref == ref)
            return int(i);
    }
    return -1;
}

void TextPane::selectWord(const WordRef& ref)
{
    if (ref.isValid() && ref.page != m_page)
        showPage(ref.page);
    const bool changed = !(ref == m_selected);
    m_selected = ref;
    updateHighlight();
    if (changed) {
        m_edit->setText(m_document && m_document->word(ref) ? m_document->word(ref)->text : QString());
        updateEditor();
    }
}

void TextPane::updateHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int i = flatIndex(m_selected);
    if (i >= 0) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_view->document());
        sel.cursor.setPosition(m_spans[size_t(i)].start);
        sel.cursor.setPosition(m_spans[size_t(i)].start + m_spans[size_t(i)].length, QTextCursor::KeepAnchor);
        sel.format.setBackground(palette().color(QPalette::Highlight));
        sel.format.setForeground(palette().color(QPalette::HighlightedText));
        selections << sel;
        QTextCursor visible(m_view->document());
        visible.setPosition(m_spans[size_t(i)].start);
        const QRect r = m_view->cursorRect(visible);
        if (!m_view->viewport()->rect().contains(r))
            m_view->ensureCursorVisible();
    }
    m_view->setExtraSelections(selections);
}

void TextPane::updateEditor()
{
    const OcrWord* w = m_document ? m_document->word(m_selected) : nullptr;
    m_edit->setEnabled(w != nullptr);
    m_apply->setEnabled(w != nullptr);
    if (!w) {
        m_info->setText(tr("No word selected"));
        return;
    }
    if (m_document->isCorrected(m_selected)) {
        m_info->setText(tr("Corrected (recognised as “%1”)").arg(m_document->originalText(m_selected)));
    } else {
        m_info->setText(tr("Confidence %1%").arg(qRound(w->confidence)));
    }
}

void TextPane::onCursorMoved()
{
    if (m_rebuilding)
        return;
    const QTextCursor c = m_view->textCursor();
    if (c.hasSelection())
        return;  // the user is selecting text to copy
    const int i = spanAt(c.position());
    if (i < 0)
        return;
    const WordRef ref = m_spans[size_t(i)].ref;
    if (ref == m_selected)
        return;
    selectWord(ref);
    emit wordClicked(ref);
}

bool TextPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonDblClick) {
        QWidget::eventFilter(watched, event);
        startCorrection();
    }
    return QWidget::eventFilter(watched, event);
}

void TextPane::startCorrection()
{
    if (!m_selected.isValid())
        return;
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

void TextPane::applyCorrection()
{
    if (!m_document || !m_selected.isValid())
        return;
    m_document->correctWord(m_selected, m_edit->text());
    m_edit->setText(m_document->word(m_selected) ? m_document->word(m_selected)->text : QString());
    updateEditor();
}

}  // namespace vo::ui
