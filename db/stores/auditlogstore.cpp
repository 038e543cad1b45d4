#include "db/stores/auditlogstore.h"

#include "db/sqlite/sqlexec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

AuditLogStore::AuditLogStore(QSqlDatabase db) : m_db(db) {}

Status AuditLogStore::recordAction(const QString &tableName, const QString &action, const QJsonObject &details)
{
    QSqlQuery query(m_db);
    query.prepare(RecordActionSql);
    query.addBindValue(tableName);
    query.addBindValue(action);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return Status::success();
}

Result<QList<AuditLogStore::Entry>> AuditLogStore::entries(const QString &tableName) const
{
    const QString wanted = tableName.isEmpty() ? QStringLiteral("") : tableName; // '' (not NULL): all tables
    return SqlExec::readAll<QList<Entry>>(
            m_db,
            QStringLiteral("SELECT id, at, os_user, table_name, row_id, action, old_values, new_values "
                           "FROM audit_log WHERE ? = '' OR table_name = ? ORDER BY id"),
            {wanted, wanted}, [](auto &list, const QSqlQuery &row) {
                list.append({row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                             row.value(3).toString(), row.value(4).toLongLong(), row.value(5).toString(),
                             row.value(6).toString(), row.value(7).toString()});
            });
}

std::optional<AuditLogStore::Entry> AuditLogStore::latestFor(const QString &tableName, qint64 rowId) const
{
    QSqlQuery row(m_db);
    row.prepare(QStringLiteral("SELECT id, at, os_user, table_name, row_id, action, old_values, new_values "
                               "FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id DESC LIMIT 1"));
    row.addBindValue(tableName);
    row.addBindValue(rowId);
    if (!row.exec() || !row.next())
        return std::nullopt;
    return Entry{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                 row.value(4).toLongLong(), row.value(5).toString(), row.value(6).toString(), row.value(7).toString()};
}

int AuditLogStore::count() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next())
        return query.value(0).toInt();
    return -1;
}
