#include "reviewfixtures.h"
#include "testdatabase.h"

#include "app/outreach/filingweeks.h"
#include "app/outreach/outreachlist.h"
#include "db/import/reportimporter.h"
#include "db/stores/outreach/outreachstore.h"

#include <QBuffer>

using namespace cac;

using namespace ReviewFixtures;

// Who DOJ staff call about a year's report, and why; calls, follow-ups and assignment; an
// import that files the report takes the agency off the list.
class TestOutreachList : public QObject
{
    Q_OBJECT
private slots:
    void whoIsOnTheListAndWhy();
    void callsAndFollowUpsAreOrdered();
    void progressCountsLastOutcomes();
    void importRemovesTheFiledAgency();
    void filingWeeksCountsAroundTheDeadline();

private:
    static QList<AgencyHistory> fixture()
    {
        AgencyHistory missing = agency(QStringLiteral("Missing PD"), 40);
        quietYears(missing, 2016, 2017);
        notFiled(missing, 2018);
        AgencyHistory noIndividuals = agency(QStringLiteral("Partial PD"), 40);
        report(noIndividuals, 2018, 3, ViolationRange{2, 2}); // no individuals, no categories
        AgencyHistory odd = agency(QStringLiteral("Odd PD"), 40);
        MisuseReport &r = report(odd, 2018, 1, ViolationRange{4, 4}, 1);
        category(r, "other", 4);
        AgencyHistory complete = agency(QStringLiteral("Complete PD"), 40);
        category(report(complete, 2018, 3, ViolationRange{2, 2}, 1), "dmv_unauthorized", 2);
        return {missing, noIndividuals, odd, complete};
    }
    static QSet<qint64> filedIn(const QList<AgencyHistory> &histories, int year)
    {
        QSet<qint64> filed;
        for (const AgencyHistory &h : histories) {
            if (h.filed(year))
                filed.insert(h.agency.id);
        }
        return filed;
    }
};

void TestOutreachList::whoIsOnTheListAndWhy()
{
    const QList<OutreachEntry> list = OutreachList::build(fixture(), {}, {}, {}, 2018, ReviewSettings());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).agency.name, QStringLiteral("Missing PD")); // highest priority: not filed
    QCOMPARE(list.at(0).reasons, QStringList{QStringLiteral("Has not filed the 2018 report")});
    QCOMPARE(list.at(0).yearsNotFiled, 1);
    QStringList all;
    for (const OutreachEntry &e : list)
        all << e.agency.name + QStringLiteral(": ") + e.reasons.join(QStringLiteral("; "));
    QVERIFY2(all.contains(QStringLiteral("Partial PD: Filed without the number of individuals; Filed without misuse categories")),
             qPrintable(all.join(u'\n')));
    QVERIFY(all.contains(QStringLiteral("Odd PD: 4 violations but only 1 investigation")));
}

void TestOutreachList::callsAndFollowUpsAreOrdered()
{
    const QList<AgencyHistory> histories = fixture();
    QList<OutreachCall> calls;
    calls.append({1, histories.at(1).agency.id, 2018, QDateTime(QDate(2019, 5, 2), QTime(10, 0)), QStringLiteral("ana"),
                  QStringLiteral("left_message"), std::nullopt, QString(), QDate(2019, 5, 9)});
    calls.append({2, histories.at(1).agency.id, 2018, QDateTime(QDate(2019, 5, 9), QTime(10, 0)), QStringLiteral("ana"),
                  QStringLiteral("promised"), QDate(2019, 5, 31), QStringLiteral("chief will send it"), QDate(2019, 6, 3)});
    calls.append({3, histories.at(0).agency.id, 2018, QDateTime(QDate(2019, 5, 3), QTime(9, 0)), QStringLiteral("ben"),
                  QStringLiteral("reached"), std::nullopt, QString(), QDate(2019, 5, 20)});
    QList<OutreachEntry> list = OutreachList::build(histories, {}, calls, {{histories.at(0).agency.id, QStringLiteral("ben")}},
                                                    2018, ReviewSettings());
    OutreachList::sort(list, OutreachList::Order::FollowUp);
    QCOMPARE(list.at(0).agency.name, QStringLiteral("Missing PD")); // follow up on 2019-05-20
    QCOMPARE(list.at(0).assignedTo, QStringLiteral("ben"));
    QCOMPARE(list.at(1).agency.name, QStringLiteral("Partial PD")); // 2019-06-03, its last call's date
    QCOMPARE(list.at(1).calls, 2);
    QCOMPARE(list.at(1).lastCall->outcome, QStringLiteral("promised"));
    QCOMPARE(list.at(2).agency.name, QStringLiteral("Odd PD")); // no follow-up yet: last
}

void TestOutreachList::progressCountsLastOutcomes()
{
    const QList<AgencyHistory> histories = fixture();
    const QList<OutreachCall> calls = {
            {1, histories.at(0).agency.id, 2018, QDateTime(QDate(2019, 5, 2), QTime(10, 0)), QStringLiteral("ana"),
             QStringLiteral("wrong_number"), std::nullopt, QString(), std::nullopt},
            {2, histories.at(3).agency.id, 2018, QDateTime(QDate(2019, 4, 2), QTime(10, 0)), QStringLiteral("ana"),
             QStringLiteral("promised"), std::nullopt, QString(), std::nullopt},
    };
    const QList<OutreachEntry> list = OutreachList::build(histories, {}, calls, {}, 2018, ReviewSettings());
    const OutreachList::Progress p = OutreachList::progress(list, filedIn(histories, 2018), calls);
    QCOMPARE(p.unreachable, 1);
    QCOMPARE(p.outstanding, 2);
    QCOMPARE(p.filedSinceCalled, 1); // Complete PD was called, and has filed
    // Reached, with a date it promised to file by: a promise, as the call dialog lets one record it.
    QList<OutreachCall> promising = calls;
    promising[0].outcome = QStringLiteral("reached");
    promising[0].promisedBy = QDate(2019, 6, 1);
    const OutreachList::Progress q = OutreachList::progress(
            OutreachList::build(histories, {}, promising, {}, 2018, ReviewSettings()), filedIn(histories, 2018), promising);
    QCOMPARE(q.promised, 1);
    QCOMPARE(q.reached, 0);
}

void TestOutreachList::importRemovesTheFiledAgency()
{
    TestDatabase t;
    QBuffer first;
    first.setData("ori,year,agency,filed,investigations,violations,individuals\n"
                  "CA0000001,2017,Alpha PD,yes,2,0,0\nCA0000002,2017,Bravo PD,yes,2,0,0\nCA0000002,2018,Bravo PD,yes,2,0,0\n");
    first.open(QIODevice::ReadOnly);
    QVERIFY(ReportImporter(t.database()).importDevice(first, QStringLiteral("first.csv"), {}).succeeded());
    QList<OutreachEntry> list = expectOk(OutreachList::load(t.connection(), 2018));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().agency.ori, QStringLiteral("CA0000001"));
    QVERIFY(OutreachStore(t.connection())
                    .logCall({0, list.first().agency.id, 2018, QDateTime::currentDateTime(), QStringLiteral("ana"),
                              QStringLiteral("promised"), QDate(2019, 6, 1), QString(), QDate(2019, 6, 2)})
                    .ok());
    QBuffer late;
    late.setData("ori,year,filed,investigations,violations,individuals\nCA0000001,2018,yes,1,0,0\n");
    late.open(QIODevice::ReadOnly);
    QVERIFY(ReportImporter(t.database()).importDevice(late, QStringLiteral("late.csv"), {}).succeeded());
    QVERIFY(expectOk(OutreachList::load(t.connection(), 2018)).isEmpty());
    QCOMPARE(expectOk(OutreachStore(t.connection()).calls(2018)).size(), 1); // the call log stays
}

void TestOutreachList::filingWeeksCountsAroundTheDeadline()
{
    TestDatabase t;
    QBuffer rows;
    rows.setData("ori,year,agency,filed,filed_date,investigations\n"
                 "CA0000001,2018,A,yes,2018-12-01,1\n" // long before: the first week
                 "CA0000002,2018,B,yes,2019-04-29,1\n" // the week before the deadline
                 "CA0000003,2018,C,yes,2019-04-30,1\n" // on the deadline
                 "CA0000004,2018,D,yes,2019-12-31,1\n" // long after: the last week
                 "CA0000005,2018,E,no,,\n");
    rows.open(QIODevice::ReadOnly);
    QVERIFY(ReportImporter(t.database()).importDevice(rows, QStringLiteral("w.csv"), {}).succeeded());
    const ChartData chart = expectOk(FilingWeeks::chart(t.connection(), 2018, QDate(2019, 4, 30)));
    QCOMPARE(chart.series.size(), 1);
    const QList<ChartData::Point> &p = chart.series.first().points;
    QCOMPARE(p.size(), 20);
    QCOMPARE(*p.at(0).low, 1.0);
    QCOMPARE(*p.at(7).low, 1.0); // 2019-04-23 to 04-29
    QCOMPARE(*p.at(8).low, 1.0); // from the deadline
    QCOMPARE(*p.at(19).low, 1.0);
    double total = 0;
    for (const ChartData::Point &point : p)
        total += *point.low;
    QCOMPARE(total, 4.0); // the unfiled report is not counted
    QCOMPARE(chart.xLabels.value(8), QStringLiteral("Apr 30"));
}

QTEST_GUILESS_MAIN(TestOutreachList)
#include "tst_outreachlist.moc"
