#include "report/ReportDocument.h"

#include "vault/SensitivityClass.h"

namespace vo::report {

QString code(QString text)
{
    text.remove(kCodeOpen);
    text.remove(kCodeClose);
    return kCodeOpen + text + kCodeClose;
}

Section& Section::para(const QString& text)
{
    blocks << Block{Block::Kind::Paragraph, {text}, {}, {}};
    return *this;
}

Section& Section::bullets(const QStringList& items)
{
    blocks << Block{Block::Kind::Bullets, items, {}, {}};
    return *this;
}

Section& Section::table(const QStringList& header, const QList<QStringList>& rows)
{
    blocks << Block{Block::Kind::Table, {}, header, rows};
    return *this;
}

Document buildDocument(const DataPathReport& r)
{
    Document d;
    d.title = QStringLiteral("VaultOCR data-path report");
    d.subtitle = QStringLiteral(
                     "Decision record for a security review of this installation, generated %1 by VaultOCR %2 on "
                     "host %3 (%4). It states what this installation does with documents, read from the running "
                     "program and the vault folder. It contains no document names, text, passphrases or keys.")
                     .arg(utc(r.generated), r.appVersion, code(r.host), r.system);
    d.sections = factSections(r) + reviewSections(r);
    return d;
}

QString bytes(qint64 n)
{
    static const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (n < 1024)
        return QStringLiteral("%1 bytes").arg(n);
    double v = double(n);
    int u = -1;
    while (v >= 1024 && u < 3) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1 bytes (%2 %3)").arg(n).arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

QString duration(qint64 s)
{
    auto unit = [](qint64 n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    if (s % 86400 == 0)
        return unit(s / 86400, "day", "days");
    if (s % 3600 == 0)
        return unit(s / 3600, "hour", "hours");
    if (s % 60 == 0)
        return unit(s / 60, "minute", "minutes");
    return unit(s, "second", "seconds");
}

QString utc(const QDateTime& t) { return t.toUTC().toString(Qt::ISODate); }

QString retentionSummary(const VaultFacts& v)
{
    if (!v.content)
        return QStringLiteral("unknown without the key (stored inside the encrypted index)");
    QStringList parts;
    for (SensitivityClass c : kAllSensitivityClasses)
        parts << QStringLiteral("%1 %2").arg(sensitivityClassName(c), duration(v.content->retention.retentionSeconds(c)));
    return parts.join(QStringLiteral(", "));
}

QString keyHolder(const VaultFacts& v)
{
    if (!v.keys)
        return QStringLiteral("unknown (no readable vault)");
    if (v.keys->mode == KeyMode::Keychain)
        return QStringLiteral("OS keychain (Secret Service), service %1, account %2")
            .arg(code(v.keys->keychainService), code(v.keys->keychainAccount));
    return QStringLiteral("not stored: wrapped by a key derived from the user's passphrase (Argon2id, "
                          "opslimit %1, memlimit %2)")
        .arg(v.keys->opsLimit)
        .arg(bytes(qint64(v.keys->memLimit)));
}

QString nextExpiry(const VaultFacts& v)
{
    if (!v.content)
        return QStringLiteral("unknown without the key (dates are stored inside the encrypted index)");
    if (!v.content->nextExpiry)
        return QStringLiteral("none (no document awaits expiry)");
    return utc(*v.content->nextExpiry);
}

QString policySummary(const ManagedPolicyFacts& p)
{
    if (!p.present)
        return QStringLiteral("No managed policy (%1 absent)").arg(code(p.path));
    if (!p.readByThisBuild)
        return QStringLiteral("%1 is present; its rules are not listed in this report yet (%2 lists them)")
            .arg(code(p.path), code(QStringLiteral("vaultocr policy")));
    return QStringLiteral("Managed policy %1 applies (BLAKE2b-256 %2; every unlock record in the audit trail "
                          "carries its first 26 hex digits)")
        .arg(code(p.path), code(p.hash));
}

bool guardActive(const NetworkFacts& n) { return n.guardInstalled && n.seccompMode == 2; }

}  // namespace vo::report
