// The privacy promises for the desktop app (issue 6), proven from the outside on its whole
// workflow: GuiPrivacyWorkflow (the real widgets, the app's start-up hardening, a real keychain
// vault) runs under strace with HOME, TMPDIR and every XDG folder in a fresh root and every Qt
// debug category switched on. Its page holds a random marker word and its file name a second one.
// Afterwards: no internet, packet or netlink socket was opened (and AF_UNIX ones were: strace saw
// the process), the seccomp filter was still in force at the end, neither marker is in its output
// (while Qt's debug messages did reach the log handler), no recent-files list, thumbnail, cache
// or temp file exists, the vault holds no run of the original, and the markers — as UTF-8, as
// UTF-16LE or inside any zlib/gzip stream — are in no file under the root, in /tmp or /dev/shm
// except the files the user exported.

#include "CanaryScan.h"
#include "TestUtil.h"
#include "TextPage.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <sys/stat.h>

using namespace vo::test;

namespace {

// The marker, deflated by zlib itself (78 9C) or as a gzip member (1F 8B), with padding around.
QByteArray deflated(const QByteArray& text, bool gzip)
{
    const QByteArray plain = QByteArray(500, ' ') + text + QByteArray(500, ' ');
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, gzip ? 16 + MAX_WBITS : MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(plain.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.constData()));
    z.avail_in = uInt(plain.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

}  // namespace

class TestGuiPrivacy : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeWorkflowLeavesNoTrace();

private:
    QString path(const QString& rel) const { return m_root.filePath(rel); }
    QProcessEnvironment driverEnvironment() const;
    void scannerFindsHiddenMarkers(const QList<QByteArray>& needles, const QByteArray& marker);

    QTemporaryDir m_root;
    QTemporaryDir m_traceDir;  // outside the root: the trace is ours, not the app's
};

void TestGuiPrivacy::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
    QVERIFY2(QFile::exists(qEnvironmentVariable("VAULTOCR_GUI_PRIVACY_DRIVER")), "GuiPrivacyWorkflow not built");
    QVERIFY(m_root.isValid() && m_traceDir.isValid());
    for (const char* dir : {"home/.local/share", "home/.local/state", "home/.config", "home/.cache", "tmp", "run",
                            "source", "export"})
        QVERIFY(QDir().mkpath(path(QString::fromLatin1(dir))));
    QVERIFY(::chmod(QFile::encodeName(path(QStringLiteral("run"))).constData(), 0700) == 0);
}

QProcessEnvironment TestGuiPrivacy::driverEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();  // keeps DBUS_SESSION_BUS_ADDRESS, PATH
    for (const char* unset : {"DISPLAY", "WAYLAND_DISPLAY", "VAULTOCR_VAULT", "VAULTOCR_DEBUG_LOG"})
        env.remove(QString::fromLatin1(unset));
    const QList<std::pair<const char*, QString>> vars{
        {"HOME", path(QStringLiteral("home"))},
        {"TMPDIR", path(QStringLiteral("tmp"))},
        {"XDG_DATA_HOME", path(QStringLiteral("home/.local/share"))},
        {"XDG_CONFIG_HOME", path(QStringLiteral("home/.config"))},
        {"XDG_CACHE_HOME", path(QStringLiteral("home/.cache"))},
        {"XDG_STATE_HOME", path(QStringLiteral("home/.local/state"))},
        {"XDG_RUNTIME_DIR", path(QStringLiteral("run"))},
        {"QT_QPA_PLATFORM", QStringLiteral("offscreen")},
        {"OMP_THREAD_LIMIT", QStringLiteral("1")},
        {"QT_LOGGING_RULES", QStringLiteral("*.debug=true")},
    };
    for (const auto& [name, value] : vars)
        env.insert(QString::fromLatin1(name), value);
    return env;
}

// Positive controls in the root's TMPDIR: the scan finds a marker that is there only inside a
// zlib stream, only inside a gzip member, or only as UTF-16LE — and nothing else there.
void TestGuiPrivacy::scannerFindsHiddenMarkers(const QList<QByteArray>& needles, const QByteArray& marker)
{
    const QByteArray z = deflated(marker, false);
    const QByteArray gz = deflated(marker, true);
    QVERIFY(z.startsWith("\x78\x9c") && gz.startsWith("\x1f\x8b"));
    QVERIFY(!z.contains(marker) && !gz.contains(marker));
    const QString tmp = path(QStringLiteral("tmp"));
    const QStringList controls{tmp + QStringLiteral("/control-gzip.gz"), tmp + QStringLiteral("/control-utf16.bin"),
                               tmp + QStringLiteral("/control-zlib.bin")};
    QVERIFY(writeBytes(controls[0], "junk" + gz));
    QVERIFY(writeBytes(controls[1], "\xff\xfe" + utf16le(QString::fromUtf8(marker))));
    QVERIFY(writeBytes(controls[2], "%PDF-1.7 stream\n" + z + "\nendstream"));
    const QStringList found = filesContaining(tmp, needles);
    for (const QString& c : controls)
        QFile::remove(c);
    QCOMPARE(found, controls);
}

void TestGuiPrivacy::wholeWorkflowLeavesNoTrace()
{
    const QDateTime start = QDateTime::currentDateTime().addSecs(-1);
    const QString marker = QStringLiteral("Canary") + randomSyllables(5);
    const QString nameMarker = QStringLiteral("Personnel-") + randomSyllables(6);
    const QString page = path(QStringLiteral("source/")) + nameMarker + QStringLiteral(".png");
    QVERIFY(renderTextPage(page, {QStringLiteral("Confidential personnel record"),
                                  QStringLiteral("Employee code ") + marker,
                                  QStringLiteral("Salary review next year")}));
    const QString exportDir = path(QStringLiteral("export"));
    const QString trace = m_traceDir.filePath(QStringLiteral("strace.txt"));

    QElapsedTimer clock;
    clock.start();
    const ProcessResult r = run(QStringLiteral("strace"),
                                {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-e"),
                                 QStringLiteral("trace=socket,connect"), QStringLiteral("-o"), trace,
                                 qEnvironmentVariable("VAULTOCR_GUI_PRIVACY_DRIVER"), page, exportDir, marker,
                                 QStringLiteral("Salary"), QStringLiteral("Bonus")},
                                driverEnvironment(), 240'000);
    qInfo("GUI workflow under strace: %lld ms", clock.elapsed());
    const QByteArray output = r.out + r.err;
    QVERIFY2(r.exitCode == 0 && !r.crashed, output.constData());
    QVERIFY2(r.out.contains("workflow verified\n"), r.out.constData());
    QCOMPARE(r.out.count("step "), 12);
    QVERIFY(!r.out.contains("FAILED"));
    // 1, 4 The app's start-up hardening was in force to the end: seccomp filter, no core dumps.
    QVERIFY2(r.out.contains("guard installed=1 seccomp=2 dumpable=0 core=0\n"), r.out.constData());

    // 1 No network: strace saw the process's sockets (D-Bus to the keychain), none of them internet.
    const QString log = readText(trace);
    QVERIFY2(log.contains(QLatin1String("socket(AF_UNIX")), qPrintable(log));
    for (const char* family : {"AF_INET", "AF_INET6", "AF_PACKET", "AF_NETLINK"})
        QVERIFY2(!log.contains(QLatin1String(family)), qPrintable(log));
    qInfo("AF_UNIX sockets: %lld", qint64(log.count(QLatin1String("socket(AF_UNIX"))));

    // 3 Nothing of the document in the output, with every debug category on — and they were on:
    // Qt's debug messages reached the app's log handler (which prints none of them).
    const QList<QByteArray> needles = canaryNeedles({marker, nameMarker});
    for (const QByteArray& n : needles)
        QVERIFY2(!output.contains(n), "a marker is in the app's output");
    static const QRegularExpression debugCount(QStringLiteral("qt debug messages handled: (\\d+)"));
    const int debugMessages = debugCount.match(QString::fromUtf8(r.out)).captured(1).toInt();
    qInfo("Qt debug messages that reached the log handler: %d; printed output: %lld bytes", debugMessages,
          qint64(output.size()));
    QVERIFY2(debugMessages > 0, r.out.constData());

    // 2 No recent-files list; the preferences were saved on quit (and are scanned below).
    QDirIterator xbel(m_root.path(), {QStringLiteral("recently-used.xbel*")}, QDir::Files | QDir::Hidden,
                      QDirIterator::Subdirectories);
    QVERIFY2(!xbel.hasNext(), qPrintable(xbel.hasNext() ? xbel.next() : QString()));
    const QString prefs = QStringLiteral("home/.config/VaultOCR/preferences.ini");
    QVERIFY2(readBytes(path(prefs)).contains("geometry"), qPrintable(prefs));
    // No thumbnails, previews, caches or temp files: besides the user's own folders the root holds
    // the vault (in the default place) and the preferences, nothing else.
    const QString vault = QStringLiteral("home/.local/share/VaultOCR/VaultOCR/vault/");
    QVERIFY(QFile::exists(path(vault + QStringLiteral("vault.index"))));
    QStringList unexpected = filesBelow(m_root.path());
    unexpected.removeIf([&](const QString& f) {
        return f.startsWith(QLatin1String("source/")) || f.startsWith(QLatin1String("export/")) || f == prefs
            || f.startsWith(vault);
    });
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u' ')));
    // The vault holds no run of the original file in the clear.
    const QByteArray original = readBytes(page);
    QVERIFY(original.size() > 4096);
    QVERIFY(filesContaining(path(vault), {original.mid(original.size() / 2, 64)}).isEmpty());

    // The exported PDF is searchable and holds the correction.
    const ProcessResult pdf = run(QStringLiteral("pdftotext"), {path(QStringLiteral("export/page.pdf")),
                                                               QStringLiteral("-")});
    QVERIFY(pdf.exitCode == 0 && pdf.out.contains(marker.toUtf8()) && pdf.out.contains("Bonus review"));

    // 2 No plaintext at rest: the markers are only in what the user exported.
    scannerFindsHiddenMarkers(needles, marker.toUtf8());
    if (QTest::currentTestFailed())
        return;
    QStringList hits = filesContaining(m_root.path(), needles);
    for (const QString& shared : {QStringLiteral("/tmp"), QDir::tempPath(), QStringLiteral("/dev/shm")})
        hits << filesContaining(shared, needles, start);
    hits.removeDuplicates();
    hits.removeIf([&](const QString& p) { return p.startsWith(path(QStringLiteral("source/"))); });
    hits.sort();
    const QStringList exports{path(QStringLiteral("export/page.hocr")), path(QStringLiteral("export/page.pdf")),
                              path(QStringLiteral("export/page.txt"))};
    qInfo("files holding a marker: %s", qPrintable(hits.join(u' ')));
    for (const QString& hit : hits)
        QVERIFY2(exports.contains(hit), qPrintable(QStringLiteral("a marker is in ") + hit));
    QVERIFY(hits.contains(exports[2]) && hits.contains(exports[0]));
    qInfo("files scanned below the root: %lld", qint64(filesBelow(m_root.path()).size()));
}

QTEST_MAIN(TestGuiPrivacy)
#include "TestGuiPrivacy.moc"
