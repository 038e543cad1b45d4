#pragma once

#include "db/engine/database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>
#include <optional>

namespace cac {

// What the subcommands share: standard streams, argument parsing with per-command help, and
// opening the database with errors printed the same way everywhere.
namespace CliIo {
QTextStream &out();
QTextStream &err();

// Parses `arguments`. Prints help, or a usage error, itself and returns the exit status then
// (0 or 2); returns nothing when the command should run.
// Options in `required` that are missing are a usage error too ("--db DB is required").
std::optional<int> parse(QCommandLineParser &parser, const QString &usage, const QStringList &arguments,
                         const QList<QCommandLineOption> &required = {});
// A usage error unless `value` is one of `accepted` (its list is printed); nothing when it is.
std::optional<int> oneOf(const QString &option, const QString &value, const QStringList &accepted, const QString &usage);
// A usage error unless the file name ends in one of `suffixes` ("csv", "pdf").
std::optional<int> suffixOneOf(const QString &option, const QString &path, const QStringList &suffixes, const QString &usage);
// Prints "message" and the usage line to standard error; returns 2, the exit status of wrong usage.
int usageError(const QString &message, const QString &usage);
std::unique_ptr<Database> openDatabase(const QString &path, Database::Mode mode);
// Prints "Cannot read PATH: error" to standard error; returns 1, the exit status of a failure.
int readError(const Database &database, const QString &error);
// A year from an option value, printing the reason if it is not one.
std::optional<int> yearOption(const QString &option, const QString &value);
// What a command about one reporting year works on: the --year value and the database, both
// checked. With no database, the reason is printed and exitStatus says what to return (2 for a
// year that is not one, 1 for a database that would not open).
struct YearAndDatabase
{
    std::unique_ptr<Database> database;
    int year = 0;
    int exitStatus = 0;
};
YearAndDatabase openForYear(const QString &path, const QString &yearValue);
QString thousands(qint64 n);
} // namespace CliIo

} // namespace cac
