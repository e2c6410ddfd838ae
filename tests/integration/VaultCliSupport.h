#pragma once
// Running `vaultocr` vault commands from tests: a private TMPDIR per test (so the canary can scan
// it), helpers to read IDs, the recovery key and `list --json`, and a rendered text page that real
// tesseract reads.

#include "TestUtil.h"
#include "TextPage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vo::test {

class VaultCli {
public:
    VaultCli(QString vaultDir, QString tmpDir) : m_vault(std::move(vaultDir)), m_tmp(std::move(tmpDir))
    {
        QDir().mkpath(m_tmp);
    }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TMPDIR"), m_tmp);
        e.remove(QStringLiteral("VAULTOCR_VAULT"));
        return e;
    }

    ProcessResult operator()(const QString& command, QStringList args = {}, int timeoutMs = 300000) const
    {
        args.prepend(m_vault);
        args.prepend(QStringLiteral("--vault"));
        args.prepend(command);
        return run(vaultocrBinary(), args, env(), timeoutMs);
    }

    const QString& vault() const { return m_vault; }
    const QString& tmp() const { return m_tmp; }

private:
    QString m_vault;
    QString m_tmp;
};

// The recovery key printed once by `init`.
inline QString recoveryKeyFrom(const QByteArray& initOutput)
{
    static const QRegularExpression re(QStringLiteral("([A-Z2-7]{4}-){13}[A-Z2-7]{4}"));
    return re.match(QString::fromUtf8(initOutput)).captured(0);
}

inline QString vaultUuidFrom(const QByteArray& initOutput)
{
    static const QRegularExpression re(QStringLiteral("Created vault ([0-9a-f-]{36})"));
    return re.match(QString::fromUtf8(initOutput)).captured(1);
}

inline QStringList idsFrom(const QByteArray& importOutput)
{
    QStringList ids;
    for (const QByteArray& line : importOutput.split('\n')) {
        if (line.trimmed().size() == 16)
            ids << QString::fromLatin1(line.trimmed());
    }
    return ids;
}

inline QJsonArray listJson(const ProcessResult& r) { return QJsonDocument::fromJson(r.out).array(); }

inline QJsonObject findDoc(const QJsonArray& docs, const QString& id)
{
    for (const QJsonValue& v : docs) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

inline bool flipFileByte(const QString& path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray b = f.readAll();
    if (offset < 0)
        offset += b.size();
    if (offset < 0 || offset >= b.size())
        return false;
    b[offset] = char(b[offset] ^ 0x20);
    f.seek(0);
    return f.write(b) == b.size();
}

}  // namespace vo::test
