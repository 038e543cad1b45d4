#pragma once

#include <QStringList>

namespace cac {

// The headless subcommands of cac-review. Each takes its own arguments (after the command's
// name) and returns the exit status: 0 done, 1 refused (bad data, a file it cannot use),
// 2 wrong usage.
namespace Cli {
int importCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int demoCommand(const QStringList &arguments);
int summaryCommand(const QStringList &arguments);
int flagsCommand(const QStringList &arguments);
int outreachCommand(const QStringList &arguments);
int letterCommand(const QStringList &arguments);
int formCommand(const QStringList &arguments);
int serverSetupCommand(const QStringList &arguments);
int copyCommand(const QStringList &arguments);
} // namespace Cli

} // namespace cac
