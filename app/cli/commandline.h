#pragma once

#include <QStringList>

namespace cac {

// Dispatches `cac-review COMMAND ...` to the subcommands, and answers --help and --version.
namespace CommandLine {
using Run = int (*)(const QStringList &);
// Commands that draw (charts) live with the widgets in ui/; the program adds them at start, so
// that app/ never reaches up into ui/. `needsGui`: run under a QApplication (offscreen).
void addCommand(const char *name, Run run, const char *summary, bool needsGui);
bool needsGui(const QString &word);
// The commands and what they do, for the top-level --help.
QString overview();
int run(const QString &command, const QStringList &arguments);
} // namespace CommandLine

} // namespace cac
