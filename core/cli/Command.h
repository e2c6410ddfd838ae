#pragma once
// A CLI subcommand. Each group of commands lives in its own file and returns its list; Cli.cpp
// only collects them. Commands print results to stdout and one-line errors to stderr, and
// return a documented exit code (exitCodeFor()).

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace vo {
class ManagedPolicy;
}

namespace vo::cli {

struct Command {
    QString name;
    QString summary;                               // one line for `vaultocr --help`
    std::function<int(const QStringList& args)> run;  // args[0] is the command name
};

std::vector<Command> infoCommands();   // languages, doctor
std::vector<Command> ocrCommands();    // ocr
std::vector<Command> vaultCommands();  // init, import, list, text, export, delete, purge, audit, …
std::vector<Command> policyCommands(); // policy
std::vector<Command> reportCommands(); // report

// The policy's path, hash and rules, one line each (`vaultocr policy`, the data-path report).
QStringList describePolicy(const ManagedPolicy& policy);

// Shared output helpers so every command reports errors the same way.
void printError(const QString& message);
void printLine(const QString& text);   // to stdout, UTF-8

}  // namespace vo::cli
