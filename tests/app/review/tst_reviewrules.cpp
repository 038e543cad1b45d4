#include "reviewfixtures.h"

#include "app/review/reviewqueue.h"
#include "app/review/rules/rulebook.h"
#include "app/review/sanctionladder.h"

#include <QTest>

using namespace cac;

using namespace ReviewFixtures;

// Each rule on a small fixture, then the public cases of DOMAIN.md: who is flagged, why, in
// what order, and which sanction is suggested.
class TestReviewRules : public QObject
{
    Q_OBJECT
private slots:
    void deadlineIsTheSetDayOfTheNextYear();
    void notFilingAndStreak();
    void lateFiling();
    void notFilingAfterWarning();
    void largeAgencyZeroInvestigations();
    void recordAndJump();
    void concentrated();
    void graveCategoriesToldApartFromProcessErrors();
    void figuresThatDoNotAddUp();
    void unknownIsNotZero();
    void graveSingleCaseOutranksTrainingErrors();
    void glendaleIsConcentrated();
    void dhsOfficeFlaggedOnBothCounts();
    void ladder_data();
    void ladder();
    void settingsChangeWeightsAndThresholds();

private:
    static QStringList sentences(const QList<ReviewFlag> &flags)
    {
        QStringList list;
        for (const ReviewFlag &f : flags)
            list << f.sentence;
        return list;
    }
    static QStringList flagsOf(const AgencyHistory &h, int year)
    {
        return sentences(Rulebook::evaluate(h, year, ReviewSettings()));
    }
};

void TestReviewRules::deadlineIsTheSetDayOfTheNextYear()
{
    ReviewSettings settings;
    QCOMPARE(settings.deadline(2025), QDate(2026, 4, 30));
    // A day past the month's end is its last day, never an invalid date that compares as none.
    settings.set("deadline_month", 2);
    settings.set("deadline_day", 31);
    QCOMPARE(settings.deadline(2023), QDate(2024, 2, 29));
    QCOMPARE(settings.deadline(2024), QDate(2025, 2, 28));
}

void TestReviewRules::notFilingAndStreak()
{
    AgencyHistory h = agency(QStringLiteral("Alder PD"), 40);
    quietYears(h, 2014, 2015);
    notFiled(h, 2016);
    // 2017: no row at all; it is due all the same.
    notFiled(h, 2018);
    const QStringList flags = flagsOf(h, 2018);
    QVERIFY2(flags.contains(QStringLiteral("Did not file for 2018")), qPrintable(flags.join(u'|')));
    QVERIFY(flags.contains(QStringLiteral("Did not file for 3 years in a row (2016–2018)")));
    QCOMPARE(flagsOf(h, 2015), QStringList());
}

void TestReviewRules::lateFiling()
{
    AgencyHistory h = agency(QStringLiteral("Bay PD"), 40);
    report(h, 2018, 2, ViolationRange{0, 0}, 0).filedDate = QDate(2019, 9, 30);
    QCOMPARE(flagsOf(h, 2018),
             QStringList{QStringLiteral(
                     "Filed the 2018 report late: on September 30, 2019, 153 days after the deadline of April 30, 2019")});
    h.reports[0].filedDate = QDate(2019, 5, 20); // within the grace of 30 days
    QCOMPARE(flagsOf(h, 2018), QStringList());
}

void TestReviewRules::notFilingAfterWarning()
{
    AgencyHistory h = agency(QStringLiteral("Cove PD"), 40);
    quietYears(h, 2015, 2016);
    notFiled(h, 2017);
    notFiled(h, 2018);
    sanction(h, "warning", QDate(2018, 5, 15));
    QVERIFY(flagsOf(h, 2018).contains(QStringLiteral("Did not file for 2018, after the warning of May 15, 2018")));
    // The 2017 report was due on 2018-04-30, before the warning: not "after a warning".
    QVERIFY(!flagsOf(h, 2017).join(u'|').contains(QLatin1StringView("after the warning")));
}

void TestReviewRules::largeAgencyZeroInvestigations()
{
    AgencyHistory big = agency(QStringLiteral("Big Sheriff"), 2400);
    for (int y = 2016; y <= 2018; ++y)
        report(big, y, 0, ViolationRange{0, 0});
    QVERIFY(flagsOf(big, 2018).contains(QStringLiteral("Zero investigations in 3 years with 2,400 sworn staff")));
    AgencyHistory small = agency(QStringLiteral("Small PD"), 30);
    for (int y = 2016; y <= 2018; ++y)
        report(small, y, 0, ViolationRange{0, 0});
    QCOMPARE(flagsOf(small, 2018), QStringList());
}

void TestReviewRules::recordAndJump()
{
    AgencyHistory h = agency(QStringLiteral("Mesa PD"), 200);
    report(h, 2014, 10, ViolationRange{6, 6});
    report(h, 2015, 4, ViolationRange{1, 1});
    report(h, 2016, 4, ViolationRange{2, 2});
    report(h, 2017, 4, ViolationRange{3, 3});
    report(h, 2018, 40, ViolationRange{38, 38});
    const QStringList flags = flagsOf(h, 2018);
    QVERIFY(flags.contains(QStringLiteral("38 violations in 2018, above its earlier maximum of 6 (2014)")));
    QVERIFY(flags.contains(QStringLiteral("38 violations in 2018, against a median of 2 in the three years before")));
}

void TestReviewRules::concentrated()
{
    AgencyHistory h = agency(QStringLiteral("Vale PD"), 200);
    report(h, 2018, 4, ViolationRange{15, 25}, 1);
    QVERIFY(flagsOf(h, 2018).contains(QStringLiteral("15–25 violations by 1 person")));
    h.reports[0].individuals = 6;
    QVERIFY(!flagsOf(h, 2018).join(u'|').contains(QLatin1StringView("by 6 people")));
}

void TestReviewRules::graveCategoriesToldApartFromProcessErrors()
{
    AgencyHistory h = agency(QStringLiteral("Kestrel PD"), 200);
    MisuseReport &r = report(h, 2019, 5, ViolationRange{5, 5}, 3);
    category(r, "dmv_unauthorized", 2);
    category(r, "licensing_employment", 3);
    const QList<ReviewFlag> flags = Rulebook::evaluate(h, 2019, ReviewSettings());
    const QStringList text = sentences(flags);
    QVERIFY2(text.contains(QStringLiteral("2 violations of grave kinds: Unauthorized DMV query (2)")),
             qPrintable(text.join(u'|')));
    QVERIFY(text.contains(QStringLiteral(
            "3 of 5 violations were licensing or employment checks: a process error, not misuse for personal ends")));
    for (const ReviewFlag &f : flags) {
        if (f.sentence.contains(QLatin1StringView("process error")))
            QCOMPARE(f.weight, 0.0);
    }
}

void TestReviewRules::figuresThatDoNotAddUp()
{
    AgencyHistory h = agency(QStringLiteral("Wren PD"), 200);
    MisuseReport &r = report(h, 2019, 2, ViolationRange{5, 5}, 7);
    category(r, "other", 3);
    const QStringList flags = flagsOf(h, 2019);
    QVERIFY(flags.contains(QStringLiteral("5 violations but only 2 investigations")));
    QVERIFY(flags.contains(QStringLiteral("7 individuals but only 5 violations")));
    QVERIFY(flags.contains(QStringLiteral("Categories add up to 3, violations are 5")));
    AgencyHistory empty = agency(QStringLiteral("Empty PD"), 20);
    report(empty, 2019, std::nullopt, std::nullopt);
    QCOMPARE(flagsOf(empty, 2019), QStringList{QStringLiteral("Filed for 2019, but with no figures at all")});
    // A range: categories anywhere within it add up.
    AgencyHistory ranged = agency(QStringLiteral("Range PD"), 200);
    MisuseReport &rr = report(ranged, 2019, 30, ViolationRange{15, 25}, 2);
    category(rr, "other", 20);
    QVERIFY(!flagsOf(ranged, 2019).join(u'|').contains(QLatin1StringView("Categories add up")));
}

void TestReviewRules::unknownIsNotZero()
{
    // A large agency that did not report its investigations is not "zero investigations".
    AgencyHistory h = agency(QStringLiteral("Unknown Sheriff"), 5000);
    for (int y = 2016; y <= 2018; ++y)
        report(h, y, std::nullopt, std::nullopt);
    QVERIFY(!flagsOf(h, 2018).join(u'|').contains(QLatin1StringView("Zero investigations")));
}

void TestReviewRules::graveSingleCaseOutranksTrainingErrors()
{
    AgencyHistory carlsbad = agency(QStringLiteral("Carlsbad-like PD"), 115);
    quietYears(carlsbad, 2015, 2018);
    MisuseReport &c = report(carlsbad, 2019, 1, ViolationRange{1, 1}, 1);
    category(c, "self_or_acquaintance", 1);
    c.outcomes[5] = 1; // criminal charges
    AgencyHistory chula = agency(QStringLiteral("Chula Vista-like PD"), 240);
    quietYears(chula, 2015, 2018);
    MisuseReport &v = report(chula, 2019, 38, ViolationRange{38, 38}, 6);
    category(v, "licensing_employment", 38);
    const QList<QueueEntry> queue = ReviewQueue::build({chula, carlsbad}, 2019, ReviewSettings());
    QCOMPARE(queue.size(), 2);
    QCOMPARE(queue[0].agency.name, QStringLiteral("Carlsbad-like PD"));
    QVERIFY(queue[0].score > queue[1].score);
    QVERIFY(sentences(queue[0].flags).contains(QStringLiteral("Misuse that led to criminal charges (1)")));
    QVERIFY(sentences(queue[1].flags).join(u'|').contains(QLatin1StringView("process error")));
}

void TestReviewRules::glendaleIsConcentrated()
{
    AgencyHistory glendale = agency(QStringLiteral("Glendale-like PD"), 250);
    quietYears(glendale, 2015, 2018);
    MisuseReport &r = report(glendale, 2019, 4, ViolationRange{15, 25}, 1);
    category(r, "self_or_acquaintance", 15);
    const QList<QueueEntry> queue = ReviewQueue::build({glendale}, 2019, ReviewSettings());
    QCOMPARE(queue.size(), 1);
    const QStringList flags = sentences(queue[0].flags);
    QVERIFY(flags.contains(QStringLiteral("15–25 violations by 1 person")));
    QVERIFY(flags.contains(QStringLiteral("15 violations of grave kinds: Self, family or acquaintance (15)")));
    QVERIFY(queue[0].arithmetic().endsWith(QStringLiteral(" = %1").arg(queue[0].score)));
}

void TestReviewRules::dhsOfficeFlaggedOnBothCounts()
{
    AgencyHistory dhs = agency(QStringLiteral("DHS Field Office"), 1200, QStringLiteral("U.S. Department of Homeland Security"));
    report(dhs, 2016, 0, ViolationRange{0, 0});
    report(dhs, 2017, 0, ViolationRange{0, 0});
    report(dhs, 2018, 0, ViolationRange{0, 0}).filedDate = QDate(2019, 9, 30);
    const QStringList flags = flagsOf(dhs, 2018);
    QVERIFY2(flags.contains(QStringLiteral("Immigration-enforcement watch (U.S. Department of Homeland Security): "
                                           "opened no misuse investigation in 2018")),
             qPrintable(flags.join(u'|')));
    QVERIFY(flags.contains(QStringLiteral("Zero investigations in 3 years with 1,200 sworn staff")));
    QVERIFY(flags.join(u'|').contains(QLatin1StringView("Filed the 2018 report late")));
}

void TestReviewRules::ladder_data()
{
    QTest::addColumn<QString>("history");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("reason");
    QTest::newRow("filed: none") << "filed" << int(SanctionStep::None) << "nothing on record calls for a sanction";
    QTest::newRow("not filed, no warning: censure") << "nofile" << int(SanctionStep::Censure) << "No warning is on record";
    QTest::newRow("warned a year ahead: suspension")
            << "warned-early" << int(SanctionStep::Suspension) << "at least 12 months before the deadline";
    QTest::newRow("warned late: censure") << "warned-late" << int(SanctionStep::Censure)
                                          << "less than 12 months before the deadline";
    QTest::newRow("after censure: suspension") << "censured" << int(SanctionStep::Suspension) << "It was censured (June 1, 2019)";
    QTest::newRow("after suspension: removal") << "suspended" << int(SanctionStep::Removal) << "already suspended (June 1, 2019)";
    QTest::newRow("immigration enforcement: censure") << "immigration" << int(SanctionStep::Censure) << "the PPP forbids";
}

void TestReviewRules::ladder()
{
    QFETCH(QString, history);
    QFETCH(int, level);
    QFETCH(QString, reason);
    AgencyHistory h = agency(QStringLiteral("Ladder PD"), 100);
    quietYears(h, 2015, 2018);
    if (history == u"filed") {
        quietYears(h, 2019, 2019);
    } else if (history == u"immigration") {
        category(report(h, 2019, 1, ViolationRange{1, 1}, 1), "immigration_enforcement", 1);
    } else {
        notFiled(h, 2019);
        if (history == u"warned-early")
            sanction(h, "warning", QDate(2018, 4, 17)); // deadline 2020-04-30
        if (history == u"warned-late")
            sanction(h, "warning", QDate(2019, 9, 1));
        if (history == u"censured")
            sanction(h, "censure", QDate(2019, 6, 1));
        if (history == u"suspended")
            sanction(h, "suspension", QDate(2019, 6, 1));
    }
    const SanctionStep step = SanctionLadder::suggest(h, 2019, Rulebook::evaluate(h, 2019, ReviewSettings()), ReviewSettings());
    QCOMPARE(int(step.level), level);
    QVERIFY2(step.reasons.join(u' ').contains(reason), qPrintable(step.reasons.join(u' ')));
}

void TestReviewRules::settingsChangeWeightsAndThresholds()
{
    AgencyHistory big = agency(QStringLiteral("Mid Sheriff"), 800);
    for (int y = 2016; y <= 2018; ++y)
        report(big, y, 0, ViolationRange{0, 0});
    ReviewSettings settings;
    QVERIFY(ReviewQueue::build({big}, 2018, settings).isEmpty()); // 800 < 1,000 sworn
    settings.set("large_sworn", 500);
    settings.set("w_large_zero", 42);
    const QList<QueueEntry> queue = ReviewQueue::build({big}, 2018, settings);
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue[0].score, 42.0);
}

QTEST_GUILESS_MAIN(TestReviewRules)
#include "tst_reviewrules.moc"
