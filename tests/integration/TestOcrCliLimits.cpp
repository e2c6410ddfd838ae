// Decompression bombs are refused before decoding: a PNG whose header claims 60000×60000 pixels
// (3.6 gigapixels, ~10 GB decoded) fails with exit 3, and the process never grows past 300 MB.
#include "TestUtil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/resource.h>
#include <zlib.h>

using namespace vo::test;

namespace {

QByteArray chunk(const char* type, const QByteArray& data)
{
    QByteArray c;
    quint32 len = qToBigEndian(quint32(data.size()));
    c.append(reinterpret_cast<const char*>(&len), 4);
    const QByteArray body = QByteArray(type, 4) + data;
    c.append(body);
    quint32 crc = qToBigEndian(quint32(crc32(0, reinterpret_cast<const Bytef*>(body.constData()), uInt(body.size()))));
    c.append(reinterpret_cast<const char*>(&crc), 4);
    return c;
}

QByteArray bombPng(quint32 w, quint32 h)
{
    QByteArray ihdr;
    const quint32 bw = qToBigEndian(w), bh = qToBigEndian(h);
    ihdr.append(reinterpret_cast<const char*>(&bw), 4).append(reinterpret_cast<const char*>(&bh), 4);
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));  // 8-bit RGB
    // A few KB of zlib data of zeros: a real bomb decompresses to the full size.
    QByteArray zeros(1 << 20, '\0');
    uLongf cap = compressBound(uLong(zeros.size()));
    QByteArray idat(int(cap), '\0');
    compress2(reinterpret_cast<Bytef*>(idat.data()), &cap, reinterpret_cast<const Bytef*>(zeros.constData()),
              uLong(zeros.size()), 9);
    idat.resize(int(cap));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", {});
}

}  // namespace

class TestOcrCliLimits : public QObject {
    Q_OBJECT
private slots:
    void pixelBombRefusedBeforeDecoding()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("bomb.png"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bombPng(60000, 60000));
        f.close();
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        const ProcessResult r = run(vaultocrBinary(), {QStringLiteral("ocr"), input, QStringLiteral("-o"), pdf});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("megapixel"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!QFile::exists(pdf));

        struct rusage usage {};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        qInfo("peak RSS of vaultocr on the 60000x60000 PNG: %ld MB", usage.ru_maxrss / 1024);
        QVERIFY(usage.ru_maxrss < 300 * 1024);  // kilobytes on Linux
    }
};

QTEST_GUILESS_MAIN(TestOcrCliLimits)
#include "TestOcrCliLimits.moc"
