#include "TestUtil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace vo::test {

QString foldWhitespace(const QString& s, bool stripTilde)
{
    QString t = s;
    if (stripTilde)
        t.remove(QLatin1Char('~'));
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return t.replace(ws, QStringLiteral(" ")).trimmed();
}

template <typename Seq>
static int levenshtein(const Seq& a, const Seq& b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[size_t(j)] = std::min({sub, prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

double characterErrorRate(const QString& truth, const QString& hyp, bool stripTilde)
{
    const QList<uint> t = foldWhitespace(truth, stripTilde).toUcs4();
    const QList<uint> h = foldWhitespace(hyp, stripTilde).toUcs4();
    if (t.isEmpty())
        return h.isEmpty() ? 0.0 : 1.0;
    return double(levenshtein(t, h)) / double(t.size());
}

double wordErrorRate(const QString& truth, const QString& hyp, bool stripTilde)
{
    const QStringList t = foldWhitespace(truth, stripTilde).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList h = foldWhitespace(hyp, stripTilde).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (t.isEmpty())
        return h.isEmpty() ? 0.0 : 1.0;
    return double(levenshtein(t, h)) / double(t.size());
}

QString dataDir() { return qEnvironmentVariable("VAULTOCR_TEST_DATA"); }

QString dataFile(const QString& name)
{
    const QString p = dataDir() + QLatin1Char('/') + name;
    return QFile::exists(p) ? p : QString();
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString readText(const QString& path) { return QString::fromUtf8(readBytes(path)); }

QString vaultocrBinary() { return qEnvironmentVariable("VAULTOCR_BIN"); }

ProcessResult run(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                  int timeoutMs, const QByteArray& stdinData)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.crashed = r.crashed || p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList filesBelow(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

}  // namespace vo::test
