#pragma once
// Shared helpers for tests: ground-truth scoring, fixtures, running the vaultocr binary.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace vo::test {

// Folds every run of white space to one space and trims; optionally drops the UNLV '~' markers.
QString foldWhitespace(const QString& s, bool stripTilde = false);
// Character error rate: Levenshtein distance over code points / length of the folded truth.
double characterErrorRate(const QString& truth, const QString& hypothesis, bool stripTilde = false);
// Word error rate over white-space separated words.
double wordErrorRate(const QString& truth, const QString& hypothesis, bool stripTilde = false);

QString dataDir();                         // $VAULTOCR_TEST_DATA
QString dataFile(const QString& name);     // dataDir()/name, QFAIL-friendly: empty if missing
QString readText(const QString& path);     // UTF-8
QByteArray readBytes(const QString& path);
bool writeBytes(const QString& path, const QByteArray& bytes);  // truncates; false on any short write
QString vaultocrBinary();                  // $VAULTOCR_BIN

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};
// Runs a program with a time limit; env empty = inherit.
ProcessResult run(const QString& program, const QStringList& args,
                  const QProcessEnvironment& env = {}, int timeoutMs = 300000,
                  const QByteArray& stdinData = {});
// Every file (recursively) below dir, relative paths, sorted.
QStringList filesBelow(const QString& dir);

}  // namespace vo::test
