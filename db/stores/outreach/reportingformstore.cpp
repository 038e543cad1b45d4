#include "db/stores/outreach/reportingformstore.h"

#include "db/engine/sqldialect.h"

#include "db/engine/sqlexec.h"

#include <QUuid>

namespace cac {

ReportingFormStore::ReportingFormStore(QSqlDatabase db) : m_db(db) {}

QString ReportingFormStore::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

Status ReportingFormStore::recordIssued(const QString &id, qint64 agencyId, int year, const QString &fileName)
{
    const SqlDialect &sql = SqlDialect::of(m_db);
    return SqlExec::run(m_db,
                        QStringLiteral("INSERT INTO reporting_form (id, agency_id, year, made_at, made_by, file_name) "
                                       "VALUES (?, ?, ?, %1, %2, ?)")
                                .arg(sql.nowUtc(), sql.osUser()),
                        {id, agencyId, year, fileName});
}

} // namespace cac
