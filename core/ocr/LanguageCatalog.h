#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace vo {

class LanguageCatalog {
public:
    // Language codes of the installed traineddata files ("eng", "deu", …), sorted; excludes "osd".
    static QStringList installed();
    static QString tessdataDir();
    // Validates "eng+deu": LanguageMissing naming the Debian package (tesseract-ocr-deu) if absent,
    // Usage for a malformed list.
    static Result<void> check(const QString& languages);
    static QString debianPackageFor(const QString& code);
    // osd.traineddata (automatic page rotation) is present in tessdataDir().
    static bool osdInstalled();
};

}  // namespace vo
