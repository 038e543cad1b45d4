#include "clicommands.h"
#include "cliio.h"
#include "mappingoptions.h"

#include "db/import/reportimporter.h"
#include "db/files/databasecopy.h"
#include "db/files/readonlyfolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ImportCommand", text, nullptr, n);
}
} // namespace

int Cli::importCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports annual misuse reports from a CSV or tab-separated file "
                                        "(docs/csv-format.md) or a sheet of an Excel workbook, .xlsx "
                                        "(docs/spreadsheets.md). Every value is checked first; if any is refused, "
                                        "nothing is written and each problem is listed as FILE:LINE: column: value: "
                                        "reason, or FILE:Sheet1!C7: ... for a workbook."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file to import."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database (created if it does not exist)."), QStringLiteral("DB"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check the file and report, but write nothing."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("The text encoding of a CSV file: %1. Found from the file when not "
                                         "given: UTF-8 or UTF-16 by their BOM, UTF-8 if the whole file is, else "
                                         "Windows-1252.").arg(TextEncoding::acceptedNames()),
                                      QStringLiteral("NAME"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   tr("The sheet of a workbook to read; by default the first that has a header "
                                      "row naming the ori and year columns."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Read the column HEADER as FIELD (a column name of the format, such as agency "
                                    "or investigations), or leave it out with HEADER=. Repeatable. A mapping used "
                                    "in an import is remembered in the database for files with the same headers."),
                                 QStringLiteral("HEADER=FIELD"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("Column choices from a JSON file: {\"Agency Name\": \"agency\", \"Notes 2\": "
                                        "null}; --map adds to them."),
                                     QStringLiteral("FILE.json"));
    const QCommandLineOption showMapping(QStringLiteral("show-mapping"),
                                         tr("Print the header row found and the field each column is read as, and "
                                            "check the file; write nothing. --db is then optional."));
    parser.addOptions({db, dryRun, encoding, sheet, map, mapping, showMapping});
    const QString usage = QStringLiteral("cac-review import FILE --db DB [--dry-run] [--encoding NAME] [--sheet NAME] "
                                         "[--map HEADER=FIELD]... [--mapping FILE.json] [--show-mapping]");
    if (const std::optional<int> stop = parse(parser, usage, arguments))
        return *stop;
    if (!parser.isSet(db) && !parser.isSet(showMapping))
        return usageError(tr("--db DB is required"), usage);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("Name one file to import."), usage);
    ColumnMapping chosenMapping;
    if (const std::optional<int> stop = MappingOptions::read(parser.values(map), parser.value(mapping), usage, chosenMapping))
        return *stop;
    const bool onlyShow = parser.isSet(showMapping);
    std::optional<TextEncoding::Kind> namedEncoding;
    if (parser.isSet(encoding)) {
        namedEncoding = TextEncoding::fromName(parser.value(encoding));
        if (!namedEncoding)
            return usageError(tr("--encoding %1: not an encoding the import reads; it reads %2.")
                                      .arg(parser.value(encoding), TextEncoding::acceptedNames()),
                              usage);
    }
    const QString file = parser.positionalArguments().first();
    const QString dbPath = parser.value(db);
    const bool existed = QFileInfo::exists(dbPath);
    // A dry run creates and changes nothing: it checks against a scratch database when the file
    // does not exist yet (an empty one, as the import would create) or would need a schema
    // upgrade (a copy of it, upgraded), and against the file itself otherwise (in a transaction
    // that is rolled back).
    QTemporaryDir scratch;
    QString checkedPath = dbPath;
    if (parser.isSet(dryRun) || onlyShow) {
        if (!scratch.isValid()) {
            err() << tr("Cannot make a scratch folder for the dry run: %1").arg(scratch.errorString()) << "\n";
            err().flush();
            return 1;
        }
        const QString copy = scratch.filePath(QStringLiteral("dry-run.sqlite"));
        if (existed) {
            const Result<int> version = Database::schemaVersionOf(dbPath);
            // A dry run on a file it could not write (an older schema, a read-only file or folder)
            // checks against a copy instead.
            const bool writable = QFileInfo(dbPath).isWritable() && !ReadOnlyFolder::holds(dbPath);
            if (version.ok() && version.value() > 0 && (version.value() < Database::currentSchemaVersion() || !writable)) {
                const Status copied = DatabaseCopy::vacuumInto(dbPath, copy);
                if (!copied.ok()) {
                    err() << copied.error() << "\n";
                    err().flush();
                    return 1;
                }
                checkedPath = copy;
            }
        } else {
            checkedPath = copy;
        }
    }
    int status = 1;
    {
        std::unique_ptr<Database> database = openDatabase(checkedPath, Database::Mode::CreateIfMissing);
        if (!database)
            return 1;
        ReportImporter::Options options;
        options.dryRun = parser.isSet(dryRun) || onlyShow;
        options.mapping = chosenMapping;
        options.encoding = namedEncoding;
        options.sheet = parser.value(sheet);
        const ImportSummary summary = ReportImporter(*database).importFile(file, options);
        if (onlyShow)
            MappingOptions::print(file, summary);
        for (const ImportIssue &warning : summary.warnings)
            err() << warning.toString(file) << ": " << tr("warning") << "\n";
        if (summary.warningCount > summary.warnings.size())
            err() << tr("%1: %2 more warnings not shown").arg(file).arg(summary.warningCount - summary.warnings.size()) << "\n";
        for (const ImportIssue &error : summary.errors)
            err() << error.toString(file) << "\n";
        if (summary.errorCount > summary.errors.size())
            err() << tr("%1: %2 more errors not shown").arg(file).arg(summary.errorCount - summary.errors.size()) << "\n";
        if (!summary.succeeded()) {
            err() << tr("%1: import refused: %n error(s); nothing was written.", summary.errorCount).arg(file)
                  << "\n";
        } else {
            out() << tr("%1 (%2): %3 rows: %4 reports added, %5 changed, %6 unchanged; %7 agencies added")
                             .arg(file, summary.sourceDescription, thousands(summary.rows), thousands(summary.reportsAdded),
                                  thousands(summary.reportsChanged), thousands(summary.reportsUnchanged),
                                  thousands(summary.agenciesAdded));
            if (summary.duplicateRows > 0)
                out() << tr("; %1 repeated rows skipped").arg(summary.duplicateRows);
            out() << (summary.dryRun ? tr(". Dry run: nothing was written.") : QStringLiteral(".")) << "\n";
            if (!summary.backupPath.isEmpty())
                out() << tr("The database as it was before this import is kept at %1").arg(summary.backupPath) << "\n";
            status = 0;
        }
        err().flush();
        out().flush();
    }
    // A database made for a refused import would be an empty file nobody asked for.
    if (status != 0 && !existed) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
    }
    return status;
}
