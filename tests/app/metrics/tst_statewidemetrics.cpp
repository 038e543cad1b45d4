#include "testdatabase.h"

#include "app/charts/chartdatabuilder.h"
#include "app/metrics/statewidemetrics.h"
#include "db/import/reportimporter.h"

using namespace cac;

// The fixture (tests/data/metrics_fixture.csv, plus Charlie's service ending mid-2017):
// 2016: due Alpha, Charlie; both filed.      investigations 10 + 0; violations 2-4 + 0
// 2017: due Alpha, Bravo, Charlie; Bravo filed; Charlie has no row (not filed)
// 2018: due Alpha, Bravo, Delta (Charlie's service ended); only Alpha filed; Delta's
//       filed is blank, which is not "filed"
class TestStatewideMetrics : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void byYearOnTheFixture();
    void unknownStaysUnknown();
    void filtersByKindAndYear();
    void emptyDatabaseHasNoYears();
    void aFailedReadIsAnErrorNotAnEmptyHistory();
    void categoriesKeepZeroAndLeaveOutMissing();

private:
    std::unique_ptr<TestDatabase> m_t;
};

void TestStatewideMetrics::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(ReportImporter(m_t->database()).importFile(QFINDTESTDATA("data/metrics_fixture.csv"), {}).succeeded());
    QSqlQuery q(m_t->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE agency SET service_status = 'ended', service_end_date = '2017-06-30' "
                                  "WHERE ori = 'CA0000003'")));
}

void TestStatewideMetrics::cleanup()
{
    m_t.reset();
}

void TestStatewideMetrics::byYearOnTheFixture()
{
    const QList<YearSummary> years = expectOk(StatewideMetrics(m_t->connection()).byYear());
    QCOMPARE(years.size(), 3);
    QCOMPARE(years[0].year, 2016);
    QCOMPARE(years[0].agenciesDue, 2);
    QCOMPARE(years[0].agenciesFiled, 2);
    QCOMPARE(*years[0].compliancePercent(), 100.0);
    QCOMPARE(years[0].investigations, std::optional<qint64>(10));
    QCOMPARE(years[0].investigationsReported, 2);
    QCOMPARE(years[0].violationsLow, std::optional<qint64>(2));
    QCOMPARE(years[0].violationsHigh, std::optional<qint64>(4));

    QCOMPARE(years[1].year, 2017);
    QCOMPARE(years[1].agenciesDue, 3);
    QCOMPARE(years[1].agenciesFiled, 1);
    QCOMPARE(years[1].violationsLow, std::optional<qint64>(3));
    QCOMPARE(years[1].individuals, std::optional<qint64>(2));

    QCOMPARE(years[2].year, 2018);
    QCOMPARE(years[2].agenciesDue, 3);
    QCOMPARE(years[2].agenciesFiled, 1);
    QCOMPARE(qRound(*years[2].compliancePercent() * 10), 333);
    QCOMPARE(years[2].investigations, std::optional<qint64>(5));
}

void TestStatewideMetrics::unknownStaysUnknown()
{
    const QList<YearSummary> years = expectOk(StatewideMetrics(m_t->connection()).byYear());
    QVERIFY(!years[0].individuals.has_value()); // no 2016 report gave individuals
    QCOMPARE(years[0].individualsReported, 0);
    QVERIFY(!years[1].investigations.has_value()); // Bravo left it blank: not zero
    QCOMPARE(years[1].investigationsReported, 0);
}

void TestStatewideMetrics::filtersByKindAndYear()
{
    MetricsFilter sheriffs;
    sheriffs.kind = QStringLiteral("sheriff");
    const QList<YearSummary> years = expectOk(StatewideMetrics(m_t->connection()).byYear(sheriffs));
    QCOMPARE(years.size(), 3);
    QCOMPARE(years[1].agenciesDue, 1);
    QCOMPARE(years[1].agenciesFiled, 0);

    MetricsFilter only2017;
    only2017.fromYear = 2017;
    only2017.toYear = 2017;
    const QList<YearSummary> one = expectOk(StatewideMetrics(m_t->connection()).byYear(only2017));
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0].agenciesDue, 3);
}

// The charts and the summary once took a failed read for "no years" (an empty list and a
// lastError beside it that callers could skip): now the failure is the answer.
void TestStatewideMetrics::aFailedReadIsAnErrorNotAnEmptyHistory()
{
    TestDatabase t;
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0000001', 'A')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO misuse_report (agency_id, year, filed) SELECT id, 2020, 1 FROM agency")));
    QVERIFY(t.asAnotherProgram({QStringLiteral("ALTER TABLE misuse_report RENAME TO misuse_report_elsewhere")}));
    const StatewideMetrics metrics(t.connection());
    for (const QString &error : {metrics.byYear().error(), metrics.categoriesByYear().error(), metrics.outcomesByYear().error()})
        QVERIFY2(error.contains(QStringLiteral("misuse_report")), qPrintable(error));
    const Result<ChartData> chart = ChartDataBuilder(t.connection(), QStringLiteral("t")).compliance({});
    QVERIFY(!chart.ok());
}

void TestStatewideMetrics::emptyDatabaseHasNoYears()
{
    TestDatabase empty;
    const StatewideMetrics metrics(empty.connection());
    const Result<QList<YearSummary>> years = metrics.byYear();
    QVERIFY(years.ok()); // nothing due: no years, and no error
    QVERIFY(years.value().isEmpty());
}

void TestStatewideMetrics::categoriesKeepZeroAndLeaveOutMissing()
{
    QSqlQuery q(m_t->connection());
    const auto addCategory = [&q](const char *ori, int year, const char *category, int count) {
        // The column name is one of the fixed codes below; values are bound.
        q.prepare(QStringLiteral("UPDATE misuse_report SET cat_%1 = ? WHERE year = ? AND agency_id = "
                                 "(SELECT id FROM agency WHERE ori = ?)")
                          .arg(QLatin1StringView(category)));
        q.addBindValue(count);
        q.addBindValue(year);
        q.addBindValue(QString::fromLatin1(ori));
        return q.exec() && q.numRowsAffected() == 1;
    };
    QVERIFY(addCategory("CA0000001", 2016, "dmv_unauthorized", 2));
    QVERIFY(addCategory("CA0000001", 2016, "self_or_acquaintance", 0));
    QVERIFY(addCategory("CA0000003", 2016, "dmv_unauthorized", 1));
    QVERIFY(addCategory("CA0000002", 2017, "other", 3));
    QVERIFY(addCategory("CA0000001", 2017, "other", 5)); // Alpha did not file 2017: not counted

    const auto years = expectOk(StatewideMetrics(m_t->connection()).categoriesByYear({}));
    QCOMPARE(years.keys(), (QList<int>{2016, 2017}));
    QCOMPARE(years[2016].size(), 2);
    QCOMPARE(years[2016].value(QStringLiteral("dmv_unauthorized")), 3);
    QVERIFY(years[2016].contains(QStringLiteral("self_or_acquaintance"))); // a reported zero stays
    QCOMPARE(years[2016].value(QStringLiteral("self_or_acquaintance")), 0);
    QCOMPARE(years[2017].size(), 1); // categories nobody reported are left out, not zero
    QCOMPARE(years[2017].value(QStringLiteral("other")), 3);
}

QTEST_GUILESS_MAIN(TestStatewideMetrics)
#include "tst_statewidemetrics.moc"
