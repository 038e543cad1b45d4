#include "clicommands.h"
#include "cliio.h"

#include "app/review/reviewqueue.h"
#include "app/review/queueexport.h"
#include "db/stores/metastore.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cac {

namespace {

QString sanctionText(const QueueEntry &e)
{
    QString text = SanctionStep::label(e.suggestion.level);
    if (e.override)
        text += QCoreApplication::translate("FlagsCommand", " (overridden: %1, because %2)")
                        .arg(SanctionStep::label(SanctionStep::fromCode(e.override->chosen)), e.override->reason);
    return text;
}

} // namespace

int Cli::flagsCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("FlagsCommand",
                                        "Prints the review queue of a year, highest priority first: each agency's "
                                        "flags in sentences with their weights, the sum, and the suggested sanction."));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("FlagsCommand", "The database."),
                                QStringLiteral("DB"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QCoreApplication::translate("FlagsCommand", "The reporting year under review."),
                                  QStringLiteral("Y"));
    // --csv is the option's first name, kept for scripts written before the queue had .xlsx.
    const QCommandLineOption csvOption(
            {QStringLiteral("out"), QStringLiteral("csv")},
            QCoreApplication::translate("FlagsCommand", "Also write the queue as CSV or as an .xlsx workbook."),
            QStringLiteral("FILE.csv|FILE.xlsx"));
    parser.addOptions({db, year, csvOption});
    const QString usage = QStringLiteral("cac-review flags --db DB --year Y [--out FILE.csv|FILE.xlsx]");
    if (const std::optional<int> stop = parse(parser, usage, arguments, {db, year}))
        return *stop;
    if (parser.isSet(csvOption)) {
        if (const std::optional<int> stop = suffixOneOf(QStringLiteral("out"), parser.value(csvOption),
                                                        {QStringLiteral("csv"), QStringLiteral("xlsx")}, usage))
            return *stop;
    }
    const YearAndDatabase opened = openForYear(parser.value(db), parser.value(year));
    if (!opened.database)
        return opened.exitStatus;
    Database &database = *opened.database;
    const int y = opened.year;
    const Result<bool> isDemo = MetaStore(database.connection()).isDemo();
    if (!isDemo.ok())
        return readError(database, isDemo.error());
    const bool demo = isDemo.value();
    const Result<QList<QueueEntry>> loaded = ReviewQueue::load(database.connection(), y);
    if (!loaded.ok())
        return readError(database, loaded.error());
    const QList<QueueEntry> &queue = loaded.value();
    if (demo)
        out() << QCoreApplication::translate("FlagsCommand", "Demo data, fictional agencies.") << "\n";
    out() << DisplayText::plural(
                     "FlagsCommand", QT_TRANSLATE_NOOP("FlagsCommand", "Review queue for %1: %2 agency, highest priority first."),
                     QT_TRANSLATE_NOOP("FlagsCommand", "Review queue for %1: %2 agencies, highest priority first."), queue.size())
                     .arg(y)
                     .arg(queue.size())
          << "\n";
    int rank = 0;
    for (const QueueEntry &e : queue) {
        out() << "\n"
              << QCoreApplication::translate("FlagsCommand", "%1. %2 %3 — priority %4%5")
                         .arg(++rank)
                         .arg(e.agency.ori, e.agency.name)
                         .arg(e.score)
                         .arg(e.reviewed ? QCoreApplication::translate("FlagsCommand", " (reviewed)") : QString())
              << "\n";
        for (const ReviewFlag &f : e.flags)
            out() << QStringLiteral("%1  %2").arg(QStringLiteral("+%1").arg(f.weight), 6).arg(f.sentence) << "\n";
        out() << "   "
              << QCoreApplication::translate("FlagsCommand", "Suggested: %1. %2")
                         .arg(sanctionText(e), e.suggestion.reasons.join(u' '))
              << "\n";
    }
    out().flush();
    if (parser.isSet(csvOption)) {
        const Status written = QueueExport::save(parser.value(csvOption), queue, y, demo, database.displayName());
        if (!written.ok()) {
            err() << written.error() << "\n";
            err().flush();
            return 1;
        }
    }
    return 0;
}

} // namespace cac
