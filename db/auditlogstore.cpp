#include "auditlogstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

AuditLogStore::AuditLogStore(QSqlDatabase db) : m_db(db) {}

Status AuditLogStore::recordAction(const QString &tableName, const QString &action, const QJsonObject &details)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
            "INSERT INTO audit_log (at, os_user, table_name, row_id, action, old_values, new_values) "
            "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT os_user FROM temp.audit_context), ?, NULL, ?, NULL, ?)"));
    query.addBindValue(tableName);
    query.addBindValue(action);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return Status::success();
}

QList<AuditLogStore::Entry> AuditLogStore::entries(const QString &tableName) const
{
    QList<Entry> list;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, os_user, table_name, row_id, action, old_values, new_values "
                                 "FROM audit_log WHERE ? = '' OR table_name = ? ORDER BY id"));
    const QString wanted = tableName.isEmpty() ? QStringLiteral("") : tableName; // '' (not NULL): all tables
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    if (!query.exec())
        return list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString()});
    }
    return list;
}

int AuditLogStore::count() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next())
        return query.value(0).toInt();
    return -1;
}
