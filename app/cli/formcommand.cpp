#include "clicommands.h"
#include "cliio.h"

#include "app/outreach/reportingforms.h"
#include "db/stores/metastore.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FormCommand)
};

} // namespace

int Cli::formCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Writes the enhanced reporting form of a year (docs/reporting-form.md): one .xlsx workbook per agency "
                     "due, or per agency named, in the folder, pre-filled with the agency and its contact, with a cell for "
                     "each figure (the range of violations as two cells, individuals, outcomes and the bulletin's "
                     "categories). Returned forms are read back with cac-review import. Existing files are never "
                     "replaced."));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database."), QStringLiteral("DB"));
    const QCommandLineOption year(QStringLiteral("year"), Text::tr("The reporting year."), QStringLiteral("Y"));
    const QCommandLineOption outDir(QStringLiteral("out"), Text::tr("The folder to write the forms in (made if missing)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption agency(QStringLiteral("agency"), Text::tr("Only this agency's form; repeatable."),
                                    QStringLiteral("ORI"));
    parser.addOptions({db, year, outDir, agency});
    const QString usage = QStringLiteral("cac-review form --db DB --year Y --out DIR [--agency ORI]...");
    if (const std::optional<int> stop = parse(parser, usage, arguments, {db, year, outDir}))
        return *stop;
    const YearAndDatabase opened = openForYear(parser.value(db), parser.value(year));
    if (!opened.database)
        return opened.exitStatus;
    Database &database = *opened.database;
    ReportingForms::Request request;
    request.year = opened.year;
    request.oris = parser.values(agency);
    request.folder = parser.value(outDir);
    request.source = database.displayName();
    const Result<bool> demo = MetaStore(database.connection()).isDemo();
    if (!demo.ok())
        return readError(database, demo.error());
    request.demo = demo.value();
    const Result<QStringList> written = ReportingForms::write(database.connection(), request);
    if (!written.ok()) {
        err() << written.error() << "\n";
        err().flush();
        return 1;
    }
    out() << DisplayText::plural<Text>(QT_TRANSLATE_NOOP("FormCommand", "Wrote %n reporting form for %1 in %2"),
                                       QT_TRANSLATE_NOOP("FormCommand", "Wrote %n reporting forms for %1 in %2"),
                                       written.value().size())
                     .arg(opened.year)
                     .arg(request.folder);
    if (request.demo)
        out() << " (" << MetaStore::DemoNotice << ")";
    out() << "\n";
    out().flush();
    return 0;
}

} // namespace cac
