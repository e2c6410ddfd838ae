#pragma once
// The organisation's policy in force (issue 8): the rules from /etc/vaultocr/policy.json, the
// file's path and hash. It is the VaultPolicy the vault asks (retention caps, exports, key
// mode) and answers the questions the CLI and the GUI ask (languages, auto-lock, clipboard).
// A default-constructed ManagedPolicy is "no policy file": it allows everything.

#include "policy/PolicyRules.h"
#include "vault/VaultPolicy.h"

#include <QByteArray>
#include <QString>

namespace vo {

class ManagedPolicy final : public VaultPolicy {
public:
    ManagedPolicy() = default;
    ManagedPolicy(PolicyRules rules, QString path, QByteArray hash);

    bool present() const { return !m_hash.isEmpty(); }  // a policy file exists
    const PolicyRules& rules() const { return m_rules; }
    const QString& path() const { return m_path; }
    QString hashHex() const { return QString::fromLatin1(m_hash.toHex()); }

    // VaultPolicy
    std::optional<qint64> maxRetentionSeconds(SensitivityClass c) const override;
    Result<void> checkExport(SensitivityClass c, ExportKind kind) const override;
    Result<void> checkKeyMode(KeyMode mode) const override;
    QByteArray policyHash() const override { return m_hash; }

    bool allowsExport(SensitivityClass c, ExportKind kind) const;
    // "eng+deu": PolicyForbids naming the first language the policy does not allow (VaultPolicy).
    Result<void> checkLanguages(const QString& languages) const override;
    bool allowsLanguage(const QString& code) const;
    // What the app actually uses for a user's preference: raised to the minimum ("never" counts
    // as longer than any minimum), capped at the maximum, languages outside the list dropped
    // (the first allowed language when none is left).
    int effectiveAutoLockMinutes(int wanted) const;
    int effectiveClipboardSeconds(int wanted) const;
    QString effectiveLanguages(const QString& wanted) const;

    // One line per rule, for `vaultocr policy` and the data-path report ("no rules" when empty).
    QStringList describe() const;

private:
    PolicyRules m_rules;
    QString m_path;
    QByteArray m_hash;  // BLAKE2b-256 of the file's bytes; empty = no policy file
};

}  // namespace vo
