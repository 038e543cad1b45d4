#include "testdatabase.h"

#include "app/demodatainstaller.h"
#include "app/outreach/outreachlist.h"
#include "app/review/reviewqueue.h"
#include "db/meetingstore.h"
#include "db/reviewstore.h"
#include "db/settingstore.h"

// The review queue read from a database: the demo's cases in order, settings stored in the
// file, reviewed marks, overrides with reasons, and meeting agendas.
class TestReviewQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void demoCasesAreFlagged();
    void storedSettingsApply();
    void marksAndOverridesAreKept();
    void agendaKeepsOrderAndNoDuplicates();
    void failedReadIsAnErrorNotAnEmptyQueue();

private:
    static const QueueEntry *find(const QList<QueueEntry> &queue, const QString &ori)
    {
        for (const QueueEntry &e : queue) {
            if (e.agency.ori == ori)
                return &e;
        }
        return nullptr;
    }
    TestDatabase m_t;
};

void TestReviewQueue::initTestCase()
{
    QVERIFY(DemoDataInstaller(m_t.database()).install(DemoOptions()).ok());
}

void TestReviewQueue::demoCasesAreFlagged()
{
    const QList<QueueEntry> queue = expectOk(ReviewQueue::load(m_t.connection(), 2025));
    const QueueEntry *glendale = find(queue, QStringLiteral("CAZ000005"));
    const QueueEntry *chula = find(queue, QStringLiteral("CAZ000006"));
    const QueueEntry *carlsbad = find(queue, QStringLiteral("CAZ000007"));
    const QueueEntry *chronic = find(queue, QStringLiteral("CAZ000008"));
    QVERIFY(glendale && chula && carlsbad && chronic);
    QCOMPARE(queue.first().agency.ori, QStringLiteral("CAZ000005"));
    QVERIFY(carlsbad->score > chula->score);
    QCOMPARE(chronic->suggestion.level, SanctionStep::Suspension); // censured in 2020, still not filing
    for (qsizetype i = 1; i < queue.size(); ++i)
        QVERIFY(queue[i - 1].score >= queue[i].score);
    // The removed DHS office is not due after 2019, so not in the queue for 2025.
    QVERIFY(!find(queue, QStringLiteral("CAZ000003")));
    const QList<QueueEntry> queue2018 = expectOk(ReviewQueue::load(m_t.connection(), 2018));
    const QueueEntry *removed = find(queue2018, QStringLiteral("CAZ000003"));
    QVERIFY(removed);
    // Warned on 2018-04-17, a year before the deadline of 2019-04-30, and still not filing: the
    // EFF letter's case for suspending ICE Orange County.
    QCOMPARE(removed->suggestion.level, SanctionStep::Suspension);
}

void TestReviewQueue::storedSettingsApply()
{
    const QList<QueueEntry> queueBefore = expectOk(ReviewQueue::load(m_t.connection(), 2025));
    const double before = find(queueBefore, QStringLiteral("CAZ000008"))->score;
    QVERIFY(SettingStore(m_t.connection()).set(QStringLiteral("w_not_filed"), 100).ok());
    const QList<QueueEntry> queueAfter = expectOk(ReviewQueue::load(m_t.connection(), 2025));
    const double after = find(queueAfter, QStringLiteral("CAZ000008"))->score;
    QCOMPARE(after, before + 70);
    QVERIFY(SettingStore(m_t.connection()).set(QStringLiteral("w_not_filed"), 30).ok());
}

void TestReviewQueue::marksAndOverridesAreKept()
{
    const QList<QueueEntry> queue = expectOk(ReviewQueue::load(m_t.connection(), 2025));
    const qint64 id = find(queue, QStringLiteral("CAZ000008"))->agency.id;
    ReviewStore store(m_t.connection());
    QVERIFY(store.markReviewed(id, 2025, true, QStringLiteral("reviewer")).ok());
    QVERIFY(store.setOverride({id, 2025, QStringLiteral("suspension"), QStringLiteral("censure"),
                               QStringLiteral("The chief called: the report is in the mail"), QDate(2026, 11, 25),
                               QStringLiteral("reviewer")}).ok());
    const QList<QueueEntry> reloaded = expectOk(ReviewQueue::load(m_t.connection(), 2025));
    const QueueEntry *e = find(reloaded, QStringLiteral("CAZ000008"));
    QVERIFY(e->reviewed);
    QVERIFY(e->override);
    QCOMPARE(e->override->chosen, QStringLiteral("censure"));
    QCOMPARE(e->override->reason, QStringLiteral("The chief called: the report is in the mail"));
    QVERIFY(!store.setOverride({id, 2025, QStringLiteral("suspension"), QStringLiteral("censure"), QStringLiteral("  "),
                                QDate(2026, 11, 25), QString()}).ok()); // a reason is required
    QVERIFY(m_t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'sanction_override'")).toInt() >= 1);
}

void TestReviewQueue::agendaKeepsOrderAndNoDuplicates()
{
    MeetingStore meetings(m_t.connection());
    const Result<qint64> meeting = meetings.add({0, QDate(2026, 12, 10), QStringLiteral("CAC meeting"), QStringLiteral("Chair")});
    QVERIFY(meeting.ok());
    QVERIFY(meetings.addToAgenda(meeting.value(), 8).ok());
    QVERIFY(meetings.addToAgenda(meeting.value(), 5).ok());
    QVERIFY(meetings.addToAgenda(meeting.value(), 8).ok());
    QCOMPARE(expectOk(meetings.agenda(meeting.value())), (QList<qint64>{8, 5}));
}

// A read that fails (here: a table gone from a damaged or hand-edited file) must say so; an
// empty queue would tell the committee that no agency needs attention.
void TestReviewQueue::failedReadIsAnErrorNotAnEmptyQueue()
{
    TestDatabase t;
    QVERIFY(ReviewQueue::load(t.connection(), 2025).ok());
    QSqlQuery q(t.connection());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE sanction")));
    const Result<QList<QueueEntry>> queue = ReviewQueue::load(t.connection(), 2025);
    QVERIFY(!queue.ok());
    QVERIFY2(queue.error().contains(QLatin1StringView("sanction")), qPrintable(queue.error()));
    QVERIFY(!OutreachList::load(t.connection(), 2025).ok());
}

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
