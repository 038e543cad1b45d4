#include "testdatabase.h"

#include "app/demo/demodatainstaller.h"
#include "app/editing/reviewdocument.h"
#include "app/review/reviewwrites.h"
#include "app/review/reviewdecisions.h"
#include "app/review/reviewqueue.h"
#include "db/stores/review/meetingstore.h"
#include "db/stores/review/reviewstore.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace cac;

// The reviewer's decisions go on the document's undo stack like every other edit: each is
// written at once, undone by its opposite, and redone.
class TestReviewDecisions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void reviewedMarkIsUndone();
    void overrideIsUndoneToTheOneItReplaced();
    void agendaChangesAreUndoneInPlace();
    void noOpDecisionsLeaveNothingToUndo();
    void meetingsAreUndoneWithTheirAgenda();
    void settingsAreUndoneToTheValuesInForce();

private:
    QList<qint64> agenda() const { return expectOk(MeetingStore(m_t->connection()).agenda(m_meeting)); }
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<ReviewDocument> m_document;
    qint64 m_meeting = 0;
};

void TestReviewDecisions::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(DemoDataInstaller(m_t->database()).install(DemoOptions()).ok());
    m_document = std::make_unique<ReviewDocument>(m_t->database());
    const Result<qint64> meeting =
            ReviewWrites(m_t->connection())
                    .addMeeting({0, QDate(2026, 12, 10), QStringLiteral("December"), QString(), QString()});
    QVERIFY(meeting.ok());
    m_meeting = meeting.value();
}

void TestReviewDecisions::cleanup()
{
    m_document.reset();
    m_t.reset();
}

void TestReviewDecisions::reviewedMarkIsUndone()
{
    QSignalSpy changed(m_document.get(), &ReviewDocument::agencyChanged);
    QCOMPARE(ReviewDecisions(*m_document).markReviewed(8, 2025, true).error(), QString());
    QVERIFY(expectOk(ReviewStore(m_t->connection()).reviewed(2025)).contains(8));
    QCOMPARE(changed.count(), 1);
    m_document->undoStack()->undo();
    QVERIFY(!expectOk(ReviewStore(m_t->connection()).reviewed(2025)).contains(8));
    QCOMPARE(changed.count(), 2); // views reload after an undo too
    m_document->undoStack()->redo();
    QVERIFY(expectOk(ReviewStore(m_t->connection()).reviewed(2025)).contains(8));
}

void TestReviewDecisions::overrideIsUndoneToTheOneItReplaced()
{
    ReviewDecisions decisions(*m_document);
    QCOMPARE(
            decisions.overrideSanction(8, 2025, SanctionStep::Suspension, SanctionStep::Censure, QStringLiteral("first")).error(),
            QString());
    QCOMPARE(decisions.overrideSanction(8, 2025, SanctionStep::Suspension, SanctionStep::None, QStringLiteral("second")).error(),
             QString());
    const auto reason = [this] {
        const QHash<qint64, SanctionOverride> o = expectOk(ReviewStore(m_t->connection()).overrides(2025));
        return o.contains(8) ? o.value(8).reason : QStringLiteral("(none)");
    };
    QCOMPARE(reason(), QStringLiteral("second"));
    m_document->undoStack()->undo();
    QCOMPARE(reason(), QStringLiteral("first"));
    m_document->undoStack()->undo();
    QCOMPARE(reason(), QStringLiteral("(none)"));
    QVERIFY(!decisions.overrideSanction(8, 2025, SanctionStep::Suspension, SanctionStep::None, QStringLiteral(" ")).ok());
    QCOMPARE(m_document->undoStack()->count(), 2); // a refused override is not on the stack
}

void TestReviewDecisions::agendaChangesAreUndoneInPlace()
{
    ReviewDecisions decisions(*m_document);
    for (const qint64 agency : {5, 6, 7})
        QCOMPARE(decisions.addToAgenda(m_meeting, agency).error(), QString());
    QCOMPARE(decisions.moveOnAgenda(m_meeting, 7, -1).error(), QString());
    QCOMPARE(agenda(), (QList<qint64>{5, 7, 6}));
    QCOMPARE(decisions.removeFromAgenda(m_meeting, 5).error(), QString());
    QCOMPARE(agenda(), (QList<qint64>{7, 6}));
    m_document->undoStack()->undo(); // the removal: back in first place
    QCOMPARE(agenda(), (QList<qint64>{5, 7, 6}));
    m_document->undoStack()->undo(); // the move
    QCOMPARE(agenda(), (QList<qint64>{5, 6, 7}));
    m_document->undoStack()->undo(); // adding 7
    QCOMPARE(agenda(), (QList<qint64>{5, 6}));
    m_document->undoStack()->redo();
    m_document->undoStack()->redo();
    QCOMPARE(agenda(), (QList<qint64>{5, 7, 6}));
}

void TestReviewDecisions::noOpDecisionsLeaveNothingToUndo()
{
    ReviewDecisions decisions(*m_document);
    QCOMPARE(decisions.addToAgenda(m_meeting, 5).error(), QString());
    QCOMPARE(decisions.addToAgenda(m_meeting, 5).error(), QString());      // on it already
    QCOMPARE(decisions.moveOnAgenda(m_meeting, 5, -1).error(), QString()); // first already
    QCOMPARE(decisions.removeFromAgenda(m_meeting, 6).error(), QString()); // not on it
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestReviewDecisions::meetingsAreUndoneWithTheirAgenda()
{
    ReviewDecisions decisions(*m_document);
    const Result<qint64> added = decisions.addMeeting({0, QDate(2027, 2, 4), QStringLiteral("February"), QString(), QString()});
    QVERIFY(added.ok());
    const qint64 id = added.value();
    const auto title = [this, id] {
        return m_t->scalar(QStringLiteral("SELECT coalesce((SELECT title FROM meeting WHERE id = %1), '(none)')").arg(id))
                .toString();
    };
    m_document->undoStack()->undo();
    QCOMPARE(title(), QStringLiteral("(none)"));
    m_document->undoStack()->redo(); // back with the same id
    QCOMPARE(title(), QStringLiteral("February"));

    QCOMPARE(decisions.updateMeeting({id, QDate(2027, 2, 11), QStringLiteral("February, moved"), QString(), QString()}).error(),
             QString());
    QCOMPARE(title(), QStringLiteral("February, moved"));
    m_document->undoStack()->undo();
    QCOMPARE(title(), QStringLiteral("February"));
    m_document->undoStack()->redo();

    for (const qint64 agency : {6, 5, 7})
        QCOMPARE(decisions.addToAgenda(id, agency).error(), QString());
    QCOMPARE(decisions.removeFromAgenda(id, 5).error(), QString()); // a gap in the positions
    QCOMPARE(decisions.removeMeeting(id).error(), QString());
    QCOMPARE(title(), QStringLiteral("(none)"));
    QCOMPARE(m_t->scalar(QStringLiteral("SELECT count(*) FROM meeting_agency WHERE meeting_id = %1").arg(id)).toInt(), 0);
    m_document->undoStack()->undo(); // the meeting comes back with its agenda in order
    QCOMPARE(title(), QStringLiteral("February, moved"));
    QCOMPARE(expectOk(MeetingStore(m_t->connection()).agenda(id)), (QList<qint64>{6, 7}));
    m_document->undoStack()->undo(); // and the removal before it still undoes in place
    QCOMPARE(expectOk(MeetingStore(m_t->connection()).agenda(id)), (QList<qint64>{6, 5, 7}));
}

void TestReviewDecisions::settingsAreUndoneToTheValuesInForce()
{
    const auto weight = [this] { return expectOk(ReviewQueue::loadSettings(m_t->connection())).value("w_not_filed"); };
    const double before = weight();
    ReviewSettings changed = expectOk(ReviewQueue::loadSettings(m_t->connection()));
    changed.set("w_not_filed", before + 50);
    QSignalSpy spy(m_document.get(), &ReviewDocument::agencyChanged);
    QCOMPARE(ReviewDecisions(*m_document).saveSettings(changed).error(), QString());
    QCOMPARE(weight(), before + 50);
    QCOMPARE(spy.last().first().toLongLong(), 0); // every agency: all views reload
    m_document->undoStack()->undo();
    QCOMPARE(weight(), before);
    QCOMPARE(m_document->undoStack()->undoText(), QString());
}

QTEST_GUILESS_MAIN(TestReviewDecisions)
#include "tst_reviewdecisions.moc"
