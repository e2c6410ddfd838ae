#pragma once
// Shared by the libFuzzer targets: quiet Qt, fixed test keys, and bytes as Qt types.
// The keys are constants on purpose: a fuzzer can only reach a parser behind authenticated
// encryption if the harness seals its input with a key it knows.

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdint>
#include <cstring>

namespace vo::fuzz {

// Qt's and the libraries' warnings about broken input are expected by the thousand; printing
// them would only slow the fuzzer down. Sanitizer reports do not go through Qt.
inline void quietQt()
{
    static const bool once = [] {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
        return true;
    }();
    (void)once;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// 32 bytes 0x00, 0x01, … (+ `salt`): a fixed key for the sealing harnesses and the seed generator.
inline SecureBuffer fixedKey(unsigned char salt = 0)
{
    ensureSodium();
    SecureBuffer key(kKeyBytes);
    for (size_t i = 0; i < kKeyBytes; ++i)
        key.data()[i] = static_cast<unsigned char>(i + salt);
    return key;
}

}  // namespace vo::fuzz
