#pragma once
// The recognised text of the current page, word by word. Clicking a word (or moving the cursor
// onto it) selects it here and in the page view; the correction field below replaces the
// selected word's text in the model (undoable), so the correction stays attached to its box.
// Unsure words are underlined, corrected ones coloured.

#include "document/WordRef.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextEdit;

namespace vo::ui {

class OpenDocument;

class TextPane : public QWidget {
    Q_OBJECT
public:
    explicit TextPane(QWidget* parent = nullptr);

    void setDocument(OpenDocument* document);
    void showPage(int page);
    int currentPage() const { return m_page; }
    void selectWord(const WordRef& ref);
    const WordRef& selectedWord() const { return m_selected; }
    void setLowConfidence(int percent);

    // What the pane shows (the page's text as displayed).
    QString text() const;
    QString selectedText() const;  // the text selection, or empty
    QLineEdit* correctionField() const { return m_edit; }
    QTextEdit* textView() const { return m_view; }

public slots:
    // Moves focus to the correction field with the selected word in it.
    void startCorrection();
    void applyCorrection();
    void clear();

signals:
    void wordClicked(const vo::ui::WordRef& ref);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void updateHighlight();
    void updateEditor();
    void onCursorMoved();
    int flatIndex(const WordRef& ref) const;
    int spanAt(int position) const;

    QPointer<OpenDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
    int m_page = -1;
    WordRef m_selected;
    int m_lowConfidence = 70;
    bool m_rebuilding = false;

    struct Span {
        WordRef ref;
        int start = 0;
        int length = 0;
    };
    std::vector<Span> m_spans;

    QTextEdit* m_view;
    QLabel* m_info;
    QLineEdit* m_edit;
    QPushButton* m_apply;
};

}  // namespace vo::ui
