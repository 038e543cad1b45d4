#include "clicommands.h"
#include "app/metrics/statewidemetrics.h"
#include "cliio.h"
#include "mappingoptions.h"

#include "importreport.h"

#include "db/import/importfolder.h"
#include "db/import/reportimporter.h"
#include "db/files/databasecopy.h"
#include "db/files/readonlyfolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <optional>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

} // namespace

int Cli::importCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Imports annual misuse reports from a CSV or tab-separated file "
                                              "(docs/csv-format.md) or a sheet of an Excel workbook, .xlsx "
                                              "(docs/spreadsheets.md). Every value is checked first; if any is refused, "
                                              "nothing is written and each problem is listed as FILE:LINE: column: value: "
                                              "reason, or FILE:Sheet1!C7: ... for a workbook."));
    parser.addPositionalArgument(QStringLiteral("FILE_OR_FOLDER..."),
                                 Text::tr("The files to import, or folders whose .csv, .tsv, .txt, .xlsx and .xls files "
                                          "are imported; several are imported as one, all or none."));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database (created if it does not exist)."),
                                QStringLiteral("DB"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Text::tr("Check the file and report, but write nothing."));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Text::tr("The text encoding of a CSV file: %1. Found from the file when not "
                                               "given: UTF-8 or UTF-16 by their BOM, UTF-8 if the whole file is, else "
                                               "Windows-1252.")
                                              .arg(TextEncoding::acceptedNames()),
                                      QStringLiteral("NAME"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   Text::tr("The sheet of a workbook to read; by default the first that has a header "
                                            "row naming the ori and year columns."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 Text::tr("Read the column HEADER as FIELD (a column name of the format, such as agency "
                                          "or investigations), or leave it out with HEADER=. Repeatable. A mapping used "
                                          "in an import is remembered in the database for files with the same headers."),
                                 QStringLiteral("HEADER=FIELD"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     Text::tr("Column choices from a JSON file: {\"Agency Name\": \"agency\", \"Notes 2\": "
                                              "null}; --map adds to them."),
                                     QStringLiteral("FILE.json"));
    const QCommandLineOption showMapping(QStringLiteral("show-mapping"),
                                         Text::tr("Print the header row found and the field each column is read as, and "
                                                  "check the file; write nothing. --db is then optional."));
    parser.addOptions({db, dryRun, encoding, sheet, map, mapping, showMapping});
    const QString usage =
            QStringLiteral("cac-review import FILE_OR_FOLDER... --db DB [--dry-run] [--encoding NAME] [--sheet NAME] "
                           "[--map HEADER=FIELD]... [--mapping FILE.json] [--show-mapping]");
    if (const std::optional<int> stop = parse(parser, usage, arguments))
        return *stop;
    if (!parser.isSet(db) && !parser.isSet(showMapping))
        return usageError(Text::tr("--db DB is required"), usage);
    if (parser.positionalArguments().isEmpty())
        return usageError(Text::tr("Name a file or folder to import."), usage);
    if (parser.isSet(showMapping) && parser.positionalArguments().size() != 1)
        return usageError(Text::tr("--show-mapping shows the mapping of one file."), usage);
    ColumnMapping chosenMapping;
    if (const std::optional<int> stop = MappingOptions::read(parser.values(map), parser.value(mapping), usage, chosenMapping))
        return *stop;
    const bool onlyShow = parser.isSet(showMapping);
    std::optional<TextEncoding::Kind> namedEncoding;
    if (parser.isSet(encoding)) {
        namedEncoding = TextEncoding::fromName(parser.value(encoding));
        if (!namedEncoding)
            return usageError(Text::tr("--encoding %1: not an encoding the import reads; it reads %2.")
                                      .arg(parser.value(encoding), TextEncoding::acceptedNames()),
                              usage);
    }
    const QString dbPath = parser.value(db);
    const ImportFolder::Files files = ImportFolder::expand(parser.positionalArguments());
    for (const QString &skipped : files.skipped)
        err() << Text::tr("skipped %1").arg(skipped) << "\n";
    if (!files.error.isEmpty()) {
        err() << files.error << "\n";
        err().flush();
        return 1;
    }
    if (files.files.size() > 1)
        err() << Text::tr("Importing %n files as one: all of them or none.", nullptr, int(files.files.size())) << "\n";
    // What the messages name: the file, or the one folder named, or the batch.
    const QString label = files.files.size() == 1 || parser.positionalArguments().size() == 1
            ? parser.positionalArguments().first()
            : Text::tr("%n files", nullptr, int(files.files.size()));
    // A server database always exists (its administrator made it); a dry run there is the
    // import in a transaction that is rolled back.
    const bool onServer = Database::namesServer(dbPath);
    const bool existed = onServer || QFileInfo::exists(dbPath);
    // A dry run creates and changes nothing: it checks against a scratch database when the file
    // does not exist yet (an empty one, as the import would create) or would need a schema
    // upgrade (a copy of it, upgraded), and against the file itself otherwise (in a transaction
    // that is rolled back). The scratch folder is made only for a dry run: an import killed
    // midway then leaves nothing behind in the temporary folder.
    std::optional<QTemporaryDir> scratch;
    QString checkedPath = dbPath;
    if ((parser.isSet(dryRun) || onlyShow) && !onServer) {
        scratch.emplace();
        if (!scratch->isValid()) {
            err() << Text::tr("Cannot make a scratch folder for the dry run: %1").arg(scratch->errorString()) << "\n";
            err().flush();
            return 1;
        }
        const QString copy = scratch->filePath(QStringLiteral("dry-run.sqlite"));
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
        const ImportSummary summary = ReportImporter(*database).importFiles(files.files, options);
        StatewideMetrics(database->connection()).keepAfter(summary);
        if (onlyShow)
            MappingOptions::print(label, summary);
        status = ImportReport::print(label, summary);
    }
    // A database made for a refused import would be an empty file nobody asked for.
    if (status != 0 && !existed) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(dbPath + suffix);
    }
    return status;
}

} // namespace cac
