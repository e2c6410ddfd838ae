#pragma once
// One word correction as an undoable step. The word keeps its box, so every output (text, hOCR,
// searchable PDF) places the corrected word where the original was. A corrected word counts as
// verified (confidence 100); undo restores what OCR read and how sure it was.

#include "document/WordRef.h"

#include <QUndoCommand>

namespace vo::ui {

class OpenDocument;

class CorrectWordCommand : public QUndoCommand {
public:
    CorrectWordCommand(OpenDocument& document, const WordRef& ref, QString newText);
    void undo() override;
    void redo() override;
    // Zeroes both versions of the word (the document is being wiped).
    void wipeText() const;

private:
    OpenDocument& m_document;
    WordRef m_ref;
    QString m_oldText;
    float m_oldConfidence = 0;
    QString m_newText;
};

}  // namespace vo::ui
