#include "db/stores/records/agencystore.h"

#include "db/engine/sqlexec.h"
#include "db/sqlite/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

namespace {
const QString SelectAgency =
        QStringLiteral("SELECT id, ori, name, kind, county, parent_org, sworn_staff, service_status, service_end_date, "
                       "immigration_watch, notes FROM agency");

AgencyRecord agencyFrom(const QSqlQuery &q)
{
    AgencyRecord a;
    a.id = q.value(0).toLongLong();
    a.ori = q.value(1).toString();
    a.name = q.value(2).toString();
    a.kind = q.value(3).toString();
    a.county = q.value(4).toString();
    a.parentOrg = q.value(5).toString();
    a.swornStaff = SqlValue::toInt(q.value(6));
    a.serviceStatus = q.value(7).toString();
    a.serviceEndDate = SqlValue::toDate(q.value(8));
    a.immigrationWatch = q.value(9).toInt() != 0;
    a.notes = q.value(10).toString();
    return a;
}
} // namespace

AgencyStore::AgencyStore(QSqlDatabase db) : m_db(db) {}

Result<QList<AgencyRecord>> AgencyStore::all() const
{
    return SqlExec::readAll<QList<AgencyRecord>>(m_db, SelectAgency + QStringLiteral(" ORDER BY ori"), {},
                                                 [](auto &list, const QSqlQuery &row) { list.append(agencyFrom(row)); });
}

Result<std::optional<AgencyRecord>> AgencyStore::findByOri(const QString &ori) const
{
    return SqlExec::readOne<AgencyRecord>(m_db, SelectAgency + QStringLiteral(" WHERE ori = ?"), {ori}, agencyFrom);
}

Result<std::optional<AgencyRecord>> AgencyStore::find(qint64 id) const
{
    return SqlExec::readOne<AgencyRecord>(m_db, SelectAgency + QStringLiteral(" WHERE id = ?"), {id}, agencyFrom);
}

Result<QHash<QString, qint64>> AgencyStore::idsByOri() const
{
    return SqlExec::readAll<QHash<QString, qint64>>(
            m_db, QStringLiteral("SELECT ori, id FROM agency"), {},
            [](auto &ids, const QSqlQuery &row) { ids.insert(row.value(0).toString(), row.value(1).toLongLong()); });
}

Result<QStringList> AgencyStore::counties() const
{
    return SqlExec::readAll<QStringList>(
            m_db, QStringLiteral("SELECT DISTINCT county FROM agency WHERE county IS NOT NULL ORDER BY county"), {},
            [](auto &list, const QSqlQuery &row) { list << row.value(0).toString(); });
}

Result<QStringList> AgencyStore::parentOrgs() const
{
    return SqlExec::readAll<QStringList>(
            m_db, QStringLiteral("SELECT DISTINCT parent_org FROM agency WHERE parent_org IS NOT NULL ORDER BY parent_org"), {},
            [](auto &list, const QSqlQuery &row) { list << row.value(0).toString(); });
}

Status AgencyStore::setService(qint64 id, const QString &status, const std::optional<QDate> &endDate)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE agency SET service_status = ?, service_end_date = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(SqlValue::of(endDate));
    q.addBindValue(id);
    return SqlExec::run(q);
}

} // namespace cac
