// The privacy promises, checked on the built binary from the outside: no networking library in
// its NEEDED entries, no internet socket in a full OCR run under strace, the seccomp filter
// active in the running process, and nothing of the document in its logs.
#include "TestUtil.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vo::test;

class TestPrivacyCli : public QObject {
    Q_OBJECT
private slots:
    void noNetworkingLibraryLinked()
    {
        const ProcessResult r = run(QStringLiteral("readelf"), {QStringLiteral("-d"), vaultocrBinary()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("(NEEDED)"));
        QVERIFY(r.out.contains("libtesseract"));  // the check sees real entries
        for (const char* lib : {"Qt6Network", "libcurl", "libssl", "libgnutls", "libnghttp"})
            QVERIFY2(!r.out.contains(lib), lib);
    }

    void noInternetSocketDuringOcr()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(QStringLiteral("strace.txt"));
        const ProcessResult r = run(QStringLiteral("strace"),
                                    {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                     QStringLiteral("trace=socket,connect,socketpair"), QStringLiteral("-o"), trace,
                                     vaultocrBinary(), QStringLiteral("ocr"), dataFile(QStringLiteral("tess_phototest.tif")),
                                     QStringLiteral("-o"), dir.filePath(QStringLiteral("o.pdf")), QStringLiteral("--jobs"),
                                     QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(trace));
        const QString log = readText(trace);
        for (const char* family : {"AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK"})
            QVERIFY2(!log.contains(QLatin1String(family)), qPrintable(log));
    }

    // The strace check above can fail: the same trace of a process that does open an internet
    // socket shows it.
    void straceSeesInternetSockets()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(QStringLiteral("control.txt"));
        run(QStringLiteral("strace"), {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                       QStringLiteral("trace=socket,connect"), QStringLiteral("-o"), trace,
                                       QStringLiteral("bash"), QStringLiteral("-c"),
                                       QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/9 || true")});
        QVERIFY(readText(trace).contains(QLatin1String("AF_INET")));
    }

    void guardActiveInRunningProcess()
    {
        const ProcessResult r = run(vaultocrBinary(), {QStringLiteral("doctor")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Network guard: active (seccomp mode 2"), r.out.constData());
        QVERIFY(r.out.contains("OpenMP thread limit: 1"));
    }

    // With every Qt debug category switched on, a full run prints nothing at all: not a word of
    // the document, not its name.
    void nothingOfTheDocumentInLogs()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        const QString input = dataFile(QStringLiteral("tess_phototest.tif"));
        const ProcessResult r = run(vaultocrBinary(), {QStringLiteral("ocr"), input, QStringLiteral("-o"),
                                                      dir.filePath(QStringLiteral("o.pdf")), QStringLiteral("--hocr"),
                                                      dir.filePath(QStringLiteral("o.hocr"))},
                                    env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray());
        // The outputs hold no trace of the input's name or location.
        for (const QString& f : {QStringLiteral("o.pdf"), QStringLiteral("o.hocr")}) {
            const QByteArray bytes = readBytes(dir.filePath(f));
            QVERIFY(!bytes.isEmpty());
            QVERIFY2(!bytes.contains("phototest") && !bytes.contains(dataDir().toUtf8()), qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivacyCli)
#include "TestPrivacyCli.moc"
