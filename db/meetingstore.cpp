#include "meetingstore.h"

#include "sqlexec.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

MeetingStore::MeetingStore(QSqlDatabase db) : m_db(db) {}

QList<MeetingStore::Meeting> MeetingStore::all() const
{
    QList<Meeting> list;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id, held_on, title, chair FROM meeting ORDER BY held_on DESC, id DESC"))) {
        while (q.next())
            list.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                         q.value(2).toString(), q.value(3).toString()});
    }
    return list;
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

QList<qint64> MeetingStore::agenda(qint64 meetingId) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT agency_id FROM meeting_agency WHERE meeting_id = ? ORDER BY position"));
    q.addBindValue(meetingId);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}
