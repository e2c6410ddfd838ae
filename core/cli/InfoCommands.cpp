// `vaultocr languages` and `vaultocr doctor`: what this installation can do and how it is guarded.
#include "cli/Command.h"
#include "ocr/LanguageCatalog.h"
#include "platform/NetworkGuard.h"

#include <QCoreApplication>

#include <cstdlib>

namespace vo::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("InfoCommands", s); }

int runLanguages(const QStringList& args)
{
    if (args.size() > 1 && (args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h"))) {
        printLine(tr("Usage: vaultocr languages\nLists the installed OCR language packs. "
                     "Install more with: apt install tesseract-ocr-XXX"));
        return 0;
    }
    const QStringList langs = LanguageCatalog::installed();
    for (const QString& l : langs)
        printLine(l);
    if (langs.isEmpty()) {
        printError(tr("no OCR language packs installed (install the Debian package tesseract-ocr-eng)"));
        return exitCodeFor(ErrorCode::LanguageMissing);
    }
    return 0;
}

int runDoctor(const QStringList&)
{
    const NetworkGuardStatus guard = NetworkGuard::status();
    printLine(tr("Network guard: %1 (seccomp mode %2; every socket family but AF_UNIX is refused)")
                  .arg(guard.installed ? tr("active") : tr("NOT ACTIVE"))
                  .arg(guard.seccompMode));
    const char* omp = std::getenv("OMP_THREAD_LIMIT");
    printLine(tr("OpenMP thread limit: %1").arg(omp ? QString::fromLatin1(omp) : tr("unset (slow)")));
    printLine(tr("Language data: %1").arg(LanguageCatalog::tessdataDir()));
    printLine(tr("Installed languages: %1").arg(LanguageCatalog::installed().join(QLatin1Char(' '))));
    return guard.installed ? 0 : 1;
}

}  // namespace

std::vector<Command> infoCommands()
{
    return {{QStringLiteral("languages"), tr("List the installed OCR language packs"), runLanguages},
            {QStringLiteral("doctor"), tr("Report the network guard, language data and settings"), runDoctor}};
}

}  // namespace vo::cli
