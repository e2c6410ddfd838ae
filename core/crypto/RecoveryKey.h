#pragma once
// The recovery key: the 32-byte key shown as RFC 4648 base32 (no padding) in 13 groups of 4,
// followed by one 4-character checksum group, e.g. "ABCD-EFGH-…-WXYZ" (69 characters).
// The checksum is a position-weighted sum of the 52 symbols modulo a prime just under 2^20,
// so ANY single mistyped character and ANY swap of two different characters is detected
// (not just with high probability). Text stays in secure memory throughout.

#include "crypto/SecureBuffer.h"
#include "util/Result.h"

namespace vo {

constexpr size_t kRecoveryKeyGroups = 14;       // 13 data groups + 1 checksum group
constexpr size_t kRecoveryKeyTextBytes = 69;    // 14 * 4 characters + 13 dashes

SecureBuffer formatRecoveryKey(const SecureBuffer& key);          // text, in secure memory
// Tolerant of lower case, spaces, tabs, newlines and dashes. Wrong length, a character outside
// the alphabet or a checksum mismatch → Usage "the recovery key is mistyped …".
Result<SecureBuffer> parseRecoveryKey(const SecureBuffer& text);

}  // namespace vo
