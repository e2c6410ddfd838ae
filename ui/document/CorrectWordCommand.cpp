#include "document/CorrectWordCommand.h"

#include "document/OpenDocument.h"
#include "util/PlaintextWipe.h"

#include <QCoreApplication>

namespace vo::ui {

CorrectWordCommand::CorrectWordCommand(OpenDocument& document, const WordRef& ref, QString newText)
    : m_document(document), m_ref(ref), m_newText(std::move(newText))
{
    if (const OcrWord* w = document.word(ref)) {
        m_oldText = w->text;
        m_oldConfidence = w->confidence;
    }
    // The undo menu shows this; the word itself stays out of it (menus can end up in screenshots).
    setText(QCoreApplication::translate("CorrectWordCommand", "Word correction"));
}

void CorrectWordCommand::undo() { m_document.applyWord(m_ref, m_oldText, m_oldConfidence); }

void CorrectWordCommand::redo() { m_document.applyWord(m_ref, m_newText, 100.f); }

void CorrectWordCommand::wipeText() const
{
    vo::wipeText(m_oldText);
    vo::wipeText(m_newText);
}

}  // namespace vo::ui
