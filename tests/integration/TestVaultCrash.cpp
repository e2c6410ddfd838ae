// Crash consistency: the CLI is SIGKILLed at random moments during import (streaming and with
// OCR), delete, purge and rotate-key — at least 50 runs, each with its own seed — and the vault
// is reopened after every kill. Every committed document must decrypt byte-identical (original
// and text), no blob may remain that no document owns, no `.next` keychain entry may survive the
// reopen, and the audit trail must verify. Keychain mode, so no KDF cost per process.
#include "VaultCliSupport.h"

#include "crypto/KeychainStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <iterator>
#include <map>
#include <set>

using namespace vo;
using namespace vo::test;

namespace {

enum class Op { Import, ImportOcr, Delete, Purge, Rotate };
const char* opName(Op op)
{
    switch (op) {
    case Op::Import: return "import";
    case Op::ImportOcr: return "import+ocr";
    case Op::Delete: return "delete";
    case Op::Purge: return "purge";
    case Op::Rotate: return "rotate-key";
    }
    return "?";
}

struct Committed {
    QString source;
    QByteArray text;  // OCR'd documents: the text seen the first time
};

struct Outcome {
    bool killed = false;
    int exitCode = -1;
    QByteArray out;
    qint64 elapsedMs = 0;
};

}  // namespace

class TestVaultCrash : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<VaultCli> m_cli;
    QString m_uuid;
    QStringList m_sources;
    QString m_textPage;
    std::map<QString, Committed> m_docs;
    std::map<Op, qint64> m_durationMs;
    int m_killedMidway = 0;
    int m_leftPending = 0;   // kills that left a <uuid>.next keychain entry for the reopen to settle
    int m_leftOrphans = 0;   // kills that left blobs no index names

    // Starts the command and SIGKILLs it after `delayMs` unless it finished first.
    Outcome runAndKill(const QStringList& args, int delayMs)
    {
        QProcess p;
        p.setProcessEnvironment(m_cli->env());
        QStringList full = args;
        full.insert(1, QStringLiteral("--vault"));
        full.insert(2, m_cli->vault());
        p.start(vaultocrBinary(), full);
        Outcome o;
        QElapsedTimer t;
        t.start();
        if (!p.waitForStarted(10000))
            return o;
        if (!p.waitForFinished(delayMs)) {
            p.kill();  // SIGKILL
            p.waitForFinished(10000);
            o.killed = true;
        }
        o.elapsedMs = t.elapsed();
        o.exitCode = o.killed ? -1 : p.exitCode();
        o.out = p.readAllStandardOutput();
        return o;
    }

    QStringList opArgs(Op op, QRandomGenerator& rng, QString* source)
    {
        switch (op) {
        case Op::Import:
            *source = m_sources[int(rng.bounded(int(m_sources.size())))];
            return {QStringLiteral("import"), *source, QStringLiteral("--no-ocr")};
        case Op::ImportOcr:
            *source = m_textPage;
            return {QStringLiteral("import"), *source, QStringLiteral("--jobs"), QStringLiteral("1")};
        case Op::Delete: {
            auto it = m_docs.begin();
            std::advance(it, int(rng.bounded(int(m_docs.size()))));
            return {QStringLiteral("delete"), it->first};
        }
        case Op::Purge:
            return {QStringLiteral("purge")};
        case Op::Rotate:
            return {QStringLiteral("rotate-key")};
        }
        return {};
    }

    // An expiring document for `purge` to remove (it is never part of the committed model).
    void prepareExpired()
    {
        const ProcessResult r = (*m_cli)(QStringLiteral("import"), {m_sources[0], QStringLiteral("--no-ocr"),
                                                                   QStringLiteral("--expires-in"), QStringLiteral("1s")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QThread::msleep(1100);
    }

    // Reopens (a writer: finishes rotations, removes orphans, purges) and checks everything.
    void checkVault(const QString& context)
    {
        const ProcessResult list = (*m_cli)(QStringLiteral("list"), {QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, qPrintable(context + QString::fromUtf8(list.err)));
        const QJsonArray docs = listJson(list);
        std::set<QString> present;
        for (const QJsonValue& v : docs) {
            if (!v.toObject().value(QStringLiteral("expired")).toBool())
                present.insert(v.toObject().value(QStringLiteral("id")).toString());
        }
        for (const auto& [id, doc] : m_docs)
            QVERIFY2(present.count(id), qPrintable(context + QStringLiteral(": committed document lost ") + id));
        int blobsExpected = 0;
        for (const QJsonValue& v : docs)
            blobsExpected += v.toObject().value(QStringLiteral("ocr")).toString() == QLatin1String("done") ? 3 : 1;
        const QStringList blobs = QDir(m_cli->vault() + QStringLiteral("/blobs")).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(int(blobs.size()) == blobsExpected,
                 qPrintable(QStringLiteral("%1: %2 blobs for %3 expected").arg(context).arg(blobs.size()).arg(blobsExpected)));
        const QStringList rootFiles = QDir(m_cli->vault()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(rootFiles, QStringList({QStringLiteral("audit.log"), QStringLiteral("vault.header"),
                                         QStringLiteral("vault.index"), QStringLiteral("vault.lock")}));
        QVERIFY2(!KeychainStore().read(m_uuid + QStringLiteral(".next")).ok(), qPrintable(context));
        for (auto& [id, doc] : m_docs) {
            const QString out = m_dir.filePath(QStringLiteral("check.bin"));
            QFile::remove(out);
            const ProcessResult e = (*m_cli)(QStringLiteral("export"), {id, QStringLiteral("--original"), QStringLiteral("-o"), out});
            QVERIFY2(e.exitCode == 0, qPrintable(context + QString::fromUtf8(e.err)));
            QVERIFY2(readBytes(out) == readBytes(doc.source), qPrintable(context + QStringLiteral(": bytes differ ") + id));
            if (doc.source == m_textPage) {
                const ProcessResult t = (*m_cli)(QStringLiteral("text"), {id});
                QCOMPARE(t.exitCode, 0);
                if (doc.text.isEmpty())
                    doc.text = t.out;
                QVERIFY2(t.out == doc.text, qPrintable(context));
            }
        }
        const ProcessResult audit = (*m_cli)(QStringLiteral("audit"), {QStringLiteral("--verify")});
        QVERIFY2(audit.exitCode == 0, qPrintable(context + QString::fromUtf8(audit.err)));
    }

    // What the killed (or finished) operation did, as seen after the reopen.
    void reconcile(Op op, const QStringList& args, const QString& source, const Outcome& o)
    {
        const QJsonArray docs = listJson((*m_cli)(QStringLiteral("list"), {QStringLiteral("--json")}));
        if (op == Op::Import || op == Op::ImportOcr) {
            const QStringList ids = idsFrom(o.out);
            for (const QJsonValue& v : docs) {
                const QString id = v.toObject().value(QStringLiteral("id")).toString();
                if (!m_docs.count(id) && !v.toObject().value(QStringLiteral("expired")).toBool())
                    m_docs[id] = Committed{source, {}};
            }
            if (!o.killed && o.exitCode == 0)
                QVERIFY2(!ids.isEmpty() && m_docs.count(ids[0]), "a finished import must be in the vault");
        } else if (op == Op::Delete) {
            const QString id = args[1];
            const bool stillThere = !findDoc(docs, id).isEmpty();
            if (!o.killed)
                QVERIFY2(o.exitCode == 0 && !stillThere, "a finished delete must have removed the document");
            if (!stillThere)
                m_docs.erase(id);
        }
    }

    // Every operation in turn (so each is interrupted several times whatever the kills commit);
    // the seed decides the moment of the kill and which document or file is used.
    Op pickOp(int seed) const
    {
        static const Op cycle[] = {Op::Import, Op::Delete, Op::ImportOcr, Op::Rotate, Op::Import,
                                   Op::Purge, Op::Delete, Op::Rotate, Op::Purge};
        const Op op = cycle[seed % int(std::size(cycle))];
        if (op == Op::Delete && m_docs.empty())
            return Op::Import;
        if (op == Op::Import && m_docs.size() > 6)
            return Op::Delete;
        return op;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside a D-Bus session with gnome-keyring unlocked (tests/run.sh)");
        m_cli = std::make_unique<VaultCli>(m_dir.filePath(QStringLiteral("vault")), m_dir.filePath(QStringLiteral("tmp")));
        const ProcessResult init = (*m_cli)(QStringLiteral("init"));
        QVERIFY2(init.exitCode == 0, init.err.constData());
        m_uuid = vaultUuidFrom(init.out);
        // Noise PNGs from 1 to ~25 secretstream chunks, so kills land inside the streaming.
        const QList<QSize> sizes{{120, 100}, {300, 300}, {600, 500}, {900, 600}};
        for (int i = 0; i < sizes.size(); ++i) {
            QImage img(sizes[i], QImage::Format_RGB888);
            QRandomGenerator rng{quint32(100 + i)};
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width() * 3; ++x)
                    img.scanLine(y)[x] = uchar(rng.generate());
            m_sources << m_dir.filePath(QStringLiteral("src%1.png").arg(i));
            QVERIFY(img.save(m_sources.last(), "PNG"));
        }
        m_textPage = m_dir.filePath(QStringLiteral("text.png"));
        QVERIFY(renderTextPage(m_textPage, {QStringLiteral("Crash test page")}));
        // How long each operation takes undisturbed: kills are drawn from [0, 1.2 × that].
        for (Op op : {Op::Import, Op::ImportOcr, Op::Rotate, Op::Delete, Op::Purge}) {
            if (op == Op::Purge)
                prepareExpired();
            QRandomGenerator rng(1);
            QString source;
            const QStringList args = opArgs(op, rng, &source);
            QElapsedTimer t;
            t.start();
            const Outcome o = runAndKill(args, 60000);
            m_durationMs[op] = qMax<qint64>(t.elapsed(), 50);
            QVERIFY2(!o.killed && o.exitCode == 0, opName(op));
            reconcile(op, args, source, o);
        }
        qInfo("undisturbed: import %lld ms, import+ocr %lld ms, delete %lld ms, purge %lld ms, rotate-key %lld ms",
              m_durationMs[Op::Import], m_durationMs[Op::ImportOcr], m_durationMs[Op::Delete], m_durationMs[Op::Purge],
              m_durationMs[Op::Rotate]);
        checkVault(QStringLiteral("warm-up"));
    }

    void killAtRandomMoments()
    {
        const int runs = qMax(50, qEnvironmentVariableIntValue("VAULTOCR_CRASH_RUNS"));
        std::map<Op, int> perOp;
        for (int seed = 1; seed <= runs; ++seed) {
            QRandomGenerator rng{quint32(seed)};
            const Op op = pickOp(seed);
            if (op == Op::Purge)
                prepareExpired();
            QString source;
            const QStringList args = opArgs(op, rng, &source);
            const int delay = int(rng.bounded(int(m_durationMs[op] * 12 / 10) + 1));
            const Outcome o = runAndKill(args, delay);
            m_killedMidway += o.killed ? 1 : 0;
            if (!o.killed)  // it ran faster than estimated: aim the next kills at its real length
                m_durationMs[op] = (m_durationMs[op] + o.elapsedMs) / 2;
            ++perOp[op];
            const QString context = QStringLiteral("seed %1 (%2 killed after %3 ms%4)")
                                        .arg(seed).arg(QLatin1String(opName(op))).arg(delay)
                                        .arg(o.killed ? QString() : QStringLiteral(", had finished"));
            const bool pending = KeychainStore().read(m_uuid + QStringLiteral(".next")).ok();
            const int blobsBefore = int(QDir(m_cli->vault() + QStringLiteral("/blobs")).entryList(QDir::Files | QDir::Hidden).size());
            reconcile(op, args, source, o);
            const int blobsAfter = int(QDir(m_cli->vault() + QStringLiteral("/blobs")).entryList(QDir::Files | QDir::Hidden).size());
            m_leftPending += pending ? 1 : 0;
            m_leftOrphans += blobsBefore > blobsAfter && op != Op::Purge ? 1 : 0;
            checkVault(context);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d runs, %d killed mid-operation (%d left a pending keychain entry, %d left orphan blobs); "
              "import %d, import+ocr %d, delete %d, purge %d, rotate-key %d", runs, m_killedMidway, m_leftPending, m_leftOrphans, perOp[Op::Import], perOp[Op::ImportOcr], perOp[Op::Delete], perOp[Op::Purge], perOp[Op::Rotate]);
        QVERIFY2(m_killedMidway >= runs * 6 / 10, "most runs must really be interrupted");
        // Some kills must land in the windows that matter (typically 5-10 of 50 runs do).
        QVERIFY2(m_leftPending + m_leftOrphans >= 1, "no kill hit a commit window");
        for (Op op : {Op::Import, Op::ImportOcr, Op::Delete, Op::Purge, Op::Rotate})
            QVERIFY2(perOp[op] >= 3, opName(op));
    }

    void cleanupTestCase()
    {
        if (!m_uuid.isEmpty())
            (void)KeychainStore().remove(m_uuid);
    }
};

QTEST_MAIN(TestVaultCrash)
#include "TestVaultCrash.moc"
