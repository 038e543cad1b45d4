#include "clicommands.h"
#include "cliio.h"

#include "app/format/displaytext.h"
#include "app/metrics/statewidemetrics.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>

namespace cac {

namespace {
// This file's strings, in the translation context lupdate gathers them under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SummaryCommand)
};

QString sumText(const std::optional<qint64> &sum)
{
    return sum ? CliIo::thousands(*sum) : DisplayText::Unknown;
}

QString violationsText(const YearSummary &s)
{
    if (!s.violationsLow)
        return DisplayText::Unknown;
    if (*s.violationsLow == *s.violationsHigh)
        return CliIo::thousands(*s.violationsLow);
    return CliIo::thousands(*s.violationsLow) + u'-' + CliIo::thousands(*s.violationsHigh);
}

} // namespace

int Cli::summaryCommand(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Prints the statewide figures, one line per reporting year."));
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("The database."), QStringLiteral("DB"));
    const QCommandLineOption year(QStringLiteral("year"), Text::tr("Only this reporting year."), QStringLiteral("Y"));
    parser.addOptions({db, year});
    if (const std::optional<int> stop = parse(parser, QStringLiteral("cac-review summary --db DB [--year Y]"), arguments, {db}))
        return *stop;
    MetricsFilter filter;
    if (parser.isSet(year)) {
        filter.fromYear = yearOption(QStringLiteral("year"), parser.value(year));
        if (!filter.fromYear)
            return 2;
        filter.toYear = filter.fromYear;
    }
    std::unique_ptr<Database> database = openDatabase(parser.value(db), Database::Mode::OpenExisting);
    if (!database)
        return 1;
    const Result<QList<YearSummary>> read = StatewideMetrics(database->connection()).byYear(filter);
    if (!read.ok()) {
        err() << read.error() << "\n";
        err().flush();
        return 1;
    }
    const QList<YearSummary> &years = read.value();
    const Result<bool> demo = MetaStore(database->connection()).isDemo();
    if (!demo.ok())
        return readError(*database, demo.error());
    if (demo.value())
        out() << Text::tr("Demo data, fictional agencies.") << "\n";
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n");
    out() << row.arg(Text::tr("Year"), -4)
                     .arg(Text::tr("Due"), 6)
                     .arg(Text::tr("Filed"), 6)
                     .arg(Text::tr("Compliance"), 10)
                     .arg(Text::tr("Investigations"), 14)
                     .arg(Text::tr("Violations"), 13)
                     .arg(Text::tr("Individuals"), 11);
    for (const YearSummary &s : years) {
        const std::optional<double> compliance = s.compliancePercent();
        out() << row.arg(s.year, -4)
                         .arg(thousands(s.agenciesDue), 6)
                         .arg(thousands(s.agenciesFiled), 6)
                         .arg(compliance ? QStringLiteral("%1%").arg(*compliance, 0, 'f', 1) : DisplayText::Unknown, 10)
                         .arg(sumText(s.investigations), 14)
                         .arg(violationsText(s), 13)
                         .arg(sumText(s.individuals), 11);
    }
    if (years.isEmpty())
        out() << Text::tr("No reports on record.") << "\n";
    out() << "\n"
          << StatewideMetrics::complianceDefinition() << "\n"
          << Text::tr("Sums add the figures of filed reports; a range of violations is summed at both ends; "
                      "\"—\" means no filed report gave the figure (not reported, not zero).")
          << "\n";
    out().flush();
    return 0;
}

} // namespace cac
