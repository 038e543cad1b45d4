#include "db/stores/records/sanctionstore.h"

#include "db/engine/sqlexec.h"
#include "db/sqlite/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

SanctionStore::SanctionStore(QSqlDatabase db) : m_db(db) {}

Result<qint64> SanctionStore::add(const SanctionRecord &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
            "INSERT INTO sanction (agency_id, kind, issued_on, ended_on, reason) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(s.agencyId);
    q.addBindValue(s.kind);
    q.addBindValue(s.issuedOn.toString(Qt::ISODate));
    q.addBindValue(SqlValue::of(s.endedOn));
    q.addBindValue(SqlValue::ofText(s.reason));
    return SqlExec::insertedId(q);
}

Result<QList<SanctionRecord>> SanctionStore::forAgency(qint64 agencyId) const
{
    return select(QStringLiteral("WHERE agency_id = ? ORDER BY issued_on, id"), {agencyId});
}

Result<QList<SanctionRecord>> SanctionStore::all() const
{
    return select(QStringLiteral("ORDER BY agency_id, issued_on, id"), {});
}

Result<QList<SanctionRecord>> SanctionStore::select(const QString &where, const QVariantList &values) const
{
    return SqlExec::readAll<QList<SanctionRecord>>(
            m_db, QStringLiteral("SELECT id, agency_id, kind, issued_on, ended_on, reason FROM sanction ") + where, values,
            [](auto &list, const QSqlQuery &row) {
                list.append({row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                             QDate::fromString(row.value(3).toString(), Qt::ISODate), SqlValue::toDate(row.value(4)),
                             row.value(5).toString()});
            });
}

} // namespace cac
