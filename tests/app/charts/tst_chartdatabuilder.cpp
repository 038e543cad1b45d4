#include "testdatabase.h"

#include "app/charts/chartcsv.h"
#include "app/charts/chartdatabuilder.h"
#include "app/metrics/statewidemetrics.h"
#include "db/import/reportimporter.h"

#include <QBuffer>

using namespace cac;

// Every chart kind over the metrics fixture (tests/data/metrics_fixture.csv, see
// tst_statewidemetrics): values, gaps for unknown years, ranges, and agreement with the summary.
class TestChartDataBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void complianceAgreesWithTheSummary();
    void activityKeepsGapsAndRanges();
    void categoriesAndOutcomes();
    void compareAgenciesPer100Sworn();
    void aDueYearWithoutAReportIsAGap();
    void peersMedian();
    void unknownOriIsAnError();
    void csvHasOneRowPerYearAndBlanksForUnknown();

private:
    static const ChartData::Series &series(const ChartData &chart, const QString &name)
    {
        for (const ChartData::Series &s : chart.series) {
            if (s.name == name)
                return s;
        }
        qFatal("no series %s", qPrintable(name));
    }
    static ChartData::Point at(const ChartData::Series &s, int year)
    {
        for (const ChartData::Point &p : s.points) {
            if (p.year == year)
                return p;
        }
        return {year, std::nullopt, std::nullopt};
    }
    TestDatabase m_t;
};

void TestChartDataBuilder::initTestCase()
{
    QVERIFY(ReportImporter(m_t.database()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
    QSqlQuery q(m_t.connection());
    QVERIFY(q.exec(QStringLiteral(
            "UPDATE agency SET sworn_staff = 200, kind = 'municipal_police' WHERE ori IN ('CA0000002', 'CA0000003')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE agency SET sworn_staff = 50 WHERE ori = 'CA0000001'")));
    QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO report_category SELECT id, 'dmv_unauthorized', 2 FROM misuse_report WHERE year = 2018 AND filed = 1")));
    QVERIFY(q.exec(QStringLiteral("UPDATE misuse_report SET counseling = 1 WHERE year = 2016 AND violations_low = 2")));
}

void TestChartDataBuilder::complianceAgreesWithTheSummary()
{
    const ChartData chart = expectOk(ChartDataBuilder(m_t.connection(), QStringLiteral("fixture")).compliance({}));
    const QList<YearSummary> summary = expectOk(StatewideMetrics(m_t.connection()).byYear());
    QCOMPARE(chart.series.size(), 1);
    QCOMPARE(chart.series.first().points.size(), summary.size());
    for (int i = 0; i < summary.size(); ++i) {
        QCOMPARE(chart.series.first().points.at(i).year, summary.at(i).year);
        QCOMPARE(chart.series.first().points.at(i).low, summary.at(i).compliancePercent());
    }
    QCOMPARE(*at(chart.series.first(), 2017).low, 100.0 / 3);
    QCOMPARE(chart.yMaximum, 100.0);
    QVERIFY(chart.footnote.contains(QLatin1StringView("Compliance = agencies that filed")));
}

void TestChartDataBuilder::activityKeepsGapsAndRanges()
{
    const ChartData chart = expectOk(ChartDataBuilder(m_t.connection(), QStringLiteral("fixture")).activity({}));
    const ChartData::Series &violations = series(chart, QStringLiteral("Violations"));
    QCOMPARE(at(violations, 2016).low, std::optional<double>(2)); // 2-4 + 0
    QCOMPARE(at(violations, 2016).high, std::optional<double>(4));
    QVERIFY(!at(series(chart, QStringLiteral("Investigations")), 2017).low); // Bravo left it blank: a gap
    QVERIFY(!at(series(chart, QStringLiteral("Individuals")), 2016).low);
    QCOMPARE(at(series(chart, QStringLiteral("Individuals")), 2017).low, std::optional<double>(2));
}

void TestChartDataBuilder::categoriesAndOutcomes()
{
    const ChartDataBuilder builder(m_t.connection(), QStringLiteral("fixture"));
    const ChartData categories = expectOk(builder.categories({}));
    QCOMPARE(categories.style, ChartData::Style::StackedBars);
    QCOMPARE(categories.series.size(), 1); // only DMV has any count
    QCOMPARE(categories.years(), QList<int>{2018});
    QCOMPARE(at(categories.series.first(), 2018).low, std::optional<double>(2));
    const ChartData outcomes = expectOk(builder.outcomes({}));
    QCOMPARE(at(series(outcomes, QStringLiteral("Counseling")), 2016).low, std::optional<double>(1));
    QVERIFY(!at(series(outcomes, QStringLiteral("Counseling")), 2018).low); // not reported, not zero
}

void TestChartDataBuilder::compareAgenciesPer100Sworn()
{
    const ChartDataBuilder builder(m_t.connection(), QStringLiteral("fixture"));
    const ChartData plain = expectOk(builder.compare({QStringLiteral("CA0000001"), QStringLiteral("ca0000002")},
                                                     ChartDataBuilder::Metric::Violations, false, {}));
    QCOMPARE(plain.series.size(), 2);
    QCOMPARE(at(plain.series.at(0), 2016).high, std::optional<double>(4));
    QVERIFY(!at(plain.series.at(0), 2017).low); // not filed: a gap
    const ChartData per100 = expectOk(builder.compare({QStringLiteral("CA0000001"), QStringLiteral("CA0000002")},
                                                      ChartDataBuilder::Metric::Violations, true, {}));
    QCOMPARE(at(per100.series.at(0), 2016).low, std::optional<double>(4)); // 2 of 50 sworn
    QCOMPARE(at(per100.series.at(0), 2016).high, std::optional<double>(8));
    QCOMPARE(at(per100.series.at(1), 2017).low, std::optional<double>(1.5)); // 3 of 200
}

// An agency due for a year it sent no report for has a gap there, as the profile's chart shows
// it, not a line drawn straight across (the comparison chart gave the report years only).
void TestChartDataBuilder::aDueYearWithoutAReportIsAGap()
{
    QSqlQuery q(m_t.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000099', 'Gap Police')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO misuse_report (agency_id, year, filed, investigations) "
                                  "SELECT id, 2015, 1, 3 FROM agency WHERE ori = 'CA0000099' "
                                  "UNION ALL SELECT id, 2018, 1, 5 FROM agency WHERE ori = 'CA0000099'")));
    const ChartData chart =
            expectOk(ChartDataBuilder(m_t.connection(), QStringLiteral("fixture"))
                             .compare({QStringLiteral("CA0000099")}, ChartDataBuilder::Metric::Investigations, false, {}));
    QList<int> years;
    for (const ChartData::Point &p : chart.series.first().points)
        years << p.year;
    QCOMPARE(years, (QList<int>{2015, 2016, 2017, 2018}));
    QCOMPARE(at(chart.series.first(), 2015).low, std::optional<double>(3));
    QVERIFY(!at(chart.series.first(), 2016).low);
    QVERIFY(!at(chart.series.first(), 2017).low);
    QCOMPARE(at(chart.series.first(), 2018).low, std::optional<double>(5));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM agency WHERE ori = 'CA0000099'")));
}

void TestChartDataBuilder::peersMedian()
{
    // Bravo's peers: municipal police with 50-199... Charlie has 200 too: same band (200-999).
    const ChartData chart =
            expectOk(ChartDataBuilder(m_t.connection(), QStringLiteral("fixture"))
                             .againstPeers(QStringLiteral("CA0000002"), ChartDataBuilder::Metric::Violations, false, {}));
    QCOMPARE(chart.series.size(), 2);
    QVERIFY(chart.series.at(1).name.contains(QLatin1StringView("1 peers")));
    QCOMPARE(at(chart.series.at(1), 2016).low, std::optional<double>(0)); // Charlie's 0
}

void TestChartDataBuilder::unknownOriIsAnError()
{
    const ChartDataBuilder builder(m_t.connection(), QStringLiteral("fixture"));
    const Result<ChartData> chart = builder.compare({QStringLiteral("CA0000001"), QStringLiteral("CA9999999")},
                                                    ChartDataBuilder::Metric::Violations, false, {});
    QVERIFY(!chart.ok());
    QVERIFY(chart.error().contains(QLatin1StringView("CA9999999")));
}

void TestChartDataBuilder::csvHasOneRowPerYearAndBlanksForUnknown()
{
    const ChartData chart = expectOk(ChartDataBuilder(m_t.connection(), QStringLiteral("fixture")).activity({}));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ChartCsv::write(chart, &buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.at(0).trimmed(), QByteArray("\xEF\xBB\xBFyear,Investigations,Violations,Individuals"));
    QCOMPARE(lines.at(1).trimmed(), QByteArray("2016,10,2-4,"));
    QCOMPARE(lines.at(2).trimmed(), QByteArray("2017,,3,2"));
}

QTEST_GUILESS_MAIN(TestChartDataBuilder)
#include "tst_chartdatabuilder.moc"
