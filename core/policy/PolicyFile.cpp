#include "policy/PolicyFile.h"

#include "policy/PolicyParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("PolicyFile", s); }

Error invalid(const QString& path, int line, const QString& problem)
{
    const QString where = line > 0 ? tr("%1, line %2").arg(path).arg(line) : path;
    return makeError(ErrorCode::PolicyInvalid,
                     tr("invalid organisation policy %1: %2. No vault is opened until it is fixed.")
                         .arg(where, problem));
}

QByteArray blake2b256(const QByteArray& bytes)
{
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char*>(bytes.constData()), size_t(bytes.size()), nullptr, 0);
    return out;
}

}  // namespace

Result<std::shared_ptr<const ManagedPolicy>> PolicyFile::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::make_shared<const ManagedPolicy>();
    if (!info.isFile())
        return invalid(path, 0, tr("it is not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(path, 0, tr("it cannot be read (%1)").arg(file.errorString()));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return invalid(path, 0, tr("it is larger than %1 KiB").arg(kMaxBytes / 1024));
    auto parsed = PolicyParser::parse(bytes);
    if (const auto* problem = std::get_if<PolicyProblem>(&parsed))
        return invalid(path, problem->line, problem->problem);
    return std::make_shared<const ManagedPolicy>(std::get<PolicyRules>(std::move(parsed)), path, blake2b256(bytes));
}

}  // namespace vo
