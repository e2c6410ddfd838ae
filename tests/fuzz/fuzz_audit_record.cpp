// audit.log, three ways (the first input byte picks one; seeds carry it):
//   0  the decrypted record layer: AuditLog::decodePayload on the bytes;
//   1  the raw log as read from disk: AuditLog::parse and verifyBytes (the AEAD refuses almost
//      everything, but framing, partial records and the anchor checks run);
//   2  decrypt-then-parse: the rest cut into 32-byte payloads, each sealed and chained with the
//      fixed audit secret by AuditLog::encodeRecord (the append path's own code), a leftover tail
//      kept as a torn record; then parse and verifyBytes. Bit 2 of the first byte makes the
//      sequence numbers right, so records get past the order check to the chain and the anchor.

#include "FuzzSupport.h"

#include "vault/AuditLog.h"

#include <QtEndian>

#include <cstdlib>

using namespace vo;

namespace {

const AuditLog& fixedLog()
{
    static const SecureBuffer secret = fuzz::fixedKey(7);
    static const AuditLog log(QStringLiteral("/nonexistent/audit.log"), secret, QByteArray(32, 'h'));
    return log;
}

void check(const QByteArray& logBytes, quint8 anchorByte)
{
    const AuditLog& log = fixedLog();
    auto records = log.parse(logBytes);
    AuditAnchor anchor;
    anchor.count = anchorByte % 8;
    if (anchor.count > 0 && logBytes.size() >= qsizetype(anchor.count) * AuditLog::kRecordBytes)
        anchor.lastMac = logBytes.mid(qsizetype(anchor.count) * AuditLog::kRecordBytes - 32, 32);
    const AuditVerifyReport rep = log.verifyBytes(logBytes, anchor);
    // Two readers of the same bytes must agree: a log parse() accepts in full verifies (up to
    // the anchor and the torn-tail checks, which only verify() makes).
    if (records && !rep.ok && rep.firstBadRecord <= qint64(records->size()) && rep.firstBadRecord >= 1
        && logBytes.size() % AuditLog::kRecordBytes == 0 && quint64(records->size()) >= anchor.count)
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::quietQt();
    if (size < 1)
        return 0;
    const quint8 mode = data[0];
    const QByteArray in = fuzz::bytes(data + 1, size - 1);
    switch (mode % 3) {
    case 0:
        if (auto r = AuditLog::decodePayload(in); r && in.size() != 32)
            std::abort();
        break;
    case 1:
        check(in, mode >> 2);
        break;
    case 2: {
        const AuditLog& log = fixedLog();
        QByteArray logBytes;
        QByteArray prev = log.genesisMac();
        qsizetype at = 0;
        for (quint64 i = 0; at + 32 <= in.size() && i < 64; ++i, at += 32) {
            QByteArray payload = in.mid(at, 32);
            if (mode & 4)
                qToBigEndian<quint64>(i, payload.data());
            const QByteArray record = log.encodeRecord(payload, prev);
            if (record.size() != AuditLog::kRecordBytes)
                std::abort();
            prev = record.right(32);
            logBytes += record;
        }
        logBytes += in.mid(at, AuditLog::kRecordBytes - 1);  // a torn tail, if any bytes are left
        check(logBytes, mode >> 3);
        break;
    }
    }
    return 0;
}
