#include "reviewdecisions.h"

#include "reviewwrites.h"
#include "reviewqueue.h"

#include "app/editing/reviewdocument.h"
#include "db/engine/database.h"
#include "db/stores/review/reviewstore.h"

#include <QCoreApplication>

#include <memory>

namespace cac {

// What each decision touches, read as text for DecisionCommand's check before an undo or redo.
// A read that fails reads as its error, which matches nothing, so the undo is refused.
namespace DecisionState {

QString mark(const QSqlDatabase &db, qint64 agencyId, int year)
{
    const Result<QSet<qint64>> reviewed = ReviewStore(db).reviewed(year);
    return reviewed.ok() ? QString::number(reviewed.value().contains(agencyId)) : reviewed.error();
}

QString override(const QSqlDatabase &db, qint64 agencyId, int year)
{
    const Result<QHash<qint64, SanctionOverride>> overrides = ReviewStore(db).overrides(year);
    if (!overrides.ok())
        return overrides.error();
    if (!overrides.value().contains(agencyId))
        return QStringLiteral("none");
    const SanctionOverride o = overrides.value().value(agencyId);
    return o.chosen + u'\n' + o.reason;
}

QString meeting(const QSqlDatabase &db, qint64 meetingId)
{
    const Result<std::optional<MeetingStore::Meeting>> found = MeetingStore(db).find(meetingId);
    const Result<QList<qint64>> agenda = MeetingStore(db).agenda(meetingId);
    if (!found.ok() || !agenda.ok())
        return found.ok() ? agenda.error() : found.error();
    if (!found.value())
        return QStringLiteral("none");
    QStringList text{found.value()->heldOn.toString(Qt::ISODate), found.value()->title, found.value()->chair,
                     found.value()->place};
    for (const qint64 agency : agenda.value())
        text << QString::number(agency);
    return text.join(u'\n');
}

QString settings(const QSqlDatabase &db)
{
    const Result<ReviewSettings> stored = ReviewQueue::loadSettings(db);
    if (!stored.ok())
        return stored.error();
    QStringList text;
    for (const ReviewSettings::Entry &e : ReviewSettings::entries())
        text << QString::number(stored.value().value(e.key), 'g', 17);
    return text.join(u'\n');
}

} // namespace DecisionState

ReviewDecisions::ReviewDecisions(ReviewDocument &document) : m_document(document) {}

Status ReviewDecisions::markReviewed(qint64 agencyId, int year, bool reviewed)
{
    const QSqlDatabase db = m_document.database().connection();
    // Undoing an unmark marks again as of today, by whoever undoes it; the audit log keeps
    // the first mark's date and reviewer.
    return m_document.decide(
            reviewed ? QCoreApplication::translate("ReviewDecisions", "Mark reviewed")
                     : QCoreApplication::translate("ReviewDecisions", "Unmark reviewed"),
            agencyId, [=] { return ReviewWrites(db).markReviewed(agencyId, year, reviewed); },
            [=] { return ReviewWrites(db).markReviewed(agencyId, year, !reviewed); },
            [=] { return DecisionState::mark(db, agencyId, year); });
}

Status ReviewDecisions::overrideSanction(qint64 agencyId, int year, SanctionStep::Level suggested, SanctionStep::Level chosen,
                                         const QString &reason)
{
    const QSqlDatabase db = m_document.database().connection();
    const Result<QHash<qint64, SanctionOverride>> overrides = ReviewStore(db).overrides(year);
    if (!overrides.ok())
        return Status::failure(overrides.error());
    // Undone to the override it replaced, word for word, or to none.
    const std::optional<SanctionOverride> before = overrides.value().contains(agencyId)
            ? std::optional<SanctionOverride>(overrides.value().value(agencyId))
            : std::nullopt;
    return m_document.decide(
            QCoreApplication::translate("ReviewDecisions", "Override sanction"), agencyId,
            [=] { return ReviewWrites(db).overrideSanction(agencyId, year, suggested, chosen, reason); },
            [=] { return before ? ReviewStore(db).setOverride(*before) : ReviewStore(db).clearOverride(agencyId, year); },
            [=] { return DecisionState::override(db, agencyId, year); });
}

Result<qint64> ReviewDecisions::addMeeting(const MeetingStore::Meeting &meeting)
{
    const QSqlDatabase db = m_document.database().connection();
    // Redone with the id it was first given, so that later decisions about it still apply.
    const auto id = std::make_shared<qint64>(0);
    const Status decided = m_document.decide(
            QCoreApplication::translate("ReviewDecisions", "Add meeting"), 0,
            [=] {
                MeetingStore::Meeting withId = meeting;
                withId.id = *id;
                const Result<qint64> added = ReviewWrites(db).addMeeting(withId);
                if (!added.ok())
                    return Status::failure(added.error());
                *id = added.value();
                return Status::success();
            },
            [=] { return ReviewWrites(db).removeMeeting(*id); }, [=] { return DecisionState::meeting(db, *id); });
    if (!decided.ok())
        return Result<qint64>::failure(decided.error());
    return *id;
}

Status ReviewDecisions::updateMeeting(const MeetingStore::Meeting &meeting)
{
    const QSqlDatabase db = m_document.database().connection();
    const Result<std::optional<MeetingStore::Meeting>> before = MeetingStore(db).find(meeting.id);
    if (!before.ok())
        return Status::failure(before.error());
    if (!before.value())
        return Status::failure(QCoreApplication::translate("ReviewDecisions", "The meeting is no longer in the database."));
    const MeetingStore::Meeting old = *before.value();
    return m_document.decide(
            QCoreApplication::translate("ReviewDecisions", "Change meeting"), 0,
            [=] { return ReviewWrites(db).updateMeeting(meeting); }, [=] { return ReviewWrites(db).updateMeeting(old); },
            [=] { return DecisionState::meeting(db, meeting.id); });
}

Status ReviewDecisions::removeMeeting(qint64 meetingId)
{
    const QSqlDatabase db = m_document.database().connection();
    const Result<std::optional<MeetingStore::Meeting>> found = MeetingStore(db).find(meetingId);
    const Result<QList<MeetingStore::AgendaRow>> agenda = MeetingStore(db).agendaRows(meetingId);
    if (!found.ok() || !agenda.ok())
        return Status::failure(found.ok() ? agenda.error() : found.error());
    if (!found.value())
        return Status::success(); // gone already
    const MeetingStore::Meeting meeting = *found.value();
    const QList<MeetingStore::AgendaRow> rows = agenda.value();
    return m_document.decide(
            QCoreApplication::translate("ReviewDecisions", "Delete meeting"), 0,
            [=] { return ReviewWrites(db).removeMeeting(meetingId); }, [=] { return MeetingStore(db).restore(meeting, rows); },
            [=] { return DecisionState::meeting(db, meetingId); });
}

Status ReviewDecisions::addToAgenda(qint64 meetingId, qint64 agencyId)
{
    const QSqlDatabase db = m_document.database().connection();
    const Result<std::optional<int>> position = MeetingStore(db).positionOnAgenda(meetingId, agencyId);
    if (!position.ok())
        return Status::failure(position.error());
    if (position.value())
        return Status::success(); // on it already: nothing to do or undo
    return m_document.decide(
            QCoreApplication::translate("ReviewDecisions", "Add to agenda"), agencyId,
            [=] { return ReviewWrites(db).addToAgenda(meetingId, agencyId); },
            [=] { return ReviewWrites(db).removeFromAgenda(meetingId, agencyId); },
            [=] { return DecisionState::meeting(db, meetingId); });
}

Status ReviewDecisions::removeFromAgenda(qint64 meetingId, qint64 agencyId)
{
    const QSqlDatabase db = m_document.database().connection();
    const Result<std::optional<int>> position = MeetingStore(db).positionOnAgenda(meetingId, agencyId);
    if (!position.ok())
        return Status::failure(position.error());
    if (!position.value())
        return Status::success();
    const int at = *position.value(); // undone to the same place
    return m_document.decide(
            QCoreApplication::translate("ReviewDecisions", "Take off the agenda"), agencyId,
            [=] { return ReviewWrites(db).removeFromAgenda(meetingId, agencyId); },
            [=] { return MeetingStore(db).addToAgendaAt(meetingId, agencyId, at); },
            [=] { return DecisionState::meeting(db, meetingId); });
}

Status ReviewDecisions::moveOnAgenda(qint64 meetingId, qint64 agencyId, int step)
{
    const QSqlDatabase db = m_document.database().connection();
    const Result<QList<qint64>> agenda = MeetingStore(db).agenda(meetingId);
    if (!agenda.ok())
        return Status::failure(agenda.error());
    const qsizetype index = agenda.value().indexOf(agencyId);
    const qsizetype target = index + (step < 0 ? -1 : 1);
    if (index < 0 || target < 0 || target >= agenda.value().size())
        return Status::success(); // at an end: nothing moves, nothing to undo
    // A swap with the neighbour is undone by the swap back the other way.
    return m_document.decide(
            step < 0 ? QCoreApplication::translate("ReviewDecisions", "Move up the agenda")
                     : QCoreApplication::translate("ReviewDecisions", "Move down the agenda"),
            agencyId, [=] { return ReviewWrites(db).moveOnAgenda(meetingId, agencyId, step); },
            [=] { return ReviewWrites(db).moveOnAgenda(meetingId, agencyId, -step); },
            [=] { return DecisionState::meeting(db, meetingId); });
}

Status ReviewDecisions::saveSettings(const ReviewSettings &settings)
{
    const QSqlDatabase db = m_document.database().connection();
    const Result<ReviewSettings> stored = ReviewQueue::loadSettings(db);
    if (!stored.ok())
        return Status::failure(stored.error());
    // Undone to every value in force before, defaults included, so the rules read as they did.
    ReviewSettings before;
    for (const ReviewSettings::Entry &e : ReviewSettings::entries())
        before.set(e.key, stored.value().value(e.key));
    return m_document.decide(
            QCoreApplication::translate("ReviewDecisions", "Change review rules"), 0,
            [=] { return ReviewWrites(db).saveSettings(settings); }, [=] { return ReviewWrites(db).saveSettings(before); },
            [=] { return DecisionState::settings(db); });
}

} // namespace cac
