#include "sanctionstore.h"

#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

SanctionStore::SanctionStore(QSqlDatabase db) : m_db(db) {}

Result<qint64> SanctionStore::add(const SanctionRecord &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sanction (agency_id, kind, issued_on, ended_on, reason) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(s.agencyId);
    q.addBindValue(s.kind);
    q.addBindValue(s.issuedOn.toString(Qt::ISODate));
    q.addBindValue(SqlValue::of(s.endedOn));
    q.addBindValue(SqlValue::ofText(s.reason));
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    return q.lastInsertId().toLongLong();
}

QList<SanctionRecord> SanctionStore::forAgency(qint64 agencyId) const
{
    return select(QStringLiteral("WHERE agency_id = ? ORDER BY issued_on, id"), {agencyId});
}

QList<SanctionRecord> SanctionStore::all() const
{
    return select(QStringLiteral("ORDER BY agency_id, issued_on, id"), {});
}

QList<SanctionRecord> SanctionStore::select(const QString &where, const QVariantList &values) const
{
    QList<SanctionRecord> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, agency_id, kind, issued_on, ended_on, reason FROM sanction ") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     QDate::fromString(q.value(3).toString(), Qt::ISODate), SqlValue::toDate(q.value(4)),
                     q.value(5).toString()});
    }
    return list;
}
