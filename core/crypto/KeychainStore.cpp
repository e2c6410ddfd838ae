#include "crypto/KeychainStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <memory>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("KeychainStore", s); }

// Runs a job to completion in a local event loop. The loop lives in the calling thread, so this
// works on the main thread and on worker threads with no loop of their own.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Error jobError(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return makeError(ErrorCode::AuthFailed,
                         tr("the vault key is not in the keychain (use 'vaultocr recover' with your recovery key)"));
    return makeError(ErrorCode::AuthFailed, tr("the keychain is not reachable: %1").arg(job.errorString()));
}

}  // namespace

KeychainStore::KeychainStore(QString service) : m_service(std::move(service)) {}

Result<SecureBuffer> KeychainStore::read(const QString& account)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job);
    QByteArray data = job.binaryData();
    data.detach();  // our own copy, so wiping it cannot touch memory someone else still reads
    SecureBuffer key = SecureBuffer::copyOf(data.constData(), size_t(data.size()));
    sodium_memzero(data.data(), size_t(data.size()));
    if (key.isEmpty())
        return makeError(ErrorCode::AuthFailed, tr("the keychain entry for this vault is empty"));
    return key;
}

Result<void> KeychainStore::write(const QString& account, const SecureBuffer& key)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    // fromRawData: no copy on our side; QtKeychain makes its own while encoding for D-Bus.
    job.setBinaryData(QByteArray::fromRawData(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job);
    return {};
}

Result<void> KeychainStore::remove(const QString& account)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job);
    return {};
}

}  // namespace vo
