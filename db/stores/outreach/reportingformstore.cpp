#include "db/stores/outreach/reportingformstore.h"

#include "db/sqlite/sqlexec.h"

#include <QUuid>

ReportingFormStore::ReportingFormStore(QSqlDatabase db) : m_db(db) {}

QString ReportingFormStore::newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

Status ReportingFormStore::recordIssued(const QString &id, qint64 agencyId, int year, const QString &fileName)
{
    return SqlExec::run(m_db,
                        QStringLiteral("INSERT INTO reporting_form (id, agency_id, year, made_at, made_by, file_name) "
                                       "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                                       "(SELECT os_user FROM temp.audit_context), ?)"),
                        {id, agencyId, year, fileName});
}
