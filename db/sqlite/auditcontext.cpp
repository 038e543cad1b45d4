#include "db/sqlite/auditcontext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QCoreApplication>

namespace cac {

namespace {

struct TableShape
{
    QString name;
    QStringList columns;
    QString rowIdColumn;
};

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Status::failure(
                QCoreApplication::translate("AuditContext", "Could not set up the audit log: %1").arg(query.lastError().text()));
    return Status::success();
}

// Fails closed: a schema that cannot be read, or holds nothing to audit, is an error, never an
// empty list (which would open the file with no audit triggers at all).
Result<QList<TableShape>> auditedTables(QSqlDatabase &db)
{
    using Tables = Result<QList<TableShape>>;
    const auto failed = [](const QString &why) {
        return Tables::failure(QCoreApplication::translate("AuditContext",
                                                           "Could not set up the audit log, so the file was not opened for "
                                                           "writing: %1")
                                       .arg(why));
    };
    QList<TableShape> tables;
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'year_rollup', "
                                   "'schema_migration', 'import_fingerprint') ORDER BY name")))
        return failed(names.lastError().text());
    while (names.next())
        tables.append({names.value(0).toString(), {}, {}});
    if (names.lastError().isValid())
        return failed(names.lastError().text());
    if (tables.isEmpty())
        return failed(QCoreApplication::translate("AuditContext", "the database has no tables to audit"));
    for (TableShape &table : tables) {
        QSqlQuery info(db);
        info.prepare(QStringLiteral("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"));
        info.addBindValue(table.name);
        if (!info.exec())
            return failed(info.lastError().text());
        while (info.next()) {
            const QString column = info.value(0).toString();
            table.columns << column;
            if (info.value(1).toInt() == 1 && table.rowIdColumn.isEmpty())
                table.rowIdColumn = column;
        }
        if (table.columns.isEmpty())
            return failed(QCoreApplication::translate("AuditContext", "the columns of %1 could not be read").arg(table.name));
    }
    return tables;
}

// Identifiers below come from sqlite_schema, not from users; they are quoted all the same.
QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString jsonOf(const TableShape &table, const QString &row)
{
    QStringList pairs;
    for (const QString &column : table.columns)
        pairs << QStringLiteral("'%1', %2.%3").arg(column, row, quoted(column));
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

QString triggerSql(const TableShape &table, const QString &action)
{
    const bool hasOld = action != QLatin1StringView("insert");
    const bool hasNew = action != QLatin1StringView("delete");
    const QString row = hasNew ? QStringLiteral("NEW") : QStringLiteral("OLD");
    const QString rowId =
            table.rowIdColumn.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("%1.%2").arg(row, quoted(table.rowIdColumn));
    const QString when =
            action == QLatin1StringView("insert") ? QStringLiteral("WHEN (SELECT bulk FROM audit_context) = 0 ") : QString();
    // A bulk import's changes are logged as action 'import', so that a hand correction ('update')
    // made since a report's last import can be told from it (ImportChanges).
    const QString logged = action == QLatin1StringView("update")
            ? QStringLiteral("CASE WHEN (SELECT bulk FROM audit_context) = 1 THEN 'import' ELSE 'update' END")
            : QStringLiteral("'%1'").arg(action);
    return QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1 AFTER %2 ON main.%3 %4"
                          "BEGIN INSERT INTO audit_log(at, os_user, table_name, row_id, action, old_values, new_values) "
                          "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT os_user FROM audit_context), "
                          "'%5', %6, %7, %8, %9); END")
            .arg(quoted(QStringLiteral("audit_%1_%2").arg(table.name, action)), action.toUpper(), quoted(table.name), when,
                 table.name, rowId, logged, hasOld ? jsonOf(table, QStringLiteral("OLD")) : QStringLiteral("NULL"),
                 hasNew ? jsonOf(table, QStringLiteral("NEW")) : QStringLiteral("NULL"));
}

} // namespace

Result<QStringList> AuditContext::setupStatements(QSqlDatabase &db, Inserts inserts)
{
    const Result<QList<TableShape>> tables = auditedTables(db);
    if (!tables.ok())
        return Result<QStringList>::failure(tables.error());
    QStringList statements = {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_context "
                                             "(os_user TEXT, bulk INTEGER NOT NULL DEFAULT 0)"),
                              QStringLiteral("DELETE FROM temp.audit_context")};
    for (const TableShape &table : tables.value()) {
        if (inserts == Inserts::Logged)
            statements << triggerSql(table, QStringLiteral("insert"));
        statements << triggerSql(table, QStringLiteral("update")) << triggerSql(table, QStringLiteral("delete"));
    }
    return statements;
}

Status AuditContext::install(QSqlDatabase &db, const QString &osUser)
{
    const Result<QStringList> statements = setupStatements(db);
    if (!statements.ok())
        return Status::failure(statements.error());
    Status status;
    for (const QString &statement : statements.value()) {
        if (!(status = exec(db, statement)).ok())
            return status;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO temp.audit_context (os_user, bulk) VALUES (?, 0)"));
    insert.addBindValue(osUser);
    if (!insert.exec())
        return Status::failure(
                QCoreApplication::translate("AuditContext", "Could not set up the audit log: %1").arg(insert.lastError().text()));
    return Status::success();
}

Status AuditContext::setBulk(QSqlDatabase &db, bool bulk)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE temp.audit_context SET bulk = ?"));
    query.addBindValue(bulk ? 1 : 0);
    if (!query.exec())
        return Status::failure(
                QCoreApplication::translate("AuditContext", "Could not switch the audit mode: %1").arg(query.lastError().text()));
    return Status::success();
}

} // namespace cac
