#include "report/LibraryVersions.h"

#include <leptonica/allheaders.h>
#include <poppler-version.h>
#include <qpdf/QPDF.hh>
#include <sodium.h>
#include <tesseract/baseapi.h>

#include <QtGlobal>

#include <memory>

namespace vo {

QList<LibraryVersion> libraryVersions()
{
    QList<LibraryVersion> out;
    out << LibraryVersion{QStringLiteral("Qt"), QString::fromLatin1(qVersion())};
    out << LibraryVersion{QStringLiteral("Tesseract"), QString::fromLatin1(tesseract::TessBaseAPI::Version())};
    // getLeptonicaVersion() hands back a string the caller must free with lept_free().
    const std::unique_ptr<char, void (*)(void*)> lept(getLeptonicaVersion(), [](void* p) { lept_free(p); });
    out << LibraryVersion{QStringLiteral("Leptonica"),
                          QString::fromLatin1(lept.get()).remove(QStringLiteral("leptonica-"))};
    out << LibraryVersion{QStringLiteral("Poppler"), Poppler::Version::string()};
    out << LibraryVersion{QStringLiteral("qpdf"), QString::fromStdString(QPDF::QPDFVersion())};
    out << LibraryVersion{QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())};
    // QtKeychain has no run-time version call; this is the version built against.
    out << LibraryVersion{QStringLiteral("QtKeychain"), QStringLiteral(VAULTOCR_QTKEYCHAIN_VERSION)};
    return out;
}

}  // namespace vo
