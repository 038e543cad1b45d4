#include "db/stores/auditlogstore.h"

#include "db/engine/sqlexec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace cac {

AuditLogStore::AuditLogStore(QSqlDatabase db) : m_db(db) {}

namespace {

const QString EntryColumns =
        QStringLiteral("e.id, e.at, e.os_user, e.table_name, e.row_id, e.action, e.old_values, e.new_values, e.db_role");

// A row of EntryColumns, followed by the agency's id, ORI and name where the query has them.
AuditLogStore::Entry entryFrom(const QSqlQuery &row)
{
    AuditLogStore::Entry entry{row.value(0).toLongLong(),
                               row.value(1).toString(),
                               row.value(2).toString(),
                               row.value(3).toString(),
                               row.value(4).toLongLong(),
                               row.value(5).toString(),
                               row.value(6).toString(),
                               row.value(7).toString(),
                               0,
                               {},
                               {},
                               {}};
    entry.dbRole = row.value(8).toString();
    if (row.record().count() > 9) {
        entry.agencyId = row.value(9).toLongLong();
        entry.agencyOri = row.value(10).toString();
        entry.agencyName = row.value(11).toString();
    }
    return entry;
}

} // namespace

Result<QList<AuditLogStore::Entry>> AuditLogStore::entries(const QString &tableName) const
{
    const QString wanted = tableName.isEmpty() ? QStringLiteral("") : tableName; // '' (not NULL): all tables
    return SqlExec::readAll<QList<Entry>>(
            m_db, QStringLiteral("SELECT %1 FROM audit_log e WHERE ? = '' OR e.table_name = ? ORDER BY e.id").arg(EntryColumns),
            {wanted, wanted}, [](auto &list, const QSqlQuery &row) { list.append(entryFrom(row)); });
}

Result<std::optional<AuditLogStore::Entry>> AuditLogStore::latestFor(const QString &tableName, qint64 rowId) const
{
    return SqlExec::readOne<Entry>(m_db,
                                   QStringLiteral("SELECT %1 FROM audit_log e WHERE e.table_name = ? AND e.row_id = ? "
                                                  "ORDER BY e.id DESC LIMIT 1")
                                           .arg(EntryColumns),
                                   {tableName, rowId}, entryFrom);
}

int AuditLogStore::count() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next())
        return query.value(0).toInt();
    return -1;
}

namespace {

// The agency a logged row belongs to: the agency itself, a row with an agency_id, a report's
// category counts (report_id), a letter's versions and status (draft_id). The values are read
// as JSON only where they are JSON: the log is a table analysts can write to as well.
QString agencyOfRow(const SqlDialect &sql)
{
    const QString values = QStringLiteral("coalesce(l.new_values, l.old_values)");
    const auto key = [&](const char *name) {
        return QStringLiteral("CAST(%1 AS BIGINT)").arg(sql.jsonValue(values, QString::fromLatin1(name)));
    };
    return QStringLiteral("CASE WHEN l.table_name = 'agency' THEN l.row_id ELSE coalesce(%1,"
                          " (SELECT r.agency_id FROM misuse_report r WHERE r.id = %2),"
                          " (SELECT d.agency_id FROM letter_draft d WHERE d.id = %3)) END")
            .arg(key("agency_id"), key("report_id"), key("draft_id"));
}

QString matching(const SqlDialect &sql)
{
    const QString searched = QStringLiteral("lower(coalesce(e.os_user, '') || ' ' || coalesce(e.db_role, '') || ' ' || "
                                            "coalesce(a.ori, '') || ' ' || "
                                            "coalesce(a.name, '') || ' ' || coalesce(e.old_values, '') || ' ' || "
                                            "coalesce(e.new_values, ''))");
    return QStringLiteral(
                   " FROM (SELECT l.*, (%1) AS agency_of_row FROM audit_log l) e LEFT JOIN agency a ON a.id = e.agency_of_row"
                   " WHERE (? = 0 OR e.agency_of_row = ?) AND (? = '' OR e.table_name = ?)"
                   " AND (? = '' OR %2)")
            .arg(agencyOfRow(sql), sql.contains(searched, QStringLiteral("lower(?)")));
}

} // namespace

Result<AuditLogStore::Page> AuditLogStore::search(const Filter &filter) const
{
    // Each value twice, in the order of matching()'s placeholders ('' and not NULL: "any").
    const QString table = filter.tableName.isNull() ? QStringLiteral("") : filter.tableName;
    const QString text = filter.text.isNull() ? QStringLiteral("") : filter.text.trimmed();
    const QVariantList values{filter.agencyId, filter.agencyId, table, table, text, text};
    Result<QList<int>> total =
            SqlExec::readAll<QList<int>>(m_db, QStringLiteral("SELECT count(*)") + matching(SqlDialect::of(m_db)), values,
                                         [](auto &list, const QSqlQuery &row) { list.append(row.value(0).toInt()); });
    if (!total.ok())
        return Result<Page>::failure(total.error());
    Result<QList<Entry>> entries = SqlExec::readAll<QList<Entry>>(
            m_db,
            QStringLiteral("SELECT %1, a.id, a.ori, a.name").arg(EntryColumns) + matching(SqlDialect::of(m_db)) +
                    QStringLiteral(" ORDER BY e.id DESC LIMIT ?"),
            values + QVariantList{filter.limit}, [](auto &list, const QSqlQuery &row) { list.append(entryFrom(row)); });
    if (!entries.ok())
        return Result<Page>::failure(entries.error());
    return Page{entries.take(), total.value().value(0)};
}

Result<QStringList> AuditLogStore::tableNames() const
{
    return SqlExec::readAll<QStringList>(m_db, QStringLiteral("SELECT DISTINCT table_name FROM audit_log ORDER BY 1"), {},
                                         [](auto &list, const QSqlQuery &row) { list.append(row.value(0).toString()); });
}

} // namespace cac
