#include "clicommands.h"
#include "cliio.h"

#include "app/review/reviewqueue.h"
#include "db/csv/csvwriter.h"
#include "db/files/atomicfile.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FlagsCommand", text);
}

QString sanctionText(const QueueEntry &e)
{
    QString text = SanctionStep::label(e.suggestion.level);
    if (e.override)
        text += tr(" (overridden: %1, because %2)").arg(SanctionStep::label(SanctionStep::fromCode(e.override->chosen)), e.override->reason);
    return text;
}

Status writeCsv(const QString &path, const QList<QueueEntry> &queue, bool demo)
{
    return AtomicFile::write(path, AtomicFile::Kind::Csv, [&](QIODevice &file) {
        CsvWriter csv(&file);
        if (!csv.writeBom())
            return false;
        QStringList header{QStringLiteral("rank"), QStringLiteral("ori"), QStringLiteral("agency"), QStringLiteral("score"),
                           QStringLiteral("suggested_sanction"), QStringLiteral("chosen_sanction"), QStringLiteral("override_reason"),
                           QStringLiteral("reviewed"), QStringLiteral("reasons")};
        if (demo)
            header << QStringLiteral("data_notice");
        if (!csv.writeRecord(header))
            return false;
        int rank = 0;
        for (const QueueEntry &e : queue) {
            QStringList reasons;
            for (const ReviewFlag &f : e.flags)
                reasons << QStringLiteral("%1 (+%2)").arg(f.sentence).arg(f.weight);
            QStringList row{QString::number(++rank), e.agency.ori, e.agency.name, QString::number(e.score),
                            SanctionStep::code(e.suggestion.level), e.override ? e.override->chosen : QString(),
                            e.override ? e.override->reason : QString(), e.reviewed ? QStringLiteral("yes") : QStringLiteral("no"),
                            reasons.join(QStringLiteral("; "))};
            if (demo)
                row << MetaStore::DemoNotice;
            if (!csv.writeRecord(row))
                return false;
        }
        return true;
    });
}

} // namespace

int Cli::flagsCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the review queue of a year, highest priority first: each agency's "
                                        "flags in sentences with their weights, the sum, and the suggested sanction."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database."), QStringLiteral("DB"));
    const QCommandLineOption year(QStringLiteral("year"), tr("The reporting year under review."), QStringLiteral("Y"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("Also write the queue as CSV."), QStringLiteral("OUT"));
    parser.addOptions({db, year, csvOption});
    const QString usage = QStringLiteral("cac-review flags --db DB --year Y [--csv OUT]");
    if (const std::optional<int> stop = parse(parser, usage, arguments, {db, year}))
        return *stop;
    if (parser.isSet(csvOption)) {
        if (const std::optional<int> stop = suffixOneOf(QStringLiteral("csv"), parser.value(csvOption), {QStringLiteral("csv")}, usage))
            return *stop;
    }
    const YearAndDatabase opened = openForYear(parser.value(db), parser.value(year));
    if (!opened.database)
        return opened.exitStatus;
    Database &database = *opened.database;
    const int y = opened.year;
    const bool demo = MetaStore(database.connection()).isDemo();
    const Result<QList<QueueEntry>> loaded = ReviewQueue::load(database.connection(), y);
    if (!loaded.ok())
        return readError(database, loaded.error());
    const QList<QueueEntry> &queue = loaded.value();
    if (demo)
        out() << tr("Demo data, fictional agencies.") << "\n";
    out() << tr("Review queue for %1: %2 agencies, highest priority first.").arg(y).arg(queue.size()) << "\n";
    int rank = 0;
    for (const QueueEntry &e : queue) {
        out() << "\n" << QStringLiteral("%1. %2 %3 — priority %4%5")
                               .arg(++rank).arg(e.agency.ori, e.agency.name).arg(e.score)
                               .arg(e.reviewed ? tr(" (reviewed)") : QString())
              << "\n";
        for (const ReviewFlag &f : e.flags)
            out() << QStringLiteral("   +%1  %2").arg(f.weight, 3).arg(f.sentence) << "\n";
        out() << "   " << tr("Suggested: %1. %2").arg(sanctionText(e), e.suggestion.reasons.join(u' ')) << "\n";
    }
    out().flush();
    if (parser.isSet(csvOption)) {
        const Status written = writeCsv(parser.value(csvOption), queue, demo);
        if (!written.ok()) {
            err() << written.error() << "\n";
            err().flush();
            return 1;
        }
    }
    return 0;
}
