#include "platform/NetworkGuard.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <cerrno>
#include <initializer_list>
#include <memory>
#include <seccomp.h>
#include <sys/socket.h>

namespace vo {
namespace {

std::atomic<bool> g_installed{false};

struct SeccompCtxDeleter {
    void operator()(void* ctx) const { seccomp_release(static_cast<scmp_filter_ctx>(ctx)); }
};

}  // namespace

Result<void> NetworkGuard::install()
{
    if (g_installed.load())
        return {};
    std::unique_ptr<void, SeccompCtxDeleter> ctx(seccomp_init(SCMP_ACT_ALLOW));
    auto fail = [] {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("NetworkGuard", "Could not install the network guard"));
    };
    if (!ctx)
        return fail();
    // TSYNC: threads that libraries may already have started get the filter too.
    if (seccomp_attr_set(ctx.get(), SCMP_FLTATR_CTL_TSYNC, 1) != 0)
        return fail();
    // Allow-list: every address family other than AF_UNIX is refused.
    if (seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socket), 1,
                         SCMP_A0_32(SCMP_CMP_NE, AF_UNIX)) != 0)
        return fail();
    if (seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socketpair), 1,
                         SCMP_A0_32(SCMP_CMP_NE, AF_UNIX)) != 0)
        return fail();
    for (int sc : {SCMP_SYS(io_uring_setup), SCMP_SYS(io_uring_enter), SCMP_SYS(io_uring_register)}) {
        if (seccomp_rule_add(ctx.get(), SCMP_ACT_ERRNO(ENOSYS), sc, 0) != 0)
            return fail();
    }
    if (seccomp_load(ctx.get()) != 0)
        return fail();
    g_installed = true;
    return {};
}

NetworkGuardStatus NetworkGuard::status()
{
    NetworkGuardStatus s;
    s.installed = g_installed.load();
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("Seccomp:"))
                s.seccompMode = line.mid(8).trimmed().toInt();
        }
    }
    return s;
}

}  // namespace vo
