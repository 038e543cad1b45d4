#include "chartdatabuilder.h"

#include "app/metrics/statewidemetrics.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/metastore.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"
#include "db/stores/records/reportstore.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QHash>

#include <algorithm>
#include <limits>

namespace cac {

namespace {

std::optional<double> value(const std::optional<qint64> &v)
{
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

// The size band of peers a sworn staff falls in, as its fewest and most sworn staff: under 50,
// 50-199, 200-999, 1,000 or more.
std::pair<int, int> sizeBand(int sworn)
{
    static constexpr std::pair<int, int> Bands[] = {{0, 49}, {50, 199}, {200, 999}, {1000, std::numeric_limits<int>::max()}};
    for (const std::pair<int, int> &band : Bands) {
        if (sworn <= band.second)
            return band;
    }
    return Bands[3];
}

} // namespace

ChartDataBuilder::ChartDataBuilder(QSqlDatabase db, QString sourceName) : m_db(db), m_source(std::move(sourceName)) {}

QString ChartDataBuilder::metricName(Metric metric)
{
    switch (metric) {
    case Metric::Investigations:
        return QCoreApplication::translate("ChartDataBuilder", "Investigations");
    case Metric::Violations:
        return QCoreApplication::translate("ChartDataBuilder", "Violations");
    case Metric::Individuals:
        return QCoreApplication::translate("ChartDataBuilder", "Individuals");
    }
    return QString();
}

Result<ChartData> ChartDataBuilder::base(const QString &title, const QString &yTitle, const MetricsFilter &filter) const
{
    const Result<bool> demo = MetaStore(m_db).isDemo();
    if (!demo.ok())
        return Result<ChartData>::failure(demo.error());
    ChartData chart;
    chart.demo = demo.value();
    QStringList scope;
    if (!filter.kind.isEmpty())
        scope << filter.kind;
    if (!filter.county.isEmpty())
        scope << QCoreApplication::translate("ChartDataBuilder", "%1 County").arg(filter.county);
    if (!filter.parentOrg.isEmpty())
        scope << filter.parentOrg;
    chart.title = scope.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, scope.join(QStringLiteral(", ")));
    chart.yTitle = yTitle;
    chart.footnote = QCoreApplication::translate("ChartDataBuilder", "Source: %1, %2.")
                             .arg(m_source, QDate::currentDate().toString(Qt::ISODate));
    if (chart.demo)
        chart.footnote = QCoreApplication::translate("ChartDataBuilder", "Demo data, fictional agencies. ") + chart.footnote;
    return chart;
}

Result<ChartData> ChartDataBuilder::compliance(const MetricsFilter &filter) const
{
    const Result<QList<YearSummary>> years = StatewideMetrics(m_db).byYear(filter);
    if (!years.ok())
        return Result<ChartData>::failure(years.error());
    Result<ChartData> based =
            base(QCoreApplication::translate("ChartDataBuilder", "Agencies that filed their annual misuse report"),
                 QCoreApplication::translate("ChartDataBuilder", "Filed (% of agencies due)"), filter);
    if (!based.ok())
        return based;
    ChartData chart = based.take();
    chart.footnote += QLatin1Char(' ') + StatewideMetrics::complianceDefinition();
    chart.yMaximum = 100;
    chart.unit = QStringLiteral("%");
    ChartData::Series series{QCoreApplication::translate("ChartDataBuilder", "Compliance"), {}};
    const QLocale locale;
    for (const YearSummary &y : years.value())
        series.points.append(
                {y.year, y.compliancePercent(), y.compliancePercent(),
                 DisplayText::plural("ChartDataBuilder", QT_TRANSLATE_NOOP("ChartDataBuilder", "%1 of %2 agency due filed"),
                                     QT_TRANSLATE_NOOP("ChartDataBuilder", "%1 of %2 agencies due filed"), y.agenciesDue)
                         .arg(locale.toString(y.agenciesFiled), locale.toString(y.agenciesDue))});
    chart.series << series;
    return chart;
}

Result<ChartData> ChartDataBuilder::activity(const MetricsFilter &filter) const
{
    const Result<QList<YearSummary>> years = StatewideMetrics(m_db).byYear(filter);
    if (!years.ok())
        return Result<ChartData>::failure(years.error());
    Result<ChartData> based =
            base(QCoreApplication::translate("ChartDataBuilder", "Misuse investigations, violations and individuals"),
                 QCoreApplication::translate("ChartDataBuilder", "Count (filed reports)"), filter);
    if (!based.ok())
        return based;
    ChartData chart = based.take();
    chart.footnote += QCoreApplication::translate(
            "ChartDataBuilder", " Sums over filed reports that gave the figure; a range of violations is drawn as a band.");
    ChartData::Series investigations{QCoreApplication::translate("ChartDataBuilder", "Investigations"), {}};
    ChartData::Series violations{QCoreApplication::translate("ChartDataBuilder", "Violations"), {}};
    ChartData::Series individuals{QCoreApplication::translate("ChartDataBuilder", "Individuals"), {}};
    const auto given = [](int reports) {
        return reports == 1
                ? QCoreApplication::translate("ChartDataBuilder", "given by 1 filed report")
                : QCoreApplication::translate("ChartDataBuilder", "given by %1 filed reports").arg(QLocale().toString(reports));
    };
    for (const YearSummary &y : years.value()) {
        investigations.points.append({y.year, value(y.investigations), value(y.investigations), given(y.investigationsReported)});
        violations.points.append({y.year, value(y.violationsLow), value(y.violationsHigh), given(y.violationsReported)});
        individuals.points.append({y.year, value(y.individuals), value(y.individuals), given(y.individualsReported)});
    }
    chart.series << investigations << violations << individuals;
    return chart;
}

Result<ChartData> ChartDataBuilder::categories(const MetricsFilter &filter) const
{
    const Result<StatewideMetrics::Categories> read = StatewideMetrics(m_db).categoriesByYear(filter);
    if (!read.ok())
        return Result<ChartData>::failure(read.error());
    const StatewideMetrics::Categories &years = read.value();
    Result<ChartData> based = base(QCoreApplication::translate("ChartDataBuilder", "Violations by misuse category"),
                                   QCoreApplication::translate("ChartDataBuilder", "Violations"), filter);
    if (!based.ok())
        return based;
    ChartData chart = based.take();
    chart.style = ChartData::Style::StackedBars;
    chart.footnote += QCoreApplication::translate("ChartDataBuilder", " Only the years whose reports give categories.");
    for (const QString &code : MisuseCategory::codes()) {
        ChartData::Series s{MisuseCategory::shortLabel(code), {}};
        bool any = false;
        for (auto y = years.cbegin(); y != years.cend(); ++y) {
            const double n = double(y.value().value(code, 0));
            s.points.append({y.key(), n, n});
            any = any || n > 0;
        }
        if (any)
            chart.series << s;
    }
    return chart;
}

Result<ChartData> ChartDataBuilder::outcomes(const MetricsFilter &filter) const
{
    const Result<StatewideMetrics::Outcomes> read = StatewideMetrics(m_db).outcomesByYear(filter);
    if (!read.ok())
        return Result<ChartData>::failure(read.error());
    const StatewideMetrics::Outcomes &years = read.value();
    Result<ChartData> based =
            base(QCoreApplication::translate("ChartDataBuilder", "What became of those found to have misused CLETS"),
                 QCoreApplication::translate("ChartDataBuilder", "People"), filter);
    if (!based.ok())
        return based;
    ChartData chart = based.take();
    chart.style = ChartData::Style::StackedBars;
    for (const QString &code : Outcome::codes()) {
        ChartData::Series s{Outcome::label(code), {}};
        for (auto y = years.cbegin(); y != years.cend(); ++y)
            s.points.append({y.key(), value(y.value().value(code)), value(y.value().value(code))});
        chart.series << s;
    }
    return chart;
}

Result<ChartData> ChartDataBuilder::compare(const QStringList &oris, Metric metric, bool per100,
                                            const MetricsFilter &filter) const
{
    // The axis title stays short: a long one is cut along the axis at the default size.
    Result<ChartData> based = base(
            per100 ? QCoreApplication::translate("ChartDataBuilder", "%1 per 100 sworn staff, by year").arg(metricName(metric))
                   : QCoreApplication::translate("ChartDataBuilder", "%1 by year").arg(metricName(metric)),
            per100 ? QCoreApplication::translate("ChartDataBuilder", "Per 100 staff") : metricName(metric), MetricsFilter{});
    if (!based.ok())
        return based;
    ChartData chart = based.take();
    chart.footnote += QCoreApplication::translate("ChartDataBuilder", " Gaps: not filed or not reported.");
    if (per100)
        chart.unit = QCoreApplication::translate("ChartDataBuilder", " per 100 staff");
    const AgencyStore agencies(m_db);
    const ReportStore reports(m_db);
    for (const QString &ori : oris) {
        const Result<std::optional<AgencyRecord>> found = agencies.findByOri(ori.trimmed().toUpper());
        if (!found.ok())
            return Result<ChartData>::failure(found.error());
        const std::optional<AgencyRecord> &a = found.value();
        if (!a)
            return Result<ChartData>::failure(
                    QCoreApplication::translate("ChartDataBuilder", "No agency has the ORI %1").arg(ori));
        ChartData::Series s{QStringLiteral("%1 (%2)").arg(a->name, a->ori), {}};
        const double scale = per100 ? (a->swornStaff && *a->swornStaff > 0 ? 100.0 / *a->swornStaff : -1) : 1;
        const Result<QList<MisuseReport>> read = reports.forAgency(a->id);
        if (!read.ok())
            return Result<ChartData>::failure(read.error());
        s.points =
                AgencySeries::points(AgencyHistory::whole(*a, read.value(), {}), metric, scale, filter.fromYear, filter.toYear);
        chart.series << s;
    }
    return chart;
}

Result<ChartData> ChartDataBuilder::againstPeers(const QString &ori, Metric metric, bool per100,
                                                 const MetricsFilter &filter) const
{
    Result<ChartData> alone = compare({ori}, metric, per100, filter);
    if (!alone.ok())
        return alone;
    ChartData chart = alone.take();
    const Result<std::optional<AgencyRecord>> found = AgencyStore(m_db).findByOri(ori.trimmed().toUpper());
    if (!found.ok())
        return Result<ChartData>::failure(found.error());
    const std::optional<AgencyRecord> &subject = found.value();
    if (!subject || !subject->swornStaff)
        return chart;
    const auto [fewest, most] = sizeBand(*subject->swornStaff);
    const Result<QList<AgencyRecord>> agencies = AgencyStore(m_db).all();
    if (!agencies.ok())
        return Result<ChartData>::failure(agencies.error());
    QHash<qint64, int> peerStaff; // peer agency -> sworn staff
    for (const AgencyRecord &a : agencies.value()) {
        if (a.id != subject->id && a.kind == subject->kind && a.swornStaff && *a.swornStaff >= fewest && *a.swornStaff <= most)
            peerStaff.insert(a.id, *a.swornStaff);
    }
    // The peers' reports one at a time, in one query: only their values are kept.
    QMap<int, QList<double>> values; // year -> peers' values (low ends)
    const Status read = ReportStore(m_db).eachOfPeers(subject->kind, fewest, most, subject->id, [&](MisuseReport &&r) {
        const auto staff = peerStaff.constFind(r.agencyId);
        if (staff == peerStaff.constEnd())
            return;
        const auto v = AgencySeries::value(r, metric);
        if (v && filter.coversYear(r.year))
            values[r.year] << v->first * (per100 ? 100.0 / qMax(1, *staff) : 1);
    });
    if (!read.ok())
        return Result<ChartData>::failure(read.error());
    const qsizetype peers = peerStaff.size();
    ChartData::Series median{
            QCoreApplication::translate("ChartDataBuilder", "Median of %1 peers (same kind and size)").arg(peers), {}};
    for (auto y = values.begin(); y != values.end(); ++y) {
        QList<double> &v = y.value();
        std::sort(v.begin(), v.end());
        const double m = v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
        median.points.append({y.key(), m, m,
                              v.size() == 1
                                      ? QCoreApplication::translate("ChartDataBuilder", "the one peer that reported it")
                                      : QCoreApplication::translate("ChartDataBuilder", "the middle of %1 peers that reported it")
                                                .arg(v.size())});
    }
    chart.series << median;
    chart.footnote += QCoreApplication::translate(
            "ChartDataBuilder",
            " Peers: agencies of the same kind with sworn staff in the same band (under 50, 50-199, 200-999, 1,000 or more).");
    return chart;
}

} // namespace cac
