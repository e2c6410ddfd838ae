#pragma once
// Addresses one word of an OcrPage: page → block → line → word. Stable while the document is
// open because corrections change a word's text, never the structure.

#include <QMetaType>

namespace vo::ui {

struct WordRef {
    int page = -1;
    int block = -1;
    int line = -1;
    int word = -1;

    bool isValid() const { return page >= 0 && block >= 0 && line >= 0 && word >= 0; }
    auto operator<=>(const WordRef&) const = default;
};

}  // namespace vo::ui

Q_DECLARE_METATYPE(vo::ui::WordRef)
