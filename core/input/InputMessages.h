#pragma once
// Every user-visible message of the input module in one place, so they stay one line, never carry
// a path or the document's content, and are translated under one context.

#include "util/Result.h"

#include <QCoreApplication>

namespace vo {

class InputMessages {
    Q_DECLARE_TR_FUNCTIONS(vo::InputMessages)

public:
    static Error fileMissing();
    static Error isFolder();
    static Error notRegularFile();
    static Error permissionDenied();
    static Error fileUnreadable();
    static Error fileEmpty();
    static Error fileTooLarge(qint64 bytes, qint64 limit);
    static Error unsupportedFormat();
    static Error imageDamaged(int index);
    static Error tiffDamaged();
    static Error tooManyPixels(int index, qint64 width, qint64 height, qint64 limit);
    static Error tooManyPages(qint64 pages, int limit);
    static Error pdfDamaged();
    static Error pdfLocked();
    static Error pdfWrongPassword();
    static Error pdfPageUnreadable(int index);
    static Error pdfNoPages();
    static Error pdfPageDamaged(int index);
    static Error pdfRenderFailed(int index);
    static Error pageOutOfRange(int index, int count);
    static Error badPdfDpi(int dpi);
    static Error cancelled();
};

}  // namespace vo
