#include "clicommands.h"
#include "cliio.h"

#include "db/csv/csvexporter.h"
#include "db/sheets/xlsx/xlsxexporter.h"
#include "db/stores/metastore.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};
} // namespace

int Cli::exportCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes the reports in the import format: CSV, or an Excel workbook when the "
                                              "file name ends in .xlsx (numbers as numbers, dates as dates, unknown as an "
                                              "empty cell, ranges as low and high columns). CSV cells that a spreadsheet "
                                              "would run as formulas are guarded with a leading apostrophe, which the "
                                              "importer removes."));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database."), QStringLiteral("DB"));
    const QCommandLineOption outOption(QStringLiteral("out"), Text::tr("The file to write: .csv or .xlsx."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption year(QStringLiteral("year"), Text::tr("Only this reporting year."), QStringLiteral("Y"));
    parser.addOptions({db, outOption, year});
    const QString usage = QStringLiteral("cac-review export --db DB --out FILE.csv|FILE.xlsx [--year Y]");
    if (const std::optional<int> stop = parse(parser, usage, arguments, {db, outOption}))
        return *stop;
    // The name says the format: CSV text in a file named .xlsx would not open in a spreadsheet.
    if (const std::optional<int> stop = suffixOneOf(QStringLiteral("out"), parser.value(outOption),
                                                    {QStringLiteral("csv"), QStringLiteral("xlsx")}, usage))
        return *stop;
    const bool workbook = parser.value(outOption).endsWith(QLatin1StringView(".xlsx"), Qt::CaseInsensitive);
    std::optional<int> onlyYear;
    if (parser.isSet(year) && !(onlyYear = yearOption(QStringLiteral("year"), parser.value(year))))
        return 2;
    std::unique_ptr<Database> database = openDatabase(parser.value(db), Database::Mode::OpenExisting);
    if (!database)
        return 1;
    const Result<int> written = workbook
            ? XlsxExporter(*database).exportTo(parser.value(outOption), {onlyYear, {}, nullptr, XlsxExporter::MaxRowsPerSheet})
            : CsvExporter(*database).exportTo(parser.value(outOption), onlyYear);
    if (!written.ok()) {
        err() << written.error() << "\n";
        err().flush();
        return 1;
    }
    out() << DisplayText::plural<Text>(QT_TRANSLATE_NOOP("ExportCommand", "Wrote %1 report to %2"),
                                       QT_TRANSLATE_NOOP("ExportCommand", "Wrote %1 reports to %2"), written.value())
                     .arg(thousands(written.value()), parser.value(outOption));
    // The file itself says so (the exporter wrote the notice); this line only repeats it.
    if (const Result<bool> demo = MetaStore(database->connection()).isDemo(); demo.ok() && demo.value())
        out() << " (" << MetaStore::DemoNotice << ")";
    out() << "\n";
    out().flush();
    return 0;
}

} // namespace cac
