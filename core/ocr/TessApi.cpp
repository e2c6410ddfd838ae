#include "ocr/TessApi.h"

#include <QCoreApplication>
#include <QFile>

#include <mutex>

namespace vo::tess {

void silence(tesseract::TessBaseAPI& api)
{
    // debug_file is a process-wide tesseract parameter (not per instance): tprintf opens it once
    // and writes every message there instead of stderr. Setting it once, before the first Init,
    // covers every API in the process; doing it under call_once keeps engines created in parallel
    // worker threads from racing on that global string.
    static std::once_flag once;
    std::call_once(once, [&api] { api.SetVariable("debug_file", "/dev/null"); });
}

Result<ApiPtr> createApi(const QString& tessdataDir, const QString& languages,
                         tesseract::OcrEngineMode mode)
{
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    silence(*api);  // before Init: a failing Init prints "Error opening data file …"
    const QByteArray dir = QFile::encodeName(tessdataDir);
    const QByteArray lang = languages.toLatin1();
    if (api->Init(dir.constData(), lang.constData(), mode) != 0) {
        return makeError(ErrorCode::LanguageMissing,
                         QCoreApplication::translate("TesseractEngine",
                                                     "tesseract could not load the language data '%1' from %2")
                             .arg(languages, tessdataDir));
    }
    return api;
}

}  // namespace vo::tess
