#include "db/stores/review/meetingstore.h"

#include "db/engine/sqlexec.h"
#include "db/sqlite/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

MeetingStore::MeetingStore(QSqlDatabase db) : m_db(db) {}

namespace {
const QString SelectMeeting = QStringLiteral("SELECT id, held_on, title, chair, place FROM meeting ");

MeetingStore::Meeting meetingFrom(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), QDate::fromString(row.value(1).toString(), Qt::ISODate), row.value(2).toString(),
            row.value(3).toString(), row.value(4).toString()};
}
} // namespace

Result<QList<MeetingStore::Meeting>> MeetingStore::all() const
{
    return SqlExec::readAll<QList<Meeting>>(m_db, SelectMeeting + QStringLiteral("ORDER BY held_on DESC, id DESC"), {},
                                            [](auto &list, const QSqlQuery &row) { list.append(meetingFrom(row)); });
}

Result<std::optional<MeetingStore::Meeting>> MeetingStore::find(qint64 id) const
{
    return SqlExec::readAll<std::optional<Meeting>>(m_db, SelectMeeting + QStringLiteral("WHERE id = ?"), {id},
                                                    [](auto &meeting, const QSqlQuery &row) { meeting = meetingFrom(row); });
}

Result<qint64> MeetingStore::add(const Meeting &m)
{
    QSqlQuery q(m_db);
    // An id is given when an undo puts a removed meeting back; otherwise the database picks one.
    q.prepare(m.id > 0 ? QStringLiteral(
                                 "INSERT INTO meeting (held_on, title, chair, place, id) VALUES (?, ?, ?, ?, ?) RETURNING id")
                       : QStringLiteral("INSERT INTO meeting (held_on, title, chair, place) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(m.heldOn.toString(Qt::ISODate));
    q.addBindValue(m.title);
    q.addBindValue(SqlValue::ofText(m.chair));
    q.addBindValue(SqlValue::ofText(m.place));
    if (m.id > 0)
        q.addBindValue(m.id);
    return SqlExec::insertedId(q);
}

Status MeetingStore::restore(const Meeting &meeting, const QList<AgendaRow> &agenda)
{
    if (!m_db.transaction())
        return Status::failure(m_db.lastError().text());
    const Result<qint64> added = add(meeting);
    Status status = added.ok() ? Status::success() : Status::failure(added.error());
    for (const AgendaRow &row : agenda) {
        if (status.ok())
            status = addToAgendaAt(meeting.id, row.agencyId, row.position);
    }
    if (!status.ok() || !m_db.commit()) {
        const QString error = status.ok() ? m_db.lastError().text() : status.error();
        m_db.rollback();
        return Status::failure(error);
    }
    return Status::success();
}

Status MeetingStore::addToAgenda(qint64 meetingId, qint64 agencyId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meeting_agency (meeting_id, agency_id, position) "
                             "VALUES (:meeting, :agency, (SELECT coalesce(max(position), 0) + 1 FROM meeting_agency "
                             "WHERE meeting_id = :meeting)) ON CONFLICT (meeting_id, agency_id) DO NOTHING"));
    q.bindValue(QStringLiteral(":meeting"), meetingId);
    q.bindValue(QStringLiteral(":agency"), agencyId);
    return SqlExec::run(q);
}

Status MeetingStore::update(const Meeting &m)
{
    return SqlExec::run(m_db, QStringLiteral("UPDATE meeting SET held_on = ?, title = ?, chair = ?, place = ? WHERE id = ?"),
                        {m.heldOn.toString(Qt::ISODate), m.title, SqlValue::ofText(m.chair), SqlValue::ofText(m.place), m.id});
}

Status MeetingStore::remove(qint64 meetingId)
{
    // The agenda goes with it (ON DELETE CASCADE).
    return SqlExec::run(m_db, QStringLiteral("DELETE FROM meeting WHERE id = ?"), {meetingId});
}

Status MeetingStore::addToAgendaAt(qint64 meetingId, qint64 agencyId, int position)
{
    return SqlExec::run(m_db, QStringLiteral("INSERT INTO meeting_agency (meeting_id, agency_id, position) VALUES (?, ?, ?)"),
                        {meetingId, agencyId, position});
}

Result<std::optional<int>> MeetingStore::positionOnAgenda(qint64 meetingId, qint64 agencyId) const
{
    return SqlExec::readAll<std::optional<int>>(
            m_db, QStringLiteral("SELECT position FROM meeting_agency WHERE meeting_id = ? AND agency_id = ?"),
            {meetingId, agencyId}, [](auto &position, const QSqlQuery &row) { position = row.value(0).toInt(); });
}

Status MeetingStore::removeFromAgenda(qint64 meetingId, qint64 agencyId)
{
    return SqlExec::run(m_db, QStringLiteral("DELETE FROM meeting_agency WHERE meeting_id = ? AND agency_id = ?"),
                        {meetingId, agencyId});
}

Status MeetingStore::moveOnAgenda(qint64 meetingId, qint64 agencyId, int step)
{
    // The neighbour's position and the agency's own, then the two swapped in one transaction.
    QSqlQuery find(m_db);
    find.prepare(step < 0 ? QStringLiteral("SELECT n.agency_id, n.position, a.position FROM meeting_agency a "
                                           "JOIN meeting_agency n ON n.meeting_id = a.meeting_id AND n.position < a.position "
                                           "WHERE a.meeting_id = ? AND a.agency_id = ? ORDER BY n.position DESC LIMIT 1")
                          : QStringLiteral("SELECT n.agency_id, n.position, a.position FROM meeting_agency a "
                                           "JOIN meeting_agency n ON n.meeting_id = a.meeting_id AND n.position > a.position "
                                           "WHERE a.meeting_id = ? AND a.agency_id = ? ORDER BY n.position LIMIT 1"));
    find.addBindValue(meetingId);
    find.addBindValue(agencyId);
    if (const Status found = SqlExec::run(find); !found.ok())
        return found;
    if (!find.next())
        return Status::success(); // already first or last
    const qint64 neighbour = find.value(0).toLongLong();
    const int neighbourPosition = find.value(1).toInt();
    const int ownPosition = find.value(2).toInt();
    find.finish();
    if (!m_db.transaction())
        return Status::failure(m_db.lastError().text());
    QSqlQuery set(m_db);
    set.prepare(QStringLiteral("UPDATE meeting_agency SET position = ? WHERE meeting_id = ? AND agency_id = ?"));
    for (const auto &[agency, position] : {std::pair{agencyId, neighbourPosition}, std::pair{neighbour, ownPosition}}) {
        set.bindValue(0, position);
        set.bindValue(1, meetingId);
        set.bindValue(2, agency);
        if (const Status moved = SqlExec::run(set); !moved.ok()) {
            m_db.rollback();
            return moved;
        }
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return Status::failure(error);
    }
    return Status::success();
}

Result<QList<MeetingStore::AgendaRow>> MeetingStore::agendaRows(qint64 meetingId) const
{
    return SqlExec::readAll<QList<AgendaRow>>(
            m_db, QStringLiteral("SELECT agency_id, position FROM meeting_agency WHERE meeting_id = ? ORDER BY position"),
            {meetingId}, [](auto &rows, const QSqlQuery &row) {
                rows.append({row.value(0).toLongLong(), row.value(1).toInt()});
            });
}

Result<QList<qint64>> MeetingStore::agenda(qint64 meetingId) const
{
    return SqlExec::readAll<QList<qint64>>(
            m_db, QStringLiteral("SELECT agency_id FROM meeting_agency WHERE meeting_id = ? ORDER BY position"), {meetingId},
            [](auto &ids, const QSqlQuery &row) { ids << row.value(0).toLongLong(); });
}

} // namespace cac
