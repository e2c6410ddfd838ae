// `vaultocr policy`: the organisation's policy in force — where it is read from, its hash (the
// one the audit trail records at each unlock) and its rules. A malformed file never gets here:
// run() stops with its problem first.
#include "cli/Command.h"
#include "cli/PolicyContext.h"
#include "policy/PolicyFile.h"
#include "vault/AuditLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace vo::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("PolicyCommand", s); }

int runPolicy(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show the organisation's policy in force (read from %1; set by your\n"
                                   "administrator, it cannot be loosened from VaultOCR).")
                                    .arg(QLatin1String(PolicyFile::kSystemPath)));
    p.addHelpOption();
    if (!p.parse(args)) {
        printError(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        printLine(p.helpText() + tr("\nExit codes: 0 success, 2 usage, 12 the policy file is malformed."));
        return 0;
    }
    for (const QString& line : describePolicy(*managedPolicy()))
        printLine(line);
    return 0;
}

}  // namespace

QStringList describePolicy(const ManagedPolicy& policy)
{
    if (!policy.present())
        return {tr("policy: none (no file at %1)").arg(QLatin1String(PolicyFile::kSystemPath))};
    QStringList lines{tr("policy: %1").arg(policy.path()),
                      tr("hash: BLAKE2b-256 %1 (the audit trail records its first %2 hex digits)")
                          .arg(policy.hashHex())
                          .arg(AuditLog::kPolicyHashBytes * 2)};
    for (const QString& rule : policy.describe())
        lines << QStringLiteral("  ") + rule;
    return lines;
}

std::vector<Command> policyCommands()
{
    return {{QStringLiteral("policy"), tr("Show the organisation's policy in force"), runPolicy}};
}

}  // namespace vo::cli
