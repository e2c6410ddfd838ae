// AtomicFile: the destination appears complete at commit() or not at all, with no stray file
// in between — including when the writing process is killed.
#include "util/AtomicFile.h"

#include "TestUtil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace vo;

class TestAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void nothingVisibleBeforeCommit()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("out.bin"));
        auto f = AtomicFile::create(dest);
        QVERIFY(f.ok());
        QVERIFY(f->write(QByteArray("hello")).ok());
        QCOMPARE(test::filesBelow(dir.path()), QStringList());
        QVERIFY(f->commit().ok());
        QCOMPARE(test::filesBelow(dir.path()), QStringList{QStringLiteral("out.bin")});
        QCOMPARE(test::readBytes(dest), QByteArray("hello"));
        QCOMPARE(QFile::permissions(dest) & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    }

    // Early writeback (vault blobs) changes when blocks reach the disk, not what the file holds
    // or when it becomes visible; a move in the middle keeps the count of what was kicked.
    void earlyWritebackKeepsContentAndInvisibility()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("wb.bin"));
        QByteArray content;
        for (int i = 0; i < 4 << 20; i += 4)
            content.append(reinterpret_cast<const char*>(&i), 4);
        auto made = AtomicFile::create(dest);
        QVERIFY(made.ok());
        AtomicFile f = std::move(made).value();
        f.startWritebackEvery(256 * 1024);
        for (qint64 off = 0; off < content.size(); off += 100000) {
            if (off == 1000000) {
                AtomicFile moved = std::move(f);
                f = std::move(moved);
            }
            QVERIFY(f.write(content.constData() + off, size_t(qMin<qint64>(100000, content.size() - off))).ok());
        }
        QCOMPARE(test::filesBelow(dir.path()), QStringList());
        QVERIFY(f.commit().ok());
        QCOMPARE(test::filesBelow(dir.path()), QStringList{QStringLiteral("wb.bin")});
        QVERIFY(test::readBytes(dest) == content);
    }

    void discardLeavesNothingAndKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("keep.txt"));
        {
            auto f = AtomicFile::create(dest);
            QVERIFY(f->write(QByteArray("old")).ok());
            QVERIFY(f->commit().ok());
        }
        {
            auto f = AtomicFile::create(dest);
            QVERIFY(f->write(QByteArray("new but abandoned")).ok());
        }  // destroyed without commit
        QCOMPARE(test::filesBelow(dir.path()), QStringList{QStringLiteral("keep.txt")});
        QCOMPARE(test::readBytes(dest), QByteArray("old"));
    }

    void replaceIsAtomic()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("r.txt"));
        for (const char* content : {"first", "second"}) {
            auto f = AtomicFile::create(dest);
            QVERIFY(f->write(QByteArray(content)).ok());
            QVERIFY(f->commit().ok());
        }
        QCOMPARE(test::readBytes(dest), QByteArray("second"));
        QCOMPARE(test::filesBelow(dir.path()).size(), 1);
    }

    void killedWriterLeavesNothing()
    {
        QTemporaryDir dir;
        const QString dest = dir.filePath(QStringLiteral("k.bin"));
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t pid = ::fork();
        if (pid == 0) {
            auto f = AtomicFile::create(dest);
            const QByteArray chunk(1 << 20, 'x');
            for (int i = 0; i < 8; ++i)
                (void)f->write(chunk);
            (void)::write(ready[1], "r", 1);
            ::pause();
            ::_exit(0);
        }
        char c;
        QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        QCOMPARE(test::filesBelow(dir.path()), QStringList());
    }

    void unwritableFolder()
    {
        auto f = AtomicFile::create(QStringLiteral("/nonexistent-folder/x.pdf"));
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, ErrorCode::OutputNotWritable);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "TestAtomicFile.moc"
