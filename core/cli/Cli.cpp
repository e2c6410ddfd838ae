#include "cli/Cli.h"

#include "cli/Command.h"
#include "cli/PolicyContext.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace vo::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("Cli", s); }

std::vector<Command> allCommands()
{
    std::vector<Command> all;
    for (auto group : {ocrCommands, vaultCommands, reportCommands, infoCommands, policyCommands}) {
        auto cmds = group();
        all.insert(all.end(), cmds.begin(), cmds.end());
    }
    return all;
}

void printUsage()
{
    QString text = tr("Usage: vaultocr [COMMAND] [OPTIONS]\n"
                      "On-device OCR with an encrypted local vault. Without a command the desktop "
                      "app starts.\n\nCommands:\n");
    for (const Command& c : allCommands())
        text += QStringLiteral("  %1%2\n").arg(c.name, -14).arg(c.summary);
    text += tr("\nRun 'vaultocr COMMAND --help' for a command's options.\n\n"
               "Exit codes: 0 success, 1 internal error, 2 usage, 3 input unreadable or unsupported,\n"
               "4 language missing, 5 output not writable, 6 vault unavailable or busy,\n"
               "7 authentication failed, 8 integrity check failed, 9 no such document,\n"
               "10 document expired, 11 forbidden by the organisation's policy, 12 the organisation's\n"
               "policy file is malformed (nothing runs until it is fixed), 130 cancelled.\n");
    printLine(text);
}

}  // namespace

void printError(const QString& message)
{
    std::fprintf(stderr, "vaultocr: %s\n", message.toLocal8Bit().constData());
}

void printLine(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool isCliInvocation(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const char* a = argv[1];
    // Qt's own GUI options (-platform, -style, …) start with a single dash, and a document path
    // given to the GUI contains a '/' or a '.'; command names never do.
    if (a[0] != '-')
        return std::strchr(a, '/') == nullptr && std::strchr(a, '.') == nullptr;
    return std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0
        || std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0;
}

int run(const QStringList& arguments, const QString& policyPath)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")
        || args[0] == QLatin1String("help")) {
        printUsage();
        return 0;
    }
    if (args[0] == QLatin1String("--version") || args[0] == QLatin1String("-v")) {
        printLine(QStringLiteral("vaultocr " VAULTOCR_VERSION));
        return 0;
    }
    for (const Command& c : allCommands()) {
        if (c.name != args[0])
            continue;
        // Fail closed: with a malformed policy no command runs (its --help still does).
        const bool help = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
        if (auto p = loadManagedPolicy(policyPath); !p && !help) {
            printError(p.error().message);
            return exitCodeFor(p.error().code);
        }
        return c.run(args);
    }
    printError(tr("unknown command '%1'; see 'vaultocr --help'").arg(args[0]));
    return 2;
}

}  // namespace vo::cli
