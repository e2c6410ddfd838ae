// vault.header: VaultHeader::parse, the function VaultHeader::read runs on the file's bytes.
// Each input is tried as it is (size, magic, digest) and once more with a correct digest of its
// first 28 bytes, so the fuzzer also reaches the version and UUID checks behind the BLAKE2b.

#include "FuzzSupport.h"

#include "vault/VaultCrypto.h"
#include "vault/VaultHeader.h"

#include <cstdlib>

using namespace vo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    ensureSodium();
    const QByteArray in = fuzz::bytes(data, size);
    if (auto h = VaultHeader::parse(in); h && h->uuidBytes() != in.mid(12, 16))
        std::abort();  // a header that parses names the UUID it holds

    if (in.size() >= 28) {
        const QByteArray fields = in.left(28);
        auto h = VaultHeader::parse(fields + genericHash(fields, 32));
        if (h && (h->uuid().isNull() || h->uuidBytes() != fields.mid(12, 16)))
            std::abort();
    }
    return 0;
}
