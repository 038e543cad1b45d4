#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cac {

// Committee meetings and the agencies on their agendas, in order.
class MeetingStore
{
public:
    struct Meeting
    {
        qint64 id = 0;
        QDate heldOn;
        QString title;
        QString chair;
        QString place; // where it is held; empty when not recorded
    };

    struct AgendaRow
    {
        qint64 agencyId = 0;
        int position = 0;
    };

    explicit MeetingStore(QSqlDatabase db);
    Result<QList<Meeting>> all() const;
    // The meeting with this id; none if there is no such meeting.
    Result<std::optional<Meeting>> find(qint64 id) const;
    // Adds the meeting with the id it gives (0: a new id); returns the id.
    Result<qint64> add(const Meeting &meeting);
    // Puts a deleted meeting back with its id and agenda, in one transaction (for undo).
    Status restore(const Meeting &meeting, const QList<AgendaRow> &agenda);
    // The date, title, chair and place of the meeting with meeting.id.
    Status update(const Meeting &meeting);
    // The meeting and its agenda.
    Status remove(qint64 meetingId);
    // Appends the agency to the agenda; an agency already on it stays where it is.
    Status addToAgenda(qint64 meetingId, qint64 agencyId);
    // Puts the agency back at a position it held (for undo): the others keep theirs.
    Status addToAgendaAt(qint64 meetingId, qint64 agencyId, int position);
    // The agency's position value on the agenda; none if it is not on it.
    Result<std::optional<int>> positionOnAgenda(qint64 meetingId, qint64 agencyId) const;
    Status removeFromAgenda(qint64 meetingId, qint64 agencyId);
    // Swaps the agency with the one before it (step < 0) or after it (step > 0); at an end of
    // the agenda, nothing moves.
    Status moveOnAgenda(qint64 meetingId, qint64 agencyId, int step);
    Result<QList<qint64>> agenda(qint64 meetingId) const; // agency ids, in agenda order
    Result<QList<AgendaRow>> agendaRows(qint64 meetingId) const;

private:
    QSqlDatabase m_db;
};

} // namespace cac
