// The vault commands (issue 3): init, import, list, text, export, delete, purge, expire,
// set-class, audit, rotate-key, recover. Each is a thin shell over vo::Vault — the GUI calls the same API.
// Passphrases and recovery keys come from the terminal (no echo) or from a file, never argv.
#include "cli/Command.h"
#include "cli/PolicyContext.h"
#include "cli/PdfOutputOptions.h"
#include "cli/SignalCancel.h"
#include "crypto/PassphraseKdf.h"
#include "vault/Vault.h"
#include "vault/VaultPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace vo::cli {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("VaultCommands", s); }

const QString kExitCodes = QStringLiteral(
    "\nExit codes: 0 success, 1 internal error, 2 usage, 3 input unreadable, 5 output not writable,\n"
    "6 vault unavailable or in use, 7 authentication failed (wrong passphrase, keychain entry\n"
    "missing: use 'vaultocr recover'), 8 integrity check failed (tampered or damaged), 9 no such\n"
    "document, 10 document expired, 11 forbidden by the organisation's policy, 12 the organisation's\n"
    "policy file is malformed, 130 cancelled.");

int fail(const Error& e)
{
    if (!e.message.isEmpty())
        printError(e.message);
    return exitCodeFor(e.code);
}

QString iso(const QDateTime& t) { return t.toUTC().toString(Qt::ISODate); }

// One parser per command with the options every vault command shares.
class VaultParser {
public:
    VaultParser(const QString& description, const QString& positional = {}, const QString& syntax = {})
    {
        m_p.setApplicationDescription(description);
        m_p.addHelpOption();
        m_p.addOption(m_vault);
        m_p.addOption(m_passFile);
        if (!positional.isEmpty())
            m_p.addPositionalArgument(positional, QString(), syntax);
    }
    QCommandLineParser& parser() { return m_p; }

    // nullopt: go on; a value: stop with this exit code (help printed or usage error).
    std::optional<int> parse(const QStringList& args)
    {
        if (!m_p.parse(args))
            return fail(makeError(ErrorCode::Usage, m_p.errorText()));
        if (m_p.isSet(QStringLiteral("help"))) {
            printLine(m_p.helpText() + kExitCodes);
            return 0;
        }
        return std::nullopt;
    }
    QString root() const { return VaultPaths::resolveRoot(m_p.value(m_vault)); }
    QString passphraseFile() const { return m_p.value(m_passFile); }
    PassphraseSource passphrase(const QString& prompt, bool confirm) const
    {
        const QString file = passphraseFile();
        return [file, prompt, confirm]() {
            return file.isEmpty() ? readPassphraseFromTerminal(prompt, confirm) : readPassphraseFromFile(file);
        };
    }
    Result<std::unique_ptr<Vault>> open(VaultAccess access, bool purge = true) const
    {
        VaultOpenOptions o;
        o.access = access;
        o.passphrase = passphrase(tr("Vault passphrase: "), false);
        o.purgeExpiredOnOpen = purge;
        o.policy = managedPolicy();
        return Vault::open(root(), std::move(o));
    }

private:
    QCommandLineParser m_p;
    QCommandLineOption m_vault{QStringLiteral("vault"),
                               tr("Vault folder (default: $VAULTOCR_VAULT, else the user data folder)"), tr("DIR")};
    QCommandLineOption m_passFile{QStringLiteral("passphrase-file"),
                                  tr("Read the passphrase from FILE instead of the terminal"), tr("FILE")};
};

void printSecret(const SecureBuffer& text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int runInit(const QStringList& args)
{
    VaultParser vp(tr("Create an encrypted vault. The master key goes into the OS keychain, or with\n"
                      "--passphrase is wrapped by a key derived from a passphrase (Argon2id)."));
    const QCommandLineOption pass(QStringLiteral("passphrase"), tr("Passphrase mode (no OS keychain needed)"));
    vp.parser().addOption(pass);
    if (auto stop = vp.parse(args))
        return *stop;
    VaultCreateOptions o;
    o.mode = vp.parser().isSet(pass) || !vp.passphraseFile().isEmpty() ? KeyMode::Passphrase : KeyMode::Keychain;
    o.passphrase = vp.passphrase(tr("New vault passphrase: "), true);
    o.policy = managedPolicy();
    auto created = Vault::create(vp.root(), std::move(o));
    if (!created)
        return fail(created.error());
    const Vault& v = *created->vault;
    printLine(tr("Created vault %1 in %2").arg(v.uuid().toString(QUuid::WithoutBraces), v.root()));
    printLine(v.keyMode() == KeyMode::Keychain ? tr("Master key: OS keychain")
                                                : tr("Master key: protected by your passphrase"));
    printLine(tr("\nRECOVERY KEY - write it down and keep it somewhere safe. It is shown only this once\n"
                 "and unlocks the vault with 'vaultocr recover' if the keychain entry or passphrase is lost:\n"));
    printSecret(created->recoveryKeyText);
    created->recoveryKeyText.wipe();
    return 0;
}

Result<ImportOptions> importOptions(QCommandLineParser& p)
{
    ImportOptions o;
    const auto cls = parseSensitivityClass(p.value(QStringLiteral("class")));
    if (!cls)
        return makeError(ErrorCode::Usage, tr("--class takes low, moderate or high"));
    o.sensitivity = *cls;
    if (p.isSet(QStringLiteral("expires-in"))) {
        auto secs = parseRetentionDuration(p.value(QStringLiteral("expires-in")));
        if (!secs)
            return secs.error();
        o.expiresInSeconds = secs.value();
    }
    o.ocr.languages = p.value(QStringLiteral("lang"));
    o.recognize = !p.isSet(QStringLiteral("no-ocr"));
    bool ok = false;
    o.jobs = p.value(QStringLiteral("jobs")).toInt(&ok);
    if (!ok || o.jobs < 0 || o.jobs > 64)
        return makeError(ErrorCode::Usage, tr("--jobs takes a number from 1 to 64"));
    return o;
}

int runImport(const QStringList& args)
{
    VaultParser vp(tr("Encrypt files into the vault and recognise their text. Prints one document ID\n"
                      "per file. Default retention: low 90 days, moderate 30 days, high 7 days."),
                   QStringLiteral("FILE"), QStringLiteral("FILE..."));
    QCommandLineParser& p = vp.parser();
    p.addOptions({{QStringLiteral("class"), tr("Sensitivity: low, moderate or high (default moderate)"), tr("C"),
                   QStringLiteral("moderate")},
                  {QStringLiteral("expires-in"), tr("Expire after this long instead, e.g. 30m, 12h, 7d"), tr("T")},
                  {{QStringLiteral("l"), QStringLiteral("lang")}, tr("OCR languages, e.g. eng+deu (default eng)"),
                   tr("L"), QStringLiteral("eng")},
                  {{QStringLiteral("j"), QStringLiteral("jobs")}, tr("Pages recognised in parallel"), tr("N"),
                   QStringLiteral("0")},
                  {QStringLiteral("no-ocr"), tr("Store the original only, without recognising it")}});
    if (auto stop = vp.parse(args))
        return *stop;
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return fail(makeError(ErrorCode::Usage, tr("no files to import; see 'vaultocr import --help'")));
    auto options = importOptions(p);
    if (!options)
        return fail(options.error());
    auto vault = vp.open(VaultAccess::ReadWrite);
    if (!vault)
        return fail(vault.error());
    SignalCancel cancel;
    int status = 0;
    for (const QString& file : files) {
        auto id = vault.value()->importFile(file, options.value(), nullptr, cancel.token());
        if (!id) {
            printError(tr("%1: %2").arg(QFileInfo(file).fileName(), id.error().message));
            status = status ? status : exitCodeFor(id.error().code);
            if (id.error().code == ErrorCode::Cancelled)
                break;
            continue;
        }
        printLine(id.value());
    }
    return status;
}

QJsonObject toJson(const DocumentInfo& d)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("name"), d.name},
                       {QStringLiteral("class"), sensitivityClassName(d.sensitivity)},
                       {QStringLiteral("pages"), d.pages},
                       {QStringLiteral("created"), iso(d.created)},
                       {QStringLiteral("expires"), iso(d.expires)},
                       {QStringLiteral("ocr"), ocrStateName(d.ocr)},
                       {QStringLiteral("expired"), d.expired}};
}

int runList(const QStringList& args)
{
    VaultParser vp(tr("List the documents in the vault (times in UTC, ISO 8601)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array"));
    vp.parser().addOption(json);
    if (auto stop = vp.parse(args))
        return *stop;
    auto vault = vp.open(VaultAccess::ReadOnlyIfBusy);
    if (!vault)
        return fail(vault.error());
    const auto docs = vault.value()->documents();
    if (vp.parser().isSet(json)) {
        QJsonArray arr;
        for (const DocumentInfo& d : docs)
            arr.append(toJson(d));
        printLine(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (const DocumentInfo& d : docs) {
        printLine(QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                      .arg(d.id, sensitivityClassName(d.sensitivity).leftJustified(8))
                      .arg(d.pages, 4)
                      .arg(iso(d.created), iso(d.expires), d.name,
                           d.expired ? tr("  (expired)") : QString()));
    }
    return 0;
}

int runText(const QStringList& args)
{
    VaultParser vp(tr("Print a document's recognised text (pages separated by form feeds)."),
                   QStringLiteral("ID"), QStringLiteral("ID"));
    if (auto stop = vp.parse(args))
        return *stop;
    const QStringList ids = vp.parser().positionalArguments();
    if (ids.size() != 1)
        return fail(makeError(ErrorCode::Usage, tr("give exactly one document ID")));
    auto vault = vp.open(VaultAccess::ReadOnlyIfBusy);
    if (!vault)
        return fail(vault.error());
    auto text = vault.value()->text(ids.first());
    if (!text)
        return fail(text.error());
    printLine(text.value());
    return 0;
}

std::optional<ExportKind> exportKindFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ExportKind::Pdf;
    if (suffix == QLatin1String("txt"))
        return ExportKind::Text;
    if (suffix == QLatin1String("hocr") || suffix == QLatin1String("html"))
        return ExportKind::Hocr;
    if (suffix == QLatin1String("xml"))
        return ExportKind::Alto;
    return std::nullopt;
}

int runExport(const QStringList& args)
{
    VaultParser vp(tr("Write a document out of the vault as a searchable PDF, plain text, hOCR or ALTO\n"
                      "XML (chosen by the output's extension: .pdf, .txt, .hocr, .xml), or with --original\n"
                      "the imported file itself. The exported file is NOT encrypted unless\n"
                      "--encrypt-password-file is given (PDF only)."),
                   QStringLiteral("ID"), QStringLiteral("ID"));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("output")}, tr("File to write"), tr("OUT"));
    const QCommandLineOption original(QStringLiteral("original"), tr("Write the original file, byte for byte"));
    const PdfOutputOptions pdfOptions;
    vp.parser().addOptions({out, original});
    pdfOptions.addTo(vp.parser());
    if (auto stop = vp.parse(args))
        return *stop;
    const QStringList ids = vp.parser().positionalArguments();
    if (ids.size() != 1 || !vp.parser().isSet(out))
        return fail(makeError(ErrorCode::Usage,
                              tr("usage: vaultocr export ID -o OUT.pdf|OUT.txt|OUT.hocr|OUT.xml [--pdfa] "
                                 "[--encrypt-password-file FILE]")));
    const auto kind = vp.parser().isSet(original) ? std::optional(ExportKind::Original)
                                                  : exportKindFor(vp.parser().value(out));
    if (!kind)
        return fail(makeError(ErrorCode::Usage, tr("the output must end in .pdf, .txt, .hocr or .xml")));
    // Read and checked before the vault is opened: a refused combination writes nothing.
    PdfExportOptions pdf;
    if (auto r = pdfOptions.apply(vp.parser(), pdf); !r)
        return fail(r.error());
    auto vault = vp.open(VaultAccess::ReadOnlyIfBusy);
    if (!vault)
        return fail(vault.error());
    if (auto r = vault.value()->exportDocument(ids.first(), vp.parser().value(out), *kind, pdf); !r)
        return fail(r.error());
    return 0;
}

int runDelete(const QStringList& args)
{
    VaultParser vp(tr("Delete documents now: their encrypted data is removed and the master key is\n"
                      "replaced, so copies of the old index left on the disk cannot be decrypted."),
                   QStringLiteral("ID"), QStringLiteral("ID..."));
    if (auto stop = vp.parse(args))
        return *stop;
    const QStringList ids = vp.parser().positionalArguments();
    if (ids.isEmpty())
        return fail(makeError(ErrorCode::Usage, tr("give the IDs of the documents to delete")));
    auto vault = vp.open(VaultAccess::ReadWrite);
    if (!vault)
        return fail(vault.error());
    auto n = vault.value()->remove(ids);
    if (!n)
        return fail(n.error());
    printLine(tr("deleted %1 document(s); master key rotated").arg(n.value()));
    return 0;
}

int runPurge(const QStringList& args)
{
    VaultParser vp(tr("Delete every expired document now (run it from a systemd user timer to purge\n"
                      "while the app is closed)."));
    if (auto stop = vp.parse(args))
        return *stop;
    auto vault = vp.open(VaultAccess::ReadWrite, false);
    if (!vault)
        return fail(vault.error());
    auto n = vault.value()->purgeExpired();
    if (!n)
        return fail(n.error());
    printLine(tr("purged %1 expired document(s)").arg(n.value()));
    return 0;
}

int runExpire(const QStringList& args)
{
    VaultParser vp(tr("Change when documents expire, counted from now."), QStringLiteral("ID"), QStringLiteral("ID..."));
    const QCommandLineOption in(QStringLiteral("in"), tr("New time to expiry, e.g. 30m, 12h, 7d"), tr("T"));
    vp.parser().addOption(in);
    if (auto stop = vp.parse(args))
        return *stop;
    const QStringList ids = vp.parser().positionalArguments();
    if (ids.isEmpty() || !vp.parser().isSet(in))
        return fail(makeError(ErrorCode::Usage, tr("usage: vaultocr expire ID... --in T")));
    auto secs = parseRetentionDuration(vp.parser().value(in));
    if (!secs)
        return fail(secs.error());
    auto vault = vp.open(VaultAccess::ReadWrite);
    if (!vault)
        return fail(vault.error());
    for (const QString& id : ids) {
        if (auto r = vault.value()->setExpiry(id, QDateTime::currentDateTimeUtc().addSecs(secs.value())); !r)
            return fail(r.error());
    }
    return 0;
}

int runSetClass(const QStringList& args)
{
    VaultParser vp(tr("Change the sensitivity class of documents. Their expiry is recomputed as if they\n"
                      "had been imported under the new class (import time + the class's retention,\n"
                      "within the organisation's limit), unless --keep-expiry is given. A change that\n"
                      "would make a document expire at once is refused."),
                   QStringLiteral("ID"), QStringLiteral("ID... low|moderate|high"));
    const QCommandLineOption keep(QStringLiteral("keep-expiry"), tr("Keep the current expiry"));
    vp.parser().addOption(keep);
    if (auto stop = vp.parse(args))
        return *stop;
    QStringList ids = vp.parser().positionalArguments();
    const auto cls = ids.size() >= 2 ? parseSensitivityClass(ids.takeLast()) : std::nullopt;
    if (!cls)
        return fail(makeError(ErrorCode::Usage, tr("usage: vaultocr set-class ID... low|moderate|high [--keep-expiry]")));
    auto vault = vp.open(VaultAccess::ReadWrite);
    if (!vault)
        return fail(vault.error());
    const ClassChangeExpiry mode = vp.parser().isSet(keep) ? ClassChangeExpiry::Keep : ClassChangeExpiry::Recompute;
    for (const QString& id : ids) {
        if (auto r = vault.value()->setSensitivity(id, *cls, mode); !r)
            return fail(r.error());
        auto doc = vault.value()->document(id);
        if (doc)
            printLine(tr("%1: class %2, expires %3").arg(id, sensitivityClassName(*cls), iso(doc->expires)));
    }
    return 0;
}

QString describe(const AuditRecord& r)
{
    QString line = QStringLiteral("%1  %2  %3").arg(r.sequence + 1, 6).arg(iso(r.time), auditActionName(r.action).leftJustified(15));
    if (!r.documentId.isEmpty())
        line += QStringLiteral("  %1").arg(r.documentId);
    if (r.sensitivity)
        line += QStringLiteral("  %1").arg(sensitivityClassName(*r.sensitivity));
    if (r.pages > 0)
        line += QCoreApplication::translate("VaultCommands", "  %n page(s)", nullptr, r.pages);
    if (r.action == AuditAction::Exported) {
        static const char* kinds[] = {"?", "pdf", "pdf-encrypted", "pdfa", "txt", "hocr", "alto", "original"};
        line += QStringLiteral("  format=%1").arg(QLatin1String(kinds[r.detail < 8 ? r.detail : 0]));
    }
    if (r.action == AuditAction::ClassChanged) {
        if (const auto from = sensitivityClassFromByte(r.detail))
            line += QStringLiteral("  from=%1").arg(sensitivityClassName(*from));
    }
    if (!r.policyHash.isEmpty())
        line += QStringLiteral("  policy=%1").arg(QString::fromLatin1(r.policyHash.toHex()));
    return line;
}

int runAudit(const QStringList& args)
{
    VaultParser vp(tr("Show the vault's audit trail (no names, paths or text are ever recorded)."));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    tr("Check the chain of MACs: report truncation, reordering or modification"));
    vp.parser().addOption(verify);
    if (auto stop = vp.parse(args))
        return *stop;
    auto vault = vp.open(VaultAccess::ReadOnlyIfBusy);
    if (!vault)
        return fail(vault.error());
    if (vp.parser().isSet(verify)) {
        const AuditVerifyReport rep = vault.value()->verifyAudit();
        if (!rep.ok)
            return fail(makeError(ErrorCode::Integrity,
                                  tr("audit trail verification FAILED at record %1: %2").arg(rep.firstBadRecord).arg(rep.problem)));
        printLine(tr("audit trail OK: %1 records, chain intact").arg(rep.records));
        return 0;
    }
    auto records = vault.value()->auditRecords();
    if (!records)
        return fail(records.error());
    for (const AuditRecord& r : records.value())
        printLine(describe(r));
    return 0;
}

int runRotateKey(const QStringList& args)
{
    VaultParser vp(tr("Replace the vault's master key (every document key is re-wrapped)."));
    if (auto stop = vp.parse(args))
        return *stop;
    auto vault = vp.open(VaultAccess::ReadWrite);
    if (!vault)
        return fail(vault.error());
    if (auto r = vault.value()->rotateKey(); !r)
        return fail(r.error());
    printLine(tr("master key rotated (key epoch %1)").arg(vault.value()->keyEpoch()));
    return 0;
}

int runRecover(const QStringList& args)
{
    VaultParser vp(tr("Unlock the vault with its recovery key and store the master key in the OS keychain\n"
                      "again, or (with --passphrase) protect it with a new passphrase."));
    const QCommandLineOption pass(QStringLiteral("passphrase"), tr("Protect the key with a new passphrase"));
    const QCommandLineOption keyFile(QStringLiteral("recovery-key-file"),
                                     tr("Read the recovery key from FILE instead of the terminal"), tr("FILE"));
    vp.parser().addOptions({pass, keyFile});
    if (auto stop = vp.parse(args))
        return *stop;
    const QString file = vp.parser().value(keyFile);
    auto text = file.isEmpty() ? readPassphraseFromTerminal(tr("Recovery key: "), false) : readPassphraseFromFile(file);
    if (!text)
        return fail(text.error());
    VaultRecoverOptions o;
    const bool toPassphrase = vp.parser().isSet(pass) || !vp.passphraseFile().isEmpty();
    o.mode = toPassphrase ? KeyMode::Passphrase : KeyMode::Keychain;
    o.newPassphrase = vp.passphrase(tr("New vault passphrase: "), true);
    o.policy = managedPolicy();
    auto vault = Vault::recover(vp.root(), text.value(), std::move(o));
    text.value().wipe();
    if (!vault)
        return fail(vault.error());
    printLine(toPassphrase ? tr("vault recovered: the master key is now protected by the new passphrase")
                           : tr("vault recovered: the master key is back in the OS keychain"));
    return 0;
}

}  // namespace

std::vector<Command> vaultCommands()
{
    return {
        {QStringLiteral("init"), tr("Create an encrypted vault (OS keychain or --passphrase)"), runInit},
        {QStringLiteral("import"), tr("Encrypt and OCR files into the vault"), runImport},
        {QStringLiteral("list"), tr("List the vault's documents [--json]"), runList},
        {QStringLiteral("text"), tr("Print a document's text"), runText},
        {QStringLiteral("export"), tr("Write a document out as PDF, PDF/A, encrypted PDF, text, hOCR or ALTO"), runExport},
        {QStringLiteral("delete"), tr("Delete documents now (crypto-shredding)"), runDelete},
        {QStringLiteral("purge"), tr("Delete expired documents now"), runPurge},
        {QStringLiteral("expire"), tr("Change when documents expire"), runExpire},
        {QStringLiteral("set-class"), tr("Change documents' sensitivity class (and expiry)"), runSetClass},
        {QStringLiteral("audit"), tr("Show or --verify the audit trail"), runAudit},
        {QStringLiteral("rotate-key"), tr("Replace the vault's master key"), runRotateKey},
        {QStringLiteral("recover"), tr("Regain access with the recovery key"), runRecover},
    };
}

}  // namespace vo::cli
