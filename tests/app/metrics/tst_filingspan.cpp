#include "testdatabase.h"

#include "app/demo/demodatainstaller.h"
#include "app/metrics/agencyoverviewquery.h"
#include "app/metrics/filingspan.h"
#include "app/metrics/statewidemetrics.h"
#include "app/review/historyscan.h"

#include <QTest>

using namespace cac;

// Who is due for a year has one home (FilingSpan); the statewide figures, the agency list and
// the review rules must give the same answer from it.
class TestFilingSpan : public QObject
{
    Q_OBJECT
private slots:
    void rule();
    void everyCallerAgreesOnTheDemoDatabase();
    void anUnreadableListIsAFailureNotAnEmptyOne();
};

void TestFilingSpan::rule()
{
    const FilingSpan never;
    QVERIFY(!never.isDue(2020)); // no report on record: due for nothing
    const FilingSpan open{2015, std::nullopt};
    QVERIFY(!open.isDue(2014));
    QVERIFY(open.isDue(2015));
    QVERIFY(open.isDue(2040));
    const FilingSpan ended{2015, 2019};
    QVERIFY(ended.isDue(2019)); // the year service ended is still due
    QVERIFY(!ended.isDue(2020));
}

void TestFilingSpan::everyCallerAgreesOnTheDemoDatabase()
{
    TestDatabase t;
    QVERIFY(DemoDataInstaller(t.database()).install(DemoOptions()).ok());
    const QList<YearSummary> statewide = expectOk(StatewideMetrics(t.connection()).byYear({}));
    QVERIFY(statewide.size() > 10);
    int endedAgencies = 0;
    QVERIFY(HistoryScan::forEach(t.connection(), 2025, ReviewSettings(), [&](const AgencyHistory &h) {
                endedAgencies += h.agency.serviceEndDate.has_value();
            }).ok());
    QVERIFY(endedAgencies > 0); // the demo data has agencies whose service ended: the rule is tried
    for (const YearSummary &year : statewide) {
        int due = 0;
        int filed = 0;
        // As the review queue and the outreach list read it: that year's reports, the rest folded.
        QVERIFY(HistoryScan::forEach(t.connection(), year.year, ReviewSettings(), [&](const AgencyHistory &h) {
                    due += h.isDue(year.year);
                    filed += h.isDue(year.year) && h.filed(year.year);
                }).ok());
        int listedDue = 0;
        int listedFiled = 0;
        for (const AgencyOverview &a : expectOk(AgencyOverviewQuery(t.connection()).load(year.year))) {
            listedDue += a.filing != AgencyOverview::Filing::NotDue;
            listedFiled += a.filing == AgencyOverview::Filing::Filed;
        }
        QCOMPARE(due, year.agenciesDue);
        QCOMPARE(filed, year.agenciesFiled);
        QCOMPARE(listedDue, year.agenciesDue);
        QCOMPARE(listedFiled, year.agenciesFiled);
    }
}

void TestFilingSpan::anUnreadableListIsAFailureNotAnEmptyOne()
{
    TestDatabase t;
    QVERIFY(t.asAnotherProgram({QStringLiteral("INSERT INTO agency (ori, name) VALUES ('CA0010000', 'A')")}));
    QCOMPARE(expectOk(AgencyOverviewQuery(t.connection()).load(2024)).size(), 1);
    // Another program takes the reports table away: the window must not show "no agencies".
    QVERIFY(t.asAnotherProgram({QStringLiteral("ALTER TABLE misuse_report RENAME TO misuse_report_gone")}));
    QVERIFY(!AgencyOverviewQuery(t.connection()).load(2024).ok());
    QVERIFY(!AgencyOverviewQuery(t.connection()).loadOne(1, 2024).ok());
}

QTEST_GUILESS_MAIN(TestFilingSpan)
#include "tst_filingspan.moc"
