// `vaultocr report`: the data-path report (issue 6, item 6) for this installation, as Markdown or
// HTML, on stdout or into a file. The vault is opened read-only when its key is at hand (keychain
// mode, or --passphrase-file / the terminal in passphrase mode); otherwise, or with --no-unlock,
// the report says what the header, the clear key slots and the file sizes tell.
#include "cli/Command.h"
#include "cli/PolicyContext.h"
#include "crypto/PassphraseKdf.h"
#include "report/DataPathReport.h"
#include "report/ReportRenderers.h"
#include "util/AtomicFile.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace vo::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("ReportCommand", s); }

int fail(const Error& e)
{
    printError(e.message);
    return exitCodeFor(e.code);
}

// The unlocked vault, or null with the reason in `reason`.
std::unique_ptr<Vault> tryUnlock(const QString& root, const QString& passphraseFile, QString& reason)
{
    if (!QFileInfo(VaultPaths(root).header()).isFile())
        return nullptr;
    VaultOpenOptions o;
    o.access = VaultAccess::ReadOnly;  // a report never changes the vault (no purge, no lock taken)
    o.purgeExpiredOnOpen = false;
    o.policy = managedPolicy();  // its hash goes into the unlock record, as for every open
    o.passphrase = [passphraseFile]() {
        return passphraseFile.isEmpty() ? readPassphraseFromTerminal(tr("Vault passphrase: "), false)
                                        : readPassphraseFromFile(passphraseFile);
    };
    auto vault = Vault::open(root, std::move(o));
    if (!vault) {
        reason = tr("unlocking failed: %1").arg(vault.error().message);
        return nullptr;
    }
    return std::move(vault).value();
}

Result<void> writeReport(const QString& text, const QString& output)
{
    const QByteArray bytes = text.toUtf8();
    if (output.isEmpty()) {
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
            return makeError(ErrorCode::OutputNotWritable, tr("could not write the report to standard output"));
        std::fflush(stdout);
        return {};
    }
    auto file = AtomicFile::create(output, 0644);
    if (!file)
        return file.error();
    if (auto r = file->write(bytes); !r)
        return r;
    return file->commit();
}

int runReport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Print the data-path report: where this installation keeps documents and keys, the algorithms,\n"
           "retention, logging, the network guard, process hardening, input limits, everything that can\n"
           "leave the vault, and library versions. It never contains document names, text or keys."));
    p.addHelpOption();
    const QCommandLineOption vaultDir(QStringLiteral("vault"), tr("Vault folder (default: $VAULTOCR_VAULT, else the user data folder)"), tr("DIR"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"), tr("Passphrase mode: read the passphrase from FILE"), tr("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("md (default) or html"), tr("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE instead of standard output"), tr("FILE"));
    const QCommandLineOption noUnlock(QStringLiteral("no-unlock"), tr("Do not unlock the vault: report only what needs no key"));
    p.addOptions({vaultDir, passFile, format, out, noUnlock});
    if (!p.parse(args))
        return fail(makeError(ErrorCode::Usage, p.errorText()));
    if (p.isSet(QStringLiteral("help"))) {
        printLine(p.helpText() + tr("\nExit codes: 0 success, 2 usage, 5 output not writable."));
        return 0;
    }
    const auto fmt = parseReportFormat(p.value(format));
    if (!fmt || !p.positionalArguments().isEmpty())
        return fail(makeError(ErrorCode::Usage, tr("usage: vaultocr report [--format md|html] [-o FILE] [--vault DIR]")));

    ReportSources sources;
    sources.vaultRoot = VaultPaths::resolveRoot(p.value(vaultDir));
    std::unique_ptr<Vault> vault;
    if (p.isSet(noUnlock))
        sources.notUnlockedReason = tr("--no-unlock");
    else
        vault = tryUnlock(sources.vaultRoot, p.value(passFile), sources.notUnlockedReason);
    sources.vault = vault.get();
    sources.policy = managedPolicy();
    const DataPathReport report = gatherDataPathReport(sources);
    vault.reset();  // locks: wipes the keys before anything is written
    if (auto r = writeReport(renderReport(report, *fmt), p.value(out)); !r)
        return fail(r.error());
    return 0;
}

}  // namespace

std::vector<Command> reportCommands()
{
    return {{QStringLiteral("report"), tr("Print the data-path report (Markdown or HTML) for a security review"), runReport}};
}

}  // namespace vo::cli
