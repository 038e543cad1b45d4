#include "testdatabase.h"

#include "app/demo/demodatainstaller.h"
#include "app/outreach/outreachlist.h"
#include "app/review/meetingagenda.h"
#include "app/review/reviewwrites.h"
#include "app/review/reviewqueue.h"
#include "db/stores/review/meetingstore.h"
#include "db/stores/review/reviewstore.h"
#include "db/stores/review/settingstore.h"

using namespace cac;

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
    void agendaMovesRemovalsAndMeetingEdits();
    void briefingListsTheAgendaWithItsReasons();
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
                               QStringLiteral("reviewer")})
                    .ok());
    const QList<QueueEntry> reloaded = expectOk(ReviewQueue::load(m_t.connection(), 2025));
    const QueueEntry *e = find(reloaded, QStringLiteral("CAZ000008"));
    QVERIFY(e->reviewed);
    QVERIFY(e->override);
    QCOMPARE(e->override->chosen, QStringLiteral("censure"));
    QCOMPARE(e->override->reason, QStringLiteral("The chief called: the report is in the mail"));
    QVERIFY(!store.setOverride({id, 2025, QStringLiteral("suspension"), QStringLiteral("censure"), QStringLiteral("  "),
                                QDate(2026, 11, 25), QString()})
                     .ok()); // a reason is required
    QVERIFY(m_t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'sanction_override'")).toInt() >= 1);
}

void TestReviewQueue::agendaKeepsOrderAndNoDuplicates()
{
    MeetingStore meetings(m_t.connection());
    const Result<qint64> meeting =
            meetings.add({0, QDate(2026, 12, 10), QStringLiteral("CAC meeting"), QStringLiteral("Chair"), QString()});
    QVERIFY(meeting.ok());
    QVERIFY(meetings.addToAgenda(meeting.value(), 8).ok());
    QVERIFY(meetings.addToAgenda(meeting.value(), 5).ok());
    QVERIFY(meetings.addToAgenda(meeting.value(), 8).ok());
    QCOMPARE(expectOk(meetings.agenda(meeting.value())), (QList<qint64>{8, 5}));
}

void TestReviewQueue::agendaMovesRemovalsAndMeetingEdits()
{
    ReviewWrites actions(m_t.connection());
    const Result<qint64> meeting = actions.addMeeting({0, QDate(2027, 1, 14), QStringLiteral("January"), QString(), QString()});
    QVERIFY(meeting.ok());
    const qint64 id = meeting.value();
    for (const qint64 agency : {5, 6, 7, 8})
        QVERIFY(actions.addToAgenda(id, agency).ok());
    const auto agenda = [&] { return expectOk(MeetingStore(m_t.connection()).agenda(id)); };
    QVERIFY(actions.moveOnAgenda(id, 7, -1).ok());
    QCOMPARE(agenda(), (QList<qint64>{5, 7, 6, 8}));
    QVERIFY(actions.moveOnAgenda(id, 5, -1).ok()); // first already: stays
    QVERIFY(actions.moveOnAgenda(id, 8, 1).ok());  // last already: stays
    QCOMPARE(agenda(), (QList<qint64>{5, 7, 6, 8}));
    QVERIFY(actions.removeFromAgenda(id, 7).ok());
    QVERIFY(actions.moveOnAgenda(id, 5, 1).ok()); // over the gap the removal left
    QCOMPARE(agenda(), (QList<qint64>{6, 5, 8}));

    QVERIFY(!actions.updateMeeting({id, QDate(2027, 1, 21), QStringLiteral("  "), QString(), QString()})
                     .ok()); // a title is required
    QVERIFY(actions.updateMeeting({id, QDate(2027, 1, 21), QStringLiteral("January, moved"), QStringLiteral("Chair"), QString()})
                    .ok());
    QCOMPARE(m_t.scalar(QStringLiteral("SELECT held_on || ' ' || title FROM meeting WHERE id = %1").arg(id)).toString(),
             QStringLiteral("2027-01-21 January, moved"));
    QVERIFY(actions.removeMeeting(id).ok());
    QCOMPARE(m_t.scalar(QStringLiteral("SELECT count(*) FROM meeting_agency WHERE meeting_id = %1").arg(id)).toInt(), 0);
    QVERIFY(m_t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'meeting' AND action = 'delete'"))
                    .toInt() >= 1);
}

void TestReviewQueue::briefingListsTheAgendaWithItsReasons()
{
    MeetingStore meetings(m_t.connection());
    const MeetingStore::Meeting meeting{0, QDate(2027, 3, 4), QStringLiteral("March & more"), QStringLiteral("Dana Whitfield"),
                                        QString()};
    const Result<qint64> id = meetings.add(meeting);
    QVERIFY(id.ok());
    const qint64 quiet = m_t.scalar(QStringLiteral("SELECT id FROM agency WHERE ori = 'CAZ000020'")).toLongLong();
    QVERIFY(meetings.addToAgenda(id.value(), 8).ok());
    QVERIFY(meetings.addToAgenda(id.value(), quiet).ok());
    // The committee's override wins over the ladder's step, with its reason, wherever it is shown.
    QVERIFY(ReviewStore(m_t.connection())
                    .setOverride({8, 2025, QStringLiteral("suspension"), QStringLiteral("censure"),
                                  QStringLiteral("The chief called: the report is in the mail"), QDate(2026, 11, 25),
                                  QStringLiteral("reviewer")})
                    .ok());
    const QList<MeetingAgenda::Item> items = expectOk(MeetingAgenda::load(m_t.connection(), id.value(), 2025));
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).agency.id, 8);
    QVERIFY(items.at(0).entry); // flagged in 2025
    // Built from the agenda's agencies alone, as the whole queue builds it.
    const QList<QueueEntry> queue = expectOk(ReviewQueue::load(m_t.connection(), 2025));
    const QueueEntry *inQueue = find(queue, items.at(0).agency.ori);
    QVERIFY(inQueue);
    QCOMPARE(items.at(0).entry->score, inQueue->score);
    QCOMPARE(items.at(0).entry->suggestion.level, inQueue->suggestion.level);
    QVERIFY(!items.at(1).entry); // nothing flags it: said so, not left out
    const QString text =
            MeetingAgenda::briefing(meeting, items, 2025, true, QStringLiteral("demo.sqlite"))->document().toPlainText();
    QVERIFY(text.contains(QStringLiteral("March & more")));
    QVERIFY(text.contains(QStringLiteral("Demo data, fictional agencies")));
    QVERIFY(text.indexOf(QStringLiteral("1. ") + items.at(0).agency.name) <
            text.indexOf(QStringLiteral("2. ") + items.at(1).agency.name));
    QVERIFY(text.contains(QStringLiteral("Nothing flags this agency for 2025")));
    QVERIFY2(text.contains(QStringLiteral("Letter of censure (overridden; the ladder suggested Suspension of service)")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Sanction to discuss: Letter of censure")));
    QVERIFY(text.contains(QStringLiteral("Override: The chief called: the report is in the mail")));
    QVERIFY(!text.contains(QStringLiteral("Suggested sanction: ")));
    const QString path = m_t.dirPath() + QStringLiteral("/briefing.pdf");
    QVERIFY(MeetingAgenda::saveBriefing(meeting, items, 2025, true, QStringLiteral("demo.sqlite"), path).ok());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // No "fi" ligature glyph (U+FB01 in the font's ToUnicode map): "fictional", "filed" stay
    // two letters, so the PDF's text can be searched and copied.
    QVERIFY(!bytes.toUpper().contains("FB01"));
    QCOMPARE(pdf.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
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

QTEST_MAIN(TestReviewQueue) // with a QGuiApplication: the briefing prints a PDF
#include "tst_reviewqueue.moc"
