#include "chartcommand.h"

#include "ui/charts/chartexporter.h"

#include "app/charts/chartcsv.h"
#include "app/charts/chartdatabuilder.h"
#include "app/cli/cliio.h"
#include "db/model/agencykind.h"
#include "db/stores/records/agencystore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cac {

namespace {

const QString Usage =
        QStringLiteral("cac-review chart compliance|activity|categories|outcomes|compare --db DB --out FILE.png|svg|pdf "
                       "[--csv FILE.csv] [--agency ORI]... [--peers] [--metric M] [--per-100] [--years A-B] [--kind K] "
                       "[--county C] [--parent P] [--width-in W --height-in H --dpi D]");

int usageError(const QString &message)
{
    return CliIo::usageError(message, Usage);
}

} // namespace

int ChartCommand::run(const QStringList &arguments)
{
    using namespace CliIo;
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("ChartCommand",
                                        "Draws a chart of the statewide figures or of chosen agencies, as a report "
                                        "would print it, and writes it as PNG, SVG or PDF; --csv writes the numbers "
                                        "behind it. Unknown years are gaps, ranges are bands."));
    parser.addPositionalArgument(
            QStringLiteral("KIND"),
            QCoreApplication::translate("ChartCommand", "compliance, activity, categories, outcomes or compare"));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("ChartCommand", "The database."),
                                QStringLiteral("DB"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("ChartCommand", "The chart file: .png, .svg or .pdf."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QCoreApplication::translate("ChartCommand", "Also (or only) write the numbers as CSV."),
                                 QStringLiteral("FILE.csv"));
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    QCoreApplication::translate("ChartCommand", "An agency to compare (2 to 8), by ORI."),
                                    QStringLiteral("ORI"));
    const QCommandLineOption peers(
            QStringLiteral("peers"),
            QCoreApplication::translate("ChartCommand", "Compare one agency with the median of its peers."));
    const QCommandLineOption metric(
            QStringLiteral("metric"),
            QCoreApplication::translate("ChartCommand", "investigations, violations (default) or individuals."),
            QStringLiteral("M"), QStringLiteral("violations"));
    const QCommandLineOption per100(QStringLiteral("per-100"),
                                    QCoreApplication::translate("ChartCommand", "Counts per 100 sworn staff."));
    const QCommandLineOption years(QStringLiteral("years"),
                                   QCoreApplication::translate("ChartCommand", "Reporting years, such as 2015-2025."),
                                   QStringLiteral("A-B"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QCoreApplication::translate("ChartCommand", "Only agencies of this kind."),
                                  QStringLiteral("K"));
    const QCommandLineOption county(QStringLiteral("county"),
                                    QCoreApplication::translate("ChartCommand", "Only agencies of this county."),
                                    QStringLiteral("C"));
    const QCommandLineOption parent(QStringLiteral("parent"),
                                    QCoreApplication::translate("ChartCommand", "Only agencies under this parent organisation."),
                                    QStringLiteral("P"));
    const QCommandLineOption width(QStringLiteral("width-in"),
                                   QCoreApplication::translate("ChartCommand", "Width in inches (default 6.5)."),
                                   QStringLiteral("W"), QStringLiteral("6.5"));
    const QCommandLineOption height(QStringLiteral("height-in"),
                                    QCoreApplication::translate("ChartCommand", "Height in inches (default 4)."),
                                    QStringLiteral("H"), QStringLiteral("4"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QCoreApplication::translate("ChartCommand", "Resolution of a PNG (default 300)."),
                                 QStringLiteral("D"), QStringLiteral("300"));
    parser.addOptions({db, out, csv, agency, peers, metric, per100, years, kind, county, parent, width, height, dpi});
    if (const std::optional<int> stop = parse(parser, Usage, arguments, {db}))
        return *stop;

    const QStringList positional = parser.positionalArguments();
    const QString chartKind = positional.value(0);
    static const QStringList kinds = {QStringLiteral("compliance"), QStringLiteral("activity"), QStringLiteral("categories"),
                                      QStringLiteral("outcomes"), QStringLiteral("compare")};
    if (positional.size() != 1 || !kinds.contains(chartKind))
        return usageError(
                QCoreApplication::translate("ChartCommand", "Name one kind of chart: %1").arg(kinds.join(QStringLiteral(", "))));
    if (!parser.isSet(out) && !parser.isSet(csv))
        return usageError(QCoreApplication::translate("ChartCommand", "--out FILE or --csv FILE is required"));
    if (parser.isSet(out)) {
        if (const std::optional<int> stop =
                    suffixOneOf(QStringLiteral("out"), parser.value(out),
                                {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}, Usage))
            return *stop;
    }
    if (parser.isSet(csv)) {
        if (const std::optional<int> stop = suffixOneOf(QStringLiteral("csv"), parser.value(csv), {QStringLiteral("csv")}, Usage))
            return *stop;
    }
    ChartExporter::PageSize size;
    bool okW = false, okH = false, okD = false;
    size.widthInches = parser.value(width).toDouble(&okW);
    size.heightInches = parser.value(height).toDouble(&okH);
    size.dpi = parser.value(dpi).toInt(&okD);
    if (!okW || !okH || !okD || size.widthInches < 1 || size.widthInches > 40 || size.heightInches < 1 ||
        size.heightInches > 40 || size.dpi < 36 || size.dpi > 1200)
        return usageError(
                QCoreApplication::translate("ChartCommand", "--width-in and --height-in take 1 to 40 inches, --dpi 36 to 1200"));
    MetricsFilter filter;
    if (parser.isSet(kind)) {
        // A code or the label the window shows ("County sheriff"); anything else would draw an
        // empty chart and look like a result.
        filter.kind = AgencyKind::fromText(parser.value(kind));
        if (filter.kind.isEmpty()) {
            QStringList accepted;
            for (const QString &code : AgencyKind::codes())
                accepted << QStringLiteral("%1 (%2)").arg(code, AgencyKind::label(code));
            return usageError(QCoreApplication::translate("ChartCommand", "--kind: %1 is not a kind of agency; one of: %2")
                                      .arg(parser.value(kind), accepted.join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(years)) {
        const QStringList range = parser.value(years).split(u'-');
        filter.fromYear = range.size() == 2 ? yearOption(QStringLiteral("years"), range.at(0)) : std::nullopt;
        filter.toYear = range.size() == 2 ? yearOption(QStringLiteral("years"), range.at(1)) : std::nullopt;
        if (!filter.fromYear || !filter.toYear || *filter.fromYear > *filter.toYear)
            return usageError(QCoreApplication::translate("ChartCommand", "--years takes two years, such as 2015-2025"));
    }
    const QMap<QString, ChartDataBuilder::Metric> metrics = {
            {QStringLiteral("investigations"), ChartDataBuilder::Metric::Investigations},
            {QStringLiteral("violations"), ChartDataBuilder::Metric::Violations},
            {QStringLiteral("individuals"), ChartDataBuilder::Metric::Individuals}};
    if (!metrics.contains(parser.value(metric)))
        return usageError(
                QCoreApplication::translate("ChartCommand", "--metric takes investigations, violations or individuals"));
    const QStringList oris = parser.values(agency);
    if (chartKind == u"compare") {
        if (parser.isSet(peers) ? oris.size() != 1 : (oris.size() < 2 || oris.size() > 8))
            return usageError(
                    QCoreApplication::translate("ChartCommand", "compare takes 2 to 8 --agency ORIs, or one with --peers"));
    }

    std::unique_ptr<Database> database = openDatabase(parser.value(db), Database::Mode::OpenExisting);
    if (!database)
        return 1;
    // Counties and parent organisations are those on record in this database.
    const AgencyStore agencies(database->connection());
    const Result<QStringList> counties = agencies.counties();
    const Result<QStringList> parents = agencies.parentOrgs();
    if (!counties.ok() || !parents.ok()) {
        err() << (counties.ok() ? parents.error() : counties.error()) << "\n";
        err().flush();
        return 1;
    }
    if (parser.isSet(county)) {
        if (const std::optional<int> stop = oneOf(QStringLiteral("county"), parser.value(county), counties.value(), Usage))
            return *stop;
        filter.county = parser.value(county);
    }
    if (parser.isSet(parent)) {
        if (const std::optional<int> stop = oneOf(QStringLiteral("parent"), parser.value(parent), parents.value(), Usage))
            return *stop;
        filter.parentOrg = parser.value(parent);
    }
    const ChartDataBuilder builder(database->connection(), database->displayName());
    const Result<ChartData> built = chartKind == u"compliance" ? builder.compliance(filter)
            : chartKind == u"activity"                         ? builder.activity(filter)
            : chartKind == u"categories"                       ? builder.categories(filter)
            : chartKind == u"outcomes"                         ? builder.outcomes(filter)
            : parser.isSet(peers)
            ? builder.againstPeers(oris.first(), metrics.value(parser.value(metric)), parser.isSet(per100), filter)
            : builder.compare(oris, metrics.value(parser.value(metric)), parser.isSet(per100), filter);
    if (!built.ok()) {
        err() << built.error() << "\n";
        err().flush();
        return 1;
    }
    const ChartData &chart = built.value();
    QStringList written;
    const auto check = [&written](const Status &saved, const QString &path) {
        if (!saved.ok()) {
            err() << saved.error() << "\n";
            err().flush();
            return false;
        }
        written << path;
        return true;
    };
    if (parser.isSet(out) && !check(ChartExporter::save(chart, parser.value(out), size), parser.value(out)))
        return 1;
    if (parser.isSet(csv) && !check(ChartCsv::save(chart, parser.value(csv)), parser.value(csv)))
        return 1;
    CliIo::out() << QCoreApplication::translate("ChartCommand", "Wrote %1").arg(written.join(QStringLiteral(" and ")));
    if (chart.demo)
        CliIo::out() << " (" << QCoreApplication::translate("ChartCommand", "demo data, fictional agencies") << ")";
    CliIo::out() << "\n";
    CliIo::out().flush();
    return 0;
}

} // namespace cac
