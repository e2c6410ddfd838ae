// Thin entry point: harden the process, then hand over to the CLI or the GUI.
#include "cli/Cli.h"
#include "platform/ProcessHardening.h"
#include "policy/PolicyFile.h"
#include "GuiMain.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

namespace {

// The organisation's policy file. Only the test binary vaultocr-policytest (never installed or
// packaged: app/CMakeLists.txt) is compiled with VAULTOCR_TEST_POLICY_OVERRIDE and lets the
// environment name another file; the real `vaultocr` contains no such code.
QString policyPath()
{
#ifdef VAULTOCR_TEST_POLICY_OVERRIDE
    if (qEnvironmentVariableIsSet("VAULTOCR_TEST_POLICY_FILE"))
        return qEnvironmentVariable("VAULTOCR_TEST_POLICY_FILE");
#endif
    return QString::fromLatin1(vo::PolicyFile::kSystemPath);
}

}  // namespace

int main(int argc, char** argv)
{
    // First, before any library runs: OpenMP cap, no core dumps, network guard, log handler.
    if (auto hardened = vo::ProcessHardening::applyAtStartUp(argv); !hardened) {
        std::fprintf(stderr, "vaultocr: %s\n", hardened.error().message.toLocal8Bit().constData());
        return 1;
    }

    QCoreApplication::setOrganizationName(QStringLiteral("VaultOCR"));
    QCoreApplication::setApplicationName(QStringLiteral("VaultOCR"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VAULTOCR_VERSION));

    if (vo::cli::isCliInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        return vo::cli::run(app.arguments(), policyPath());
    }
    if (const QString missing = vo::ui::missingDisplay(argc, argv); !missing.isEmpty()) {
        std::fprintf(stderr, "vaultocr: %s\n", missing.toLocal8Bit().constData());
        return 2;
    }
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    return vo::ui::runGui(app, args.size() > 1 ? args.last() : QString(), policyPath());
}
