#pragma once

#include "db/database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

// What the subcommands share: standard streams, argument parsing with per-command help, and
// opening the database with errors printed the same way everywhere.
namespace CliIo {
QTextStream &out();
QTextStream &err();

// Parses `arguments`. Prints help, or a usage error, itself and returns the exit status then
// (0 or 2); returns nothing when the command should run.
std::optional<int> parse(QCommandLineParser &parser, const QString &usage, const QStringList &arguments);
// Prints "message" and the usage line to standard error; returns 2, the exit status of wrong usage.
int usageError(const QString &message, const QString &usage);
std::unique_ptr<Database> openDatabase(const QString &path, Database::Mode mode);
// Prints "Cannot read PATH: error" to standard error; returns 1, the exit status of a failure.
int readError(const Database &database, const QString &error);
// A year from an option value, printing the reason if it is not one.
std::optional<int> yearOption(const QString &option, const QString &value);
QString thousands(qint64 n);
}
