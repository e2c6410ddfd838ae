#include "crypto/RecoveryKey.h"

#include <QCoreApplication>

#include <sodium.h>

namespace vo {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";  // RFC 4648 base32
constexpr size_t kDataSymbols = (kKeyBytes * 8 + 4) / 5;             // 52 (the last holds 1 bit + 4 zero bits)
constexpr size_t kChecksumSymbols = 4;
constexpr size_t kSymbols = kDataSymbols + kChecksumSymbols;          // 56
constexpr size_t kGroup = 4;
constexpr quint32 kPrime = 1048573;  // largest prime below 2^20, so the checksum fits 4 symbols

static_assert(kDataSymbols % kGroup == 0 && kSymbols / kGroup == kRecoveryKeyGroups);
static_assert(kRecoveryKeyTextBytes == kSymbols + kRecoveryKeyGroups - 1);

QString tr(const char* s) { return QCoreApplication::translate("RecoveryKey", s); }

// Σ (i+1)·s_i mod p. Changing one symbol by d (0 < |d| < 32) changes the sum by d·(i+1), which
// is below p and so never 0 mod p; swapping two different symbols changes it by
// (s_i − s_j)(i − j) ≠ 0 mod p. Both mistakes are therefore always caught.
quint32 checksum(const unsigned char* symbols)
{
    quint64 sum = 0;
    for (size_t i = 0; i < kDataSymbols; ++i)
        sum += quint64(i + 1) * symbols[i];
    return quint32(sum % kPrime);
}

int symbolValue(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<unsigned char>(c - 'a' + 'A');
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

bool isSeparator(unsigned char c) { return c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r'; }

Error mistyped(const QString& detail)
{
    return makeError(ErrorCode::Usage, tr("the recovery key is mistyped: %1").arg(detail));
}

}  // namespace

SecureBuffer formatRecoveryKey(const SecureBuffer& key)
{
    Q_ASSERT(key.size() == kKeyBytes);
    SecureBuffer symbols(kSymbols);
    // Base32: take 5 bits at a time, most significant first; the tail is padded with zero bits.
    for (size_t i = 0; i < kDataSymbols; ++i) {
        const size_t bit = i * 5;
        unsigned v = 0;
        for (size_t b = 0; b < 5; ++b) {
            const size_t pos = bit + b;
            const unsigned bitValue = pos < key.size() * 8 ? (key.data()[pos / 8] >> (7 - pos % 8)) & 1u : 0u;
            v = (v << 1) | bitValue;
        }
        symbols.data()[i] = static_cast<unsigned char>(v);
    }
    const quint32 sum = checksum(symbols.data());
    for (size_t i = 0; i < kChecksumSymbols; ++i)
        symbols.data()[kDataSymbols + i] = static_cast<unsigned char>((sum >> (5 * (kChecksumSymbols - 1 - i))) & 31u);

    SecureBuffer text(kRecoveryKeyTextBytes);
    size_t out = 0;
    for (size_t i = 0; i < kSymbols; ++i) {
        if (i > 0 && i % kGroup == 0)
            text.data()[out++] = '-';
        text.data()[out++] = static_cast<unsigned char>(kAlphabet[symbols.data()[i]]);
    }
    return text;
}

Result<SecureBuffer> parseRecoveryKey(const SecureBuffer& text)
{
    SecureBuffer symbols(kSymbols);
    size_t count = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = text.data()[i];
        if (isSeparator(c))
            continue;
        const int v = symbolValue(c);
        if (v < 0)
            return mistyped(tr("character %1 is not one of A–Z and 2–7").arg(count + 1));
        if (count == kSymbols)
            return mistyped(tr("it has more than %1 characters").arg(kSymbols));
        symbols.data()[count++] = static_cast<unsigned char>(v);
    }
    if (count != kSymbols)
        return mistyped(tr("it has %1 characters instead of %2").arg(count).arg(kSymbols));

    quint32 stated = 0;
    for (size_t i = 0; i < kChecksumSymbols; ++i)
        stated = (stated << 5) | symbols.data()[kDataSymbols + i];
    // The last data symbol carries one key bit; its four padding bits must be zero.
    const unsigned paddingBits = kDataSymbols * 5 - kKeyBytes * 8;
    const unsigned paddingMask = (1u << paddingBits) - 1u;
    if (stated != checksum(symbols.data()) || (symbols.data()[kDataSymbols - 1] & paddingMask) != 0)
        return mistyped(tr("the checksum does not match; check every group"));

    SecureBuffer key(kKeyBytes);
    for (size_t pos = 0; pos < kKeyBytes * 8; ++pos) {
        const unsigned bitValue = (symbols.data()[pos / 5] >> (4 - pos % 5)) & 1u;
        key.data()[pos / 8] = static_cast<unsigned char>(key.data()[pos / 8] | (bitValue << (7 - pos % 8)));
    }
    return key;
}

}  // namespace vo
