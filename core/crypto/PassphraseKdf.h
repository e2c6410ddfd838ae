#pragma once
// Passphrase → key with Argon2id (crypto_pwhash), never below libsodium's MODERATE limits.
// The vault stores opsLimit/memLimit/salt in its header so the parameters can be raised later.

#include "crypto/SecureBuffer.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace vo {

constexpr size_t kKdfSaltBytes = 16;  // crypto_pwhash_SALTBYTES

struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    QByteArray salt;  // 16 bytes
    static KdfParams moderate();  // MODERATE limits and a fresh random salt
};

// 32 bytes. Parameters below MODERATE, absurdly high, or a salt that is not 16 bytes → Usage.
Result<SecureBuffer> deriveKey(const SecureBuffer& passphrase, const KdfParams& params);

// Read a passphrase without echo from the terminal (/dev/tty) or from a file, straight into a
// SecureBuffer. An empty passphrase is refused (Usage). No terminal → AuthFailed.
Result<SecureBuffer> readPassphraseFromTerminal(const QString& prompt, bool confirm);
Result<SecureBuffer> readPassphraseFromFile(const QString& path);  // strips one trailing newline

constexpr size_t kMaxPassphraseBytes = 4096;

}  // namespace vo
