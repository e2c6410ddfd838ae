// The network guard and process hardening as the kernel reports them for this process now.
#include "report/DataPathReport.h"

#include "platform/NetworkGuard.h"
#include "platform/ProcessHardening.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstdlib>

namespace vo {
namespace {

// Shared objects mapped into this process, by file name (from /proc/self/maps).
QSet<QString> mappedLibraries()
{
    QSet<QString> names;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return names;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const int slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QString name = QFileInfo(QString::fromLocal8Bit(line.mid(slash))).fileName();
        if (name.contains(QStringLiteral(".so")))
            names.insert(name);
    }
    return names;
}

bool isNetworkLibrary(const QString& name)
{
    // Libraries whose job is network transfer. TLS and HTTP helpers only come with these.
    for (const char* prefix : {"libcurl", "libQt6Network", "libsoup", "libnghttp", "libssh", "librtmp", "libldap"}) {
        if (name.startsWith(QLatin1String(prefix)))
            return true;
    }
    return false;
}

}  // namespace

NetworkFacts gatherNetworkFacts()
{
    NetworkFacts f;
    const NetworkGuardStatus guard = NetworkGuard::status();
    f.guardInstalled = guard.installed;
    f.seccompMode = guard.seccompMode;
    const QSet<QString> libs = mappedLibraries();
    for (const QString& name : libs) {
        if (name.startsWith(QLatin1String("libQt6Network")))
            f.qtNetworkLoaded = true;
        else if (isNetworkLibrary(name))
            f.networkLibrariesLoaded << name;
    }
    f.networkLibrariesLoaded.sort();
    return f;
}

HardeningFacts gatherHardeningFacts()
{
    const HardeningStatus s = ProcessHardening::status();
    HardeningFacts f;
    f.coreLimitSoft = s.coreLimitSoft;
    f.coreLimitHard = s.coreLimitHard;
    f.dumpable = s.dumpable;
    if (const char* omp = std::getenv("OMP_THREAD_LIMIT"))
        f.ompThreadLimit = QString::fromLatin1(omp);
    return f;
}

}  // namespace vo
