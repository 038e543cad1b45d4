#include "clicommands.h"
#include "cliio.h"

#include "db/csv/csvexporter.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>

int Cli::exportCommand(const QStringList &arguments)
{
    using namespace CliIo;
    const auto tr = [](const char *text) { return QCoreApplication::translate("ExportCommand", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the reports as CSV in the import format. Cells that a spreadsheet "
                                        "would run as formulas are guarded with a leading apostrophe, which "
                                        "the importer removes."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database."), QStringLiteral("DB"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The CSV file to write."), QStringLiteral("FILE.csv"));
    const QCommandLineOption year(QStringLiteral("year"), tr("Only this reporting year."), QStringLiteral("Y"));
    parser.addOptions({db, outOption, year});
    const QString usage = QStringLiteral("cac-review export --db DB --out FILE.csv [--year Y]");
    if (const std::optional<int> stop = parse(parser, usage, arguments, {db, outOption}))
        return *stop;
    // Only CSV is written: a name ending in .xlsx would hold CSV text a spreadsheet cannot open.
    if (const std::optional<int> stop = suffixOneOf(QStringLiteral("out"), parser.value(outOption), {QStringLiteral("csv")}, usage))
        return *stop;
    std::optional<int> onlyYear;
    if (parser.isSet(year) && !(onlyYear = yearOption(QStringLiteral("year"), parser.value(year))))
        return 2;
    std::unique_ptr<Database> database = openDatabase(parser.value(db), Database::Mode::OpenExisting);
    if (!database)
        return 1;
    const Result<int> written = CsvExporter(*database).exportTo(parser.value(outOption), onlyYear);
    if (!written.ok()) {
        err() << written.error() << "\n";
        err().flush();
        return 1;
    }
    out() << tr("Wrote %1 reports to %2").arg(thousands(written.value()), parser.value(outOption));
    if (MetaStore(database->connection()).isDemo())
        out() << " (" << MetaStore::DemoNotice << ")";
    out() << "\n";
    out().flush();
    return 0;
}
