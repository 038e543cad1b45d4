#include "testdatabase.h"

#include "app/demo/demodatainstaller.h"
#include "app/review/historyscan.h"
#include "app/review/reviewqueue.h"
#include "db/stores/records/agencystore.h"
#include "db/stores/records/reportstore.h"
#include "db/stores/records/sanctionstore.h"

#include <QHash>
#include <QTest>

using namespace cac;

// The review queue and the outreach list read each agency's few recent years and let SQL fold the
// rest (HistoryScan): every answer the rules draw from that must be the one they draw from the
// agency's whole history, for every agency and year of the demo database.
class TestHistoryScan : public QObject
{
    Q_OBJECT
private slots:
    void windowedHistoriesAnswerAsWholeOnes_data();
    void windowedHistoriesAnswerAsWholeOnes();
    void aFailedReadIsAFailure();

private:
    // Every agency with every report and warning on record: the full recomputation.
    static QHash<qint64, AgencyHistory> wholeHistories(QSqlDatabase db)
    {
        QHash<qint64, AgencyHistory> all;
        for (const AgencyRecord &a : expectOk(AgencyStore(db).all()))
            all.insert(a.id, AgencyHistory::whole(a, {}, {}));
        for (const MisuseReport &r : expectOk(ReportStore(db).all()))
            all[r.agencyId].reports.append(r);
        for (const SanctionRecord &s : expectOk(SanctionStore(db).all()))
            all[s.agencyId].sanctions.append(s);
        return all;
    }
    static QString described(const QueueEntry &e)
    {
        QStringList lines;
        for (const ReviewFlag &f : e.flags)
            lines << QStringLiteral("%1 %2 %3").arg(f.rule, f.sentence).arg(f.weight);
        lines << SanctionStep::code(e.suggestion.level) << e.suggestion.reasons;
        return lines.join(u'\n');
    }
};

void TestHistoryScan::windowedHistoriesAnswerAsWholeOnes_data()
{
    QTest::addColumn<int>("zeroYears");
    QTest::newRow("default settings") << 0;
    QTest::newRow("six years of zero investigations") << 6;
}

void TestHistoryScan::windowedHistoriesAnswerAsWholeOnes()
{
    QFETCH(int, zeroYears);
    TestDatabase t;
    DemoOptions options;
    options.fromYear = 2004;
    QVERIFY(DemoDataInstaller(t.database()).install(options).ok());
    ReviewSettings settings;
    if (zeroYears > 0) {
        settings.set("zero_years", zeroYears);
        settings.set("large_sworn", 10);
    }
    const QHash<qint64, AgencyHistory> whole = wholeHistories(t.connection());
    QSet<QString> rulesSeen;
    int streaks = 0;
    for (int year = 2003; year <= 2027; ++year) {
        int visited = 0;
        const Status read = HistoryScan::forEach(t.connection(), year, settings, [&](const AgencyHistory &h) {
            ++visited;
            const AgencyHistory &w = whole.value(h.agency.id);
            const QByteArray where = QStringLiteral("%1 in %2").arg(h.agency.ori).arg(year).toUtf8();
            QVERIFY2(h.reports.size() <= 1, where.constData()); // the year's report alone
            QVERIFY2(h.medianOfThreeBefore(year) == w.medianOfThreeBefore(year), where.constData());
            const int k = int(settings.value("zero_years"));
            QVERIFY2(h.zeroInvestigationYearsBefore(year, k) == w.zeroInvestigationYearsBefore(year, k), where.constData());
            QVERIFY2(h.isDue(year) == w.isDue(year), where.constData());
            QVERIFY2(h.filed(year) == w.filed(year), where.constData());
            QVERIFY2(h.yearsNotFiled(year) == w.yearsNotFiled(year), where.constData());
            QVERIFY2(h.lastFiled(year) == w.lastFiled(year), where.constData());
            QVERIFY2(h.earlierMaximum(year) == w.earlierMaximum(year), where.constData());
            const QueueEntry windowed = ReviewQueue::entryFor(h, year, settings);
            QCOMPARE(described(windowed), described(ReviewQueue::entryFor(w, year, settings)));
            for (const ReviewFlag &f : windowed.flags)
                rulesSeen.insert(f.rule);
            streaks += h.yearsNotFiled(year) >= 2;
        });
        QVERIFY(read.ok());
        QCOMPARE(visited, whole.size()); // every agency, with or without reports in the years
    }
    // The demo data tries the rules that read back in time.
    QVERIFY(streaks > 0);
    QVERIFY2(rulesSeen.contains(QStringLiteral("record")), qPrintable(QStringList(rulesSeen.values()).join(u' ')));
    QVERIFY(rulesSeen.contains(QStringLiteral("filing")));
    if (zeroYears > 0)
        QVERIFY(rulesSeen.contains(QStringLiteral("large_zero")));
}

void TestHistoryScan::aFailedReadIsAFailure()
{
    TestDatabase t;
    QVERIFY(DemoDataInstaller(t.database()).install(DemoOptions()).ok());
    QSqlQuery drop(t.connection());
    QVERIFY2(drop.exec(QStringLiteral("DROP TABLE sanction")), qPrintable(drop.lastError().text()));
    int visited = 0;
    const Status read = HistoryScan::forEach(t.connection(), 2025, ReviewSettings(), [&](const AgencyHistory &) { ++visited; });
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(QStringLiteral("sanction")), qPrintable(read.error()));
    QCOMPARE(visited, 0);
}

QTEST_GUILESS_MAIN(TestHistoryScan)
#include "tst_historyscan.moc"
