// The report's second half: who can get at documents, what is logged, what can leave the vault,
// process hardening, software versions, the managed policy, and the review guide's steps answered
// for this installation, ending in the decision record the reviewer completes.
#include "report/ReportDocument.h"

namespace vo::report {
namespace {

const QString kReviewer = QStringLiteral("(to be filled in by the reviewer)");

QString limitText(qint64 v) { return v < 0 ? QStringLiteral("unlimited") : QString::number(v); }

QString autoLock(const DataPathReport& r)
{
    if (!r.desktop)
        return QStringLiteral("set in the desktop app (default: after 5 minutes idle and when the screen locks); "
                              "this report was made on the command line");
    const QString idle = r.desktop->autoLockMinutes > 0
                             ? QStringLiteral("after %1 idle").arg(duration(qint64(r.desktop->autoLockMinutes) * 60))
                             : QStringLiteral("never when idle");
    return QStringLiteral("%1; when the screen locks: %2")
        .arg(idle, r.desktop->lockOnScreenLock ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString clipboard(const DataPathReport& r)
{
    const QString timeout = r.desktop ? duration(r.desktop->clipboardSeconds)
                                      : QStringLiteral("the time set in the desktop app (default 30 seconds)");
    const QString hint = r.desktop ? r.desktop->clipboardHint : QStringLiteral("x-kde-passwordManagerHint");
    return QStringLiteral("a document's text, marked %1 (value %2) so clipboard managers do not keep it; VaultOCR "
                          "clears it after %3, on lock and at quit (if the clipboard still holds that copy)")
        .arg(code(hint), code(QStringLiteral("secret")), timeout);
}

QString auditState(const VaultFacts& v)
{
    if (!v.headerExists)
        return QStringLiteral("no vault");
    if (!v.content)
        return QStringLiteral("%1 records; chain not verified (needs the key; %2)")
            .arg(v.auditRecords)
            .arg(code(QStringLiteral("vaultocr audit --verify")));
    const AuditVerifyReport& a = v.content->audit;
    return a.ok ? QStringLiteral("%1 records, chain intact").arg(a.records)
                : QStringLiteral("BROKEN at record %1: %2").arg(a.firstBadRecord).arg(a.problem);
}

QString folderAccess(const VaultFacts& v)
{
    if (v.folderMode < 0)
        return QStringLiteral("no vault folder");
    if ((v.folderMode & 077) == 0)
        return QStringLiteral("the OS user only (mode %1)").arg(code(QStringLiteral("%1").arg(v.folderMode, 4, 8, QLatin1Char('0'))));
    return QStringLiteral("NOT private: mode %1 lets other accounts list and read the vault's encrypted files")
        .arg(code(QStringLiteral("%1").arg(v.folderMode, 4, 8, QLatin1Char('0'))));
}

Section access(const DataPathReport& r)
{
    Section s{QStringLiteral("access"), QStringLiteral("7. Access control and audit"), {}};
    const bool passphrase = r.vault.keys && r.vault.keys->mode == KeyMode::Passphrase;
    s.table({QStringLiteral("Question"), QStringLiteral("This installation")},
            {{QStringLiteral("Roles and accounts"), QStringLiteral("none: VaultOCR is a single-user desktop program with no server, admin console or shared database")},
             {QStringLiteral("Who can open the vault"), passphrase ? QStringLiteral("whoever knows the passphrase and can read the folder (the OS user); or holds the recovery key")
                                                                   : QStringLiteral("the OS user, while their keychain is unlocked; or whoever holds the recovery key and the folder")},
             {QStringLiteral("Folder access"), folderAccess(r.vault)},
             {QStringLiteral("Automatic lock"), autoLock(r)},
             {QStringLiteral("Audit trail"), auditState(r.vault)},
             {QStringLiteral("What the audit trail records"), QStringLiteral("created, unlocked, locked, import, OCR, corrections, export (format only), delete, expiry purge, key rotation, settings and expiry changes, recovery; never a name, path or text")},
             {QStringLiteral("Separation of submitters and administrators"), policySummary(r.policy)}});
    return s;
}

Section logging(const DataPathReport& r)
{
    Section s{QStringLiteral("logging"), QStringLiteral("8. Logging, monitoring and debugging"), {}};
    s.bullets({
        QStringLiteral("No log file: messages go to standard error only, and nothing else is written."),
        QStringLiteral("VaultOCR's own messages name actions and error codes, never document names, paths, text or keys."),
        QStringLiteral("Messages of other components (Qt, plugins) may quote paths: only their warnings and errors pass, "
                       "reduced to their category with the details withheld."),
        QStringLiteral("Debug and info messages are dropped unless %1 is set: in this process it is %2.")
            .arg(code(QStringLiteral("VAULTOCR_DEBUG_LOG=1")), r.debugLogging ? QStringLiteral("SET (developer mode: details pass)") : QStringLiteral("not set")),
        QStringLiteral("leptonica's own messages are switched off; tesseract's debug output goes to /dev/null."),
        QStringLiteral("No previews, thumbnails, job history or search index on disk: the document list and text "
                       "search work on the decrypted index in memory."),
        QStringLiteral("Settings (%1) hold preferences only: never names, paths or text.")
            .arg(code(QStringLiteral("~/.config/VaultOCR/preferences.ini"))),
    });
    return s;
}

Section leaving(const DataPathReport& r)
{
    Section s{QStringLiteral("exports"), QStringLiteral("9. Everything that can leave the vault"), {}};
    const QString via = QStringLiteral("File → Export… or %1").arg(code(QStringLiteral("vaultocr export")));
    s.table({QStringLiteral("Way out"), QStringLiteral("How"), QStringLiteral("Notes")},
            {{QStringLiteral("Searchable PDF (%1)").arg(code(QStringLiteral("pdf"))), via, QStringLiteral("page images with invisible text")},
             {QStringLiteral("Encrypted PDF (%1)").arg(code(QStringLiteral("pdf-encrypted"))), via, QStringLiteral("AES-256, password chosen at export")},
             {QStringLiteral("PDF/A-2b (%1)").arg(code(QStringLiteral("pdfa"))), via, QStringLiteral("archival PDF")},
             {QStringLiteral("Plain text (%1)").arg(code(QStringLiteral("txt"))), via, QString()},
             {QStringLiteral("hOCR (%1)").arg(code(QStringLiteral("hocr"))), via, QStringLiteral("text with word positions")},
             {QStringLiteral("ALTO XML (%1)").arg(code(QStringLiteral("alto"))), via, QStringLiteral("text with word positions")},
             {QStringLiteral("Original file"), code(QStringLiteral("vaultocr export --original")), QStringLiteral("the imported file, byte for byte")},
             {QStringLiteral("Text on standard output"), code(QStringLiteral("vaultocr text")), QStringLiteral("goes wherever the user redirects it")},
             {QStringLiteral("Clipboard"), QStringLiteral("Edit → Copy Text"), clipboard(r)}});
    s.bullets({
        QStringLiteral("Exports are written to the destination the user chooses, complete or not at all; Qt's own "
                       "file dialog is used (%1), so no recent-files entry is made.").arg(code(QStringLiteral("QFileDialog::DontUseNativeDialog"))),
        QStringLiteral("The audit trail records each export's format, never its destination."),
        QStringLiteral("Exported files are outside the vault: they are not encrypted (except encrypted PDF), do not "
                       "expire and are not covered by Delete now."),
        QStringLiteral("Restrictions by class: %1.").arg(r.policy.present ? QStringLiteral("those of the managed policy (section 12)")
                                                                         : QStringLiteral("none (no managed policy)")),
    });
    return s;
}

Section hardening(const DataPathReport& r)
{
    const HardeningFacts& h = r.hardening;
    Section s{QStringLiteral("hardening"), QStringLiteral("10. Process hardening"), {}};
    s.table({QStringLiteral("Check"), QStringLiteral("State in this process")},
            {{QStringLiteral("Core dumps (RLIMIT_CORE soft / hard)"), QStringLiteral("%1 / %2 bytes%3").arg(limitText(h.coreLimitSoft), limitText(h.coreLimitHard), h.coreLimitSoft == 0 ? QStringLiteral(": no core dumps") : QStringLiteral(": CORE DUMPS POSSIBLE"))},
             {QStringLiteral("Dumpable (PR_GET_DUMPABLE)"), QStringLiteral("%1%2").arg(h.dumpable).arg(h.dumpable == 0 ? QStringLiteral(": no core dumps, no ptrace by other processes of the same user") : QStringLiteral(": NOT HARDENED"))},
             {QStringLiteral("OpenMP threads (OMP_THREAD_LIMIT)"), h.ompThreadLimit.isEmpty() ? QStringLiteral("unset") : h.ompThreadLimit}});
    return s;
}

Section software(const DataPathReport& r)
{
    Section s{QStringLiteral("software"), QStringLiteral("11. Software"), {}};
    QList<QStringList> rows{{QStringLiteral("VaultOCR"), r.appVersion}};
    for (const LibraryVersion& l : r.libraries)
        rows << QStringList{l.name, l.version};
    s.table({QStringLiteral("Component"), QStringLiteral("Version")}, rows);
    s.para(QStringLiteral("OCR language data: %1; installed languages: %2.")
               .arg(code(r.tessdataDir), r.languages.isEmpty() ? QStringLiteral("none") : r.languages.join(QStringLiteral(", "))));
    return s;
}

// The section the managed-policy module (issue 8) fills in.
Section managedPolicy(const DataPathReport& r)
{
    Section s{QStringLiteral("policy"), QStringLiteral("12. Managed policy"), {}};
    s.para(policySummary(r.policy) + QLatin1Char('.'));
    if (!r.policy.rules.isEmpty())
        s.bullets(r.policy.rules);
    return s;
}

Section guide(const DataPathReport& r)
{
    Section s{QStringLiteral("guide"), QStringLiteral("13. The review guide, step by step"), {}};
    const bool offline = guardActive(r.network);
    s.table({QStringLiteral("Step"), QStringLiteral("Answer for this installation"), QStringLiteral("Section")},
            {{QStringLiteral("1. Classify the documents"), QStringLiteral("three classes (low, moderate, high) per document; approved types: reviewer"), QStringLiteral("2, 14")},
             {QStringLiteral("2. Map the data path"), QStringLiteral("file → this process → encrypted vault → explicit exports only; no temporary files"), QStringLiteral("3")},
             {QStringLiteral("3. Transmission and uploads"), offline ? QStringLiteral("no transmission: network access is refused by the kernel") : QStringLiteral("the network guard is NOT active in this process"), QStringLiteral("4")},
             {QStringLiteral("4. Storage and retention"), QStringLiteral("vault only; retention %1").arg(retentionSummary(r.vault)), QStringLiteral("5")},
             {QStringLiteral("5. Encryption and keys"), keyHolder(r.vault), QStringLiteral("6")},
             {QStringLiteral("6. Access control and audit"), QStringLiteral("single OS user; encrypted, chained audit trail"), QStringLiteral("7, 12")},
             {QStringLiteral("7. Logging and debugging"), QStringLiteral("no log file; no content in messages; no previews on disk"), QStringLiteral("8")},
             {QStringLiteral("8. Deployment model"), QStringLiteral("on-device, offline"), QStringLiteral("1, 4")},
             {QStringLiteral("9. Test with realistic files"), QStringLiteral("reviewer, with sanitised look-alike files; %1 and this report show the guard's state, and the "
                                                                            "project's canary tests search every file written for a marker word").arg(code(QStringLiteral("vaultocr doctor"))), QStringLiteral("—")},
             {QStringLiteral("10. Decision record"), QStringLiteral("section 14"), QStringLiteral("14")}});
    return s;
}

Section decisionRecord(const DataPathReport& r)
{
    Section s{QStringLiteral("record"), QStringLiteral("14. Decision record"), {}};
    s.table({QStringLiteral("Item"), QStringLiteral("Entry")},
            {{QStringLiteral("Approved document types"), kReviewer},
             {QStringLiteral("Approved deployment model"), QStringLiteral("on-device, offline (this installation)")},
             {QStringLiteral("Retention settings"), retentionSummary(r.vault)},
             {QStringLiteral("Access control rules"), kReviewer},
             {QStringLiteral("Logging restrictions"), QStringLiteral("no log file, no content in messages (section 8)")},
             {QStringLiteral("Deletion process"), QStringLiteral("automatic expiry and Delete now, both with master-key replacement (section 5)")},
             {QStringLiteral("Review owner"), kReviewer},
             {QStringLiteral("Review date"), kReviewer},
             {QStringLiteral("Next review"), QStringLiteral("%1; also when document types, exports or versions change").arg(kReviewer)}});
    return s;
}

}  // namespace

QList<Section> reviewSections(const DataPathReport& r)
{
    return {access(r), logging(r), leaving(r), hardening(r), software(r), managedPolicy(r), guide(r), decisionRecord(r)};
}

}  // namespace vo::report
