#include "clicommands.h"
#include "cliio.h"

#include "app/outreach/callsheet.h"
#include "app/outreach/outreachlist.h"
#include "db/stores/metastore.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cac {

int Cli::outreachCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("OutreachCommand",
                                        "Writes the outreach list of a year: the agencies to call (not filed, figures "
                                        "that do not add up, no individuals or categories), with contacts and the last "
                                        "call, as CSV or as a printable PDF call sheet."));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("OutreachCommand", "The database."),
                                QStringLiteral("DB"));
    const QCommandLineOption year(QStringLiteral("year"), QCoreApplication::translate("OutreachCommand", "The reporting year."),
                                  QStringLiteral("Y"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     QCoreApplication::translate("OutreachCommand", "FILE.csv, FILE.xlsx or FILE.pdf."),
                                     QStringLiteral("FILE"));
    parser.addOptions({db, year, outFile});
    const QString usage = QStringLiteral("cac-review outreach --db DB --year Y --out FILE.csv|xlsx|pdf");
    if (const std::optional<int> stop = parse(parser, usage, arguments, {db, year, outFile}))
        return *stop;
    if (const std::optional<int> stop =
                suffixOneOf(QStringLiteral("out"), parser.value(outFile),
                            {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}, usage))
        return *stop;
    const QString suffix = QFileInfo(parser.value(outFile)).suffix().toLower();
    const YearAndDatabase opened = openForYear(parser.value(db), parser.value(year));
    if (!opened.database)
        return opened.exitStatus;
    Database &database = *opened.database;
    const int y = opened.year;
    const Result<bool> isDemo = MetaStore(database.connection()).isDemo();
    if (!isDemo.ok())
        return readError(database, isDemo.error());
    const bool demo = isDemo.value();
    const Result<QList<OutreachEntry>> loaded = OutreachList::load(database.connection(), y);
    if (!loaded.ok())
        return readError(database, loaded.error());
    const QList<OutreachEntry> &entries = loaded.value();
    const QString source = database.displayName();
    const Status written = suffix == u"csv" ? OutreachList::saveCsv(entries, demo, parser.value(outFile))
            : suffix == u"xlsx"             ? OutreachList::saveXlsx(entries, y, demo, source, parser.value(outFile))
                                            : CallSheet::savePdf(entries, y, demo, source, parser.value(outFile));
    if (!written.ok()) {
        err() << written.error() << "\n";
        err().flush();
        return 1;
    }
    out() << DisplayText::plural("OutreachCommand", QT_TRANSLATE_NOOP("OutreachCommand", "%1 agency to call for %2; wrote %3"),
                                 QT_TRANSLATE_NOOP("OutreachCommand", "%1 agencies to call for %2; wrote %3"), entries.size())
                     .arg(entries.size())
                     .arg(y)
                     .arg(parser.value(outFile));
    if (demo)
        out() << " (" << MetaStore::DemoNotice << ")";
    out() << "\n";
    out().flush();
    return 0;
}

} // namespace cac
