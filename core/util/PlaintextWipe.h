#pragma once
// Zeroes decrypted document text in place before it is released (lock, close, delete). Releasing
// alone returns the characters to the heap unchanged, where a later core dump (disabled, but) or a
// heap read could still find them.
//
// Qt's implicit sharing means every shallow copy of the string sees the zeros too, and that is
// the point: a copy still held by a model, a signal argument or an undo command no longer holds
// the text. Callers wipe only what is about to be dropped. Static data (QStringLiteral) lives in
// read-only memory and is skipped; it is never document content.

#include <QString>

namespace vo {

void wipeText(const QString& text);

}  // namespace vo
