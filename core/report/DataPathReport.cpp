#include "report/DataPathReport.h"

#include "ocr/LanguageCatalog.h"
#include "ocr/OcrSettings.h"
#include "platform/LogPolicy.h"

#include <QSysInfo>

namespace vo {

DataPathReport gatherDataPathReport(const ReportSources& sources)
{
    DataPathReport r;
    r.generated = QDateTime::currentDateTimeUtc();
    r.appVersion = QStringLiteral(VAULTOCR_VERSION);
    r.host = QSysInfo::machineHostName();
    r.system = QStringLiteral("%1, Linux %2").arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion());
    r.vault = gatherVaultFacts(sources);
    r.network = gatherNetworkFacts();
    r.hardening = gatherHardeningFacts();
    r.debugLogging = LogPolicy::debugOutputEnabled();
    // The defaults every import and `vaultocr ocr` start from (InputOptions, OcrSettings).
    const InputOptions input;
    r.inputLimits = input.limits;
    r.pdfDpi = input.pdfDpi;
    r.pageTimeoutMs = OcrSettings{}.pageTimeoutMs;
    r.tessdataDir = LanguageCatalog::tessdataDir();
    r.languages = LanguageCatalog::installed();
    r.libraries = libraryVersions();
    r.desktop = sources.desktop;
    r.policy = gatherManagedPolicy(sources);
    return r;
}

}  // namespace vo
