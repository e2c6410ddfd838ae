#include "vault/VaultPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace vo {

QString VaultPaths::resolveRoot(const QString& explicitDir)
{
    QString dir = explicitDir;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("VAULTOCR_VAULT");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vault");
    return QDir::cleanPath(QDir(dir).absolutePath());
}

}  // namespace vo
