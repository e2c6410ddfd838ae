#include "ocr/LanguageCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("LanguageCatalog", s); }

const QString kSuffix = QStringLiteral(".traineddata");

// Where Debian's libtesseract5 looks when TESSDATA_PREFIX is unset (its compiled-in prefix).
const QString kDebianTessdata = QStringLiteral("/usr/share/tesseract-ocr/5/tessdata");

bool isValidCode(const QString& code)
{
    // Letters, digits and '_' only ("chi_sim"): no path separators, dots or '~' reach tesseract.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
    return re.match(code).hasMatch();
}

}  // namespace

QString LanguageCatalog::tessdataDir()
{
    // Tesseract 5 reads TESSDATA_PREFIX as the tessdata directory itself (not its parent).
    const QString env = qEnvironmentVariable("TESSDATA_PREFIX");
    QString dir = env.isEmpty() ? kDebianTessdata : env;
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

QStringList LanguageCatalog::installed()
{
    const QDir dir(tessdataDir());
    QStringList codes;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& fi : files) {
        const QString code = fi.fileName().chopped(kSuffix.size());
        // osd holds the orientation model only; it cannot recognise text.
        if (code != QLatin1String("osd") && isValidCode(code))
            codes << code;
    }
    codes.sort();
    return codes;
}

bool LanguageCatalog::osdInstalled()
{
    return QFileInfo(tessdataDir() + QStringLiteral("/osd") + kSuffix).isReadable();
}

QString LanguageCatalog::debianPackageFor(const QString& code)
{
    // Debian names packs with '-' where tesseract uses '_': chi_sim → tesseract-ocr-chi-sim.
    return QStringLiteral("tesseract-ocr-") + code.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

Result<void> LanguageCatalog::check(const QString& languages)
{
    if (languages.trimmed().isEmpty())
        return makeError(ErrorCode::Usage, tr("no OCR language given"));
    const QStringList codes = languages.split(QLatin1Char('+'));
    if (codes.size() > 16)
        return makeError(ErrorCode::Usage, tr("too many OCR languages (at most 16)"));
    for (const QString& code : codes) {
        if (!isValidCode(code)) {
            return makeError(ErrorCode::Usage,
                             tr("invalid language code '%1' (use codes like eng or eng+deu)")
                                 .arg(code.left(40)));
        }
        if (code == QLatin1String("osd"))
            return makeError(ErrorCode::Usage, tr("'osd' is not a recognition language"));
    }
    const QStringList have = installed();
    for (const QString& code : codes) {
        if (!have.contains(code)) {
            return makeError(ErrorCode::LanguageMissing,
                             tr("language '%1' is not installed (install the Debian package %2)")
                                 .arg(code, debianPackageFor(code)));
        }
    }
    return {};
}

}  // namespace vo
