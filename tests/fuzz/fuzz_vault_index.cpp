// vault.index, three ways (the first input byte picks one; seeds carry it):
//   0  the whole file: index_file::decode (magic, key-slot length, checksum, KeySlots::parse),
//      then index_file::open with the fixed key (the AEAD refuses almost everything);
//   1  the decrypted record layer: VaultIndex::parse on the plaintext; what parses must survive
//      serialize → parse unchanged;
//   2  decrypt-then-parse: the plaintext sealed with the fixed key by index_file::encodeSerialized
//      (the writer's own path), then decode → open, as Vault::open reads the file.

#include "FuzzSupport.h"

#include "vault/IndexFile.h"
#include "vault/VaultCrypto.h"

#include <cstdlib>

using namespace vo;

namespace {

const VaultHeader& fixedHeader()
{
    static const VaultHeader header = [] {
        QByteArray fields = QByteArrayLiteral("VAULTOCR") + QByteArray("\0\1\0\0", 4);
        fields += QByteArray::fromHex("8f0e1c2d3b4a49568a7b6c5d4e3f2011");
        return VaultHeader::parse(fields + genericHash(fields, 32)).value();
    }();
    return header;
}

KeySlots fixedSlots(const SecureBuffer& key)
{
    KeySlots ks;
    ks.recoverySlot = QByteArray(72, 'r');
    ks.keyId = keyIdentifier(key);
    return ks;
}

void roundTrip(const VaultIndex& idx)
{
    const QByteArray again = idx.serialize();
    auto reparsed = VaultIndex::parse(again);
    if (!reparsed || reparsed->serialize() != again)
        std::abort();  // the writer's own output must parse back to the same index
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    if (size < 1)
        return 0;
    static const SecureBuffer key = fuzz::fixedKey();
    const QByteArray in = fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        if (auto env = index_file::decode(in); env)
            (void)index_file::open(env.value(), fixedHeader(), key);
        break;
    case 1:
        if (auto idx = VaultIndex::parse(in); idx)
            roundTrip(idx.value());
        break;
    case 2: {
        auto file = index_file::encodeSerialized(fixedHeader(), fixedSlots(key), key, in);
        if (!file)
            std::abort();
        auto env = index_file::decode(file.value());
        if (!env)
            std::abort();  // our own front must always decode
        if (auto idx = index_file::open(env.value(), fixedHeader(), key); idx)
            roundTrip(idx.value());
        break;
    }
    }
    return 0;
}
