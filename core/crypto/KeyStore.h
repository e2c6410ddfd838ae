#pragma once
// Where the master key (or a key-encryption key) lives between sessions.

#include "crypto/SecureBuffer.h"
#include "util/Result.h"

#include <QString>

namespace vo {

class KeyStore {
public:
    virtual ~KeyStore() = default;
    // Missing entry → AuthFailed with a hint to use the recovery key; unreachable store → AuthFailed.
    virtual Result<SecureBuffer> read(const QString& account) = 0;
    virtual Result<void> write(const QString& account, const SecureBuffer& key) = 0;
    virtual Result<void> remove(const QString& account) = 0;
};

}  // namespace vo
