#pragma once

#include <QStringList>

// Dispatches `cac-review COMMAND ...` to the subcommands, and answers --help and --version.
namespace CommandLine {
bool isCommand(const QString &word);
// The commands and what they do, for the top-level --help.
QString overview();
int run(const QString &command, const QStringList &arguments);
}
