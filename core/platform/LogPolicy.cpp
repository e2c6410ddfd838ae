#include "platform/LogPolicy.h"

#include <QtGlobal>

#include <leptonica/allheaders.h>
#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace vo {
namespace {

bool g_debug = false;

void handler(QtMsgType type, const QMessageLogContext& ctx, const QString& msg)
{
    const bool ours = ctx.category && std::strncmp(ctx.category, "vaultocr", 8) == 0;
    if (!g_debug && (type == QtDebugMsg || type == QtInfoMsg))
        return;
    const char* level = type == QtFatalMsg ? "fatal" : type == QtCriticalMsg ? "error"
                      : type == QtWarningMsg ? "warning" : "debug";
    if (ours || g_debug) {
        std::fprintf(stderr, "vaultocr: %s: %s\n", level, msg.toLocal8Bit().constData());
    } else {
        // A third-party message may quote a file name or path: keep only where it came from.
        std::fprintf(stderr, "vaultocr: %s from %s (details withheld)\n", level,
                     ctx.category ? ctx.category : "library");
    }
    if (type == QtFatalMsg)
        std::abort();
}

}  // namespace

void LogPolicy::install()
{
    g_debug = qEnvironmentVariableIntValue("VAULTOCR_DEBUG_LOG") == 1;
    // leptonica prints its own errors straight to stderr ("Error in pixReadMemPng: …"); our
    // Result errors already say what went wrong, in one line, so its chatter is switched off.
    setMsgSeverity(g_debug ? L_SEVERITY_INFO : L_SEVERITY_NONE);
    qInstallMessageHandler(handler);
}

bool LogPolicy::debugOutputEnabled() { return g_debug; }

}  // namespace vo
