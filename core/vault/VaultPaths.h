#pragma once
// Where a vault lives and the names of its files. The folder holds only these names; blobs are
// named by random IDs so the listing reveals nothing but the number and sizes of documents' parts.

#include <QString>

namespace vo {

class VaultPaths {
public:
    explicit VaultPaths(QString root) : m_root(std::move(root)) {}

    // --vault DIR, else $VAULTOCR_VAULT, else <XDG data dir>/VaultOCR/vault.
    static QString resolveRoot(const QString& explicitDir);

    const QString& root() const { return m_root; }
    QString header() const { return m_root + QStringLiteral("/vault.header"); }
    QString index() const { return m_root + QStringLiteral("/vault.index"); }
    QString audit() const { return m_root + QStringLiteral("/audit.log"); }
    QString lockFile() const { return m_root + QStringLiteral("/vault.lock"); }
    QString blobDir() const { return m_root + QStringLiteral("/blobs"); }
    QString blob(const QString& id) const { return blobDir() + QLatin1Char('/') + id; }

private:
    QString m_root;
};

}  // namespace vo
