#include "crypto/KeychainStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusArgument>
#include <QDBusVariant>
#include <QMutex>
#include <QThread>

#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <functional>
#include <future>
#include <memory>

namespace vo {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("KeychainStore", s); }

// Why a thread of our own: QtKeychain 0.13 runs every job through one process-wide JobExecutor
// QObject. It is not thread-safe, lives in whichever thread started the first job, and learns
// that a job has finished through a signal that is *queued* to that thread when the job ran
// elsewhere. A job started from another thread then waits for the first thread's event loop —
// forever when that thread is blocked, e.g. the CLI main thread waiting for a worker (seen in
// TestKeychainStore with a local QEventLoop per call). So all jobs start, run and finish on one
// dedicated thread with its own event loop; callers just block on a future, which needs no
// event loop in the calling thread.
class KeychainThread {
public:
    // The object whose thread runs the jobs; started on first use, stopped when the
    // QCoreApplication is destroyed. Null without a QCoreApplication.
    static QObject* context()
    {
        QMutexLocker lock(&s_mutex);
        if (!s_thread) {
            if (!QCoreApplication::instance())
                return nullptr;
            s_thread = std::make_unique<QThread>();
            s_thread->setObjectName(QStringLiteral("vaultocr-keychain"));
            s_context = new QObject;  // owned by the thread: deleteLater() in stop()
            s_context->moveToThread(s_thread.get());
            s_thread->start();
            qAddPostRoutine(&KeychainThread::stop);
        }
        return s_context;
    }
    static bool isCurrent()
    {
        QMutexLocker lock(&s_mutex);
        return s_thread && QThread::currentThread() == s_thread.get();
    }

private:
    static void stop()
    {
        std::unique_ptr<QThread> thread;
        {
            QMutexLocker lock(&s_mutex);
            thread = std::move(s_thread);
            if (s_context)
                s_context->deleteLater();  // runs as the thread finishes
            s_context = nullptr;
        }
        if (thread) {
            thread->quit();
            thread->wait();
        }
    }

    static inline QMutex s_mutex;
    static inline std::unique_ptr<QThread> s_thread;
    static inline QObject* s_context = nullptr;
};

struct JobOutcome {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    SecureBuffer data;  // read jobs only
};

// Copies a read job's result into secure memory and scrubs the job's own buffer. binaryData()
// shares the job's buffer, so wiping through it (instead of a detached copy) wipes the only
// plaintext copy on the Qt side rather than making one more.
SecureBuffer takeSecret(QKeychain::ReadPasswordJob& job)
{
    const QByteArray shared = job.binaryData();
    SecureBuffer out = SecureBuffer::copyOf(shared.constData(), size_t(shared.size()));
    if (!shared.isEmpty())
        sodium_memzero(const_cast<char*>(shared.constData()), size_t(shared.size()));
    return out;
}

// Runs the job made by `make` on the keychain thread and waits for it. `make` runs on that
// thread; everything it captures by reference outlives the wait.
JobOutcome runJob(const std::function<QKeychain::Job*()>& make)
{
    if (KeychainThread::isCurrent())
        return {QKeychain::OtherError, QStringLiteral("re-entrant keychain call"), {}};
    QObject* context = KeychainThread::context();
    if (!context)
        return {QKeychain::OtherError, QStringLiteral("no QCoreApplication"), {}};
    auto promise = std::make_shared<std::promise<JobOutcome>>();
    std::future<JobOutcome> future = promise->get_future();
    QMetaObject::invokeMethod(context, [&make, promise] {
        QKeychain::Job* job = make();
        job->setAutoDelete(false);
        // Never setInsecureFallback(true): it writes the key in plain text to ~/.config.
        QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job* j) {
            JobOutcome outcome {j->error(), j->errorString(), {}};
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j); read && outcome.error == QKeychain::NoError)
                outcome.data = takeSecret(*read);
            if (auto* write = qobject_cast<QKeychain::WritePasswordJob*>(j))
                write->setBinaryData(QByteArray());  // drop the reference to the caller's key memory
            j->deleteLater();
            promise->set_value(std::move(outcome));
        });
        job->start();
    });
    return future.get();
}

// Whether the Secret Service's default keyring is locked. QtKeychain reports a locked keyring
// whose unlock prompt could not be shown (no display, or dismissed) as "entry not found", which
// would send the user to recovery for a key that is still there; the service itself knows.
bool defaultKeyringLocked()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage alias = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
                                                       QStringLiteral("org.freedesktop.Secret.Service"),
                                                       QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusMessage aliasReply = bus.call(alias, QDBus::Block, 5000);
    if (aliasReply.type() != QDBusMessage::ReplyMessage || aliasReply.arguments().isEmpty())
        return false;
    const QString collection = qdbus_cast<QDBusObjectPath>(aliasReply.arguments().constFirst()).path();
    if (collection.isEmpty() || collection == QLatin1String("/"))
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(service, collection, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                     QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage lockedReply = bus.call(get, QDBus::Block, 5000);
    if (lockedReply.type() != QDBusMessage::ReplyMessage || lockedReply.arguments().isEmpty())
        return false;
    return qdbus_cast<QDBusVariant>(lockedReply.arguments().constFirst()).variant().toBool();
}

Error jobError(const JobOutcome& outcome)
{
    if (defaultKeyringLocked())
        return makeError(ErrorCode::AuthFailed,
                         tr("the keychain is locked: unlock your login keyring (log in to the desktop session) "
                            "and try again; the vault key is still stored in it"));
    if (outcome.error == QKeychain::EntryNotFound)
        return makeError(ErrorCode::AuthFailed,
                         tr("the vault key is not in the keychain (use 'vaultocr recover' with your recovery key)"));
    return makeError(ErrorCode::AuthFailed, tr("the keychain is not reachable: %1").arg(outcome.errorString));
}

}  // namespace

KeychainStore::KeychainStore(QString service) : m_service(std::move(service)) {}

Result<SecureBuffer> KeychainStore::read(const QString& account)
{
    JobOutcome outcome = runJob([&]() -> QKeychain::Job* {
        auto* job = new QKeychain::ReadPasswordJob(m_service);  // deleted by runJob (deleteLater)
        job->setKey(account);
        return job;
    });
    if (outcome.error != QKeychain::NoError)
        return jobError(outcome);
    if (outcome.data.isEmpty())
        return makeError(ErrorCode::AuthFailed, tr("the keychain entry for this vault is empty"));
    return std::move(outcome.data);
}

Result<void> KeychainStore::write(const QString& account, const SecureBuffer& key)
{
    if (key.isEmpty())
        return makeError(ErrorCode::Internal, tr("refusing to store an empty key"));
    JobOutcome outcome = runJob([&]() -> QKeychain::Job* {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(account);
        // fromRawData: no copy on our side. QtKeychain base64-encodes it for the Secret Service
        // when the job runs; the caller's buffer stays alive until runJob returns.
        job->setBinaryData(QByteArray::fromRawData(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())));
        return job;
    });
    if (outcome.error != QKeychain::NoError)
        return jobError(outcome);
    return {};
}

Result<void> KeychainStore::remove(const QString& account)
{
    JobOutcome outcome = runJob([&]() -> QKeychain::Job* {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(account);
        return job;
    });
    // Removing what is not there leaves the keychain as the caller wants it.
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
        return jobError(outcome);
    return {};
}

}  // namespace vo
