#include "meetingstore.h"

#include "sqlexec.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

MeetingStore::MeetingStore(QSqlDatabase db) : m_db(db) {}

Result<QList<MeetingStore::Meeting>> MeetingStore::all() const
{
    return SqlExec::readAll<QList<Meeting>>(
            m_db, QStringLiteral("SELECT id, held_on, title, chair FROM meeting ORDER BY held_on DESC, id DESC"), {},
            [](auto &list, const QSqlQuery &row) {
                list.append({row.value(0).toLongLong(), QDate::fromString(row.value(1).toString(), Qt::ISODate),
                             row.value(2).toString(), row.value(3).toString()});
            });
}

Result<qint64> MeetingStore::add(const Meeting &m)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meeting (held_on, title, chair) VALUES (?, ?, ?)"));
    q.addBindValue(m.heldOn.toString(Qt::ISODate));
    q.addBindValue(m.title);
    q.addBindValue(SqlValue::ofText(m.chair));
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.lastInsertId().toLongLong();
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

Result<QList<qint64>> MeetingStore::agenda(qint64 meetingId) const
{
    return SqlExec::readAll<QList<qint64>>(
            m_db, QStringLiteral("SELECT agency_id FROM meeting_agency WHERE meeting_id = ? ORDER BY position"), {meetingId},
            [](auto &ids, const QSqlQuery &row) { ids << row.value(0).toLongLong(); });
}
