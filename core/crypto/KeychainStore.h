#pragma once
// KeyStore on the OS keychain through QtKeychain (Secret Service on Linux), service "VaultOCR"
// (overridable for tests), account = vault UUID. Never enables QtKeychain's insecure plaintext
// fallback. Blocking API: each call hands its job to one dedicated keychain thread (QtKeychain's
// job queue is not thread-safe, see KeychainStore.cpp) and waits for the result, so it works
// from the CLI main thread and from any worker thread (QThread or std::thread), with or without
// a running event loop. Needs a QCoreApplication; the thread stops when it is destroyed.
// Do not call it from a slot that the keychain thread itself runs.

#include "crypto/KeyStore.h"

namespace vo {

class KeychainStore : public KeyStore {
public:
    explicit KeychainStore(QString service = QStringLiteral("VaultOCR"));

    Result<SecureBuffer> read(const QString& account) override;
    Result<void> write(const QString& account, const SecureBuffer& key) override;
    Result<void> remove(const QString& account) override;

    const QString& service() const { return m_service; }

private:
    QString m_service;
};

}  // namespace vo
