#include "db/sqlite/sqlitedialect.h"

#include "db/sqlite/auditcontext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cac {

Status SqliteDialect::beginMigration(QSqlDatabase &db) const
{
    // IMMEDIATE: the write lock first; the migrator reads the version again under it.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(begin.lastError().text());
    return Status::success();
}

Result<int> SqliteDialect::schemaVersion(QSqlDatabase &db, const QString &name) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Result<int>::failure(QCoreApplication::translate("Database",
                                                                "%1 cannot be read as a CAC Review database (damaged, "
                                                                "locked by another program, or not an SQLite file): %2")
                                            .arg(name, query.lastError().text()));
    const int version = query.value(0).toInt();
    if (version == 0) {
        QSqlQuery tables(db);
        if (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && tables.next() && tables.value(0).toInt() > 0)
            return Result<int>::failure(QCoreApplication::translate("Database",
                                                                    "%1 is an SQLite file of another program, not a CAC "
                                                                    "Review database; it was left unchanged.")
                                                .arg(name));
    }
    return version;
}

Status SqliteDialect::recordVersion(QSqlDatabase &db, int version) const
{
    QSqlQuery query(db);
    // PRAGMA takes no bound parameters; the value is the program's own integer, never user input.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return Status::failure(query.lastError().text());
    return Status::success();
}

QString SqliteDialect::jsonValue(const QString &json, const QString &key) const
{
    // json_extract raises an error on text that is not JSON: the CASE keeps such a row readable.
    return QStringLiteral("(CASE WHEN json_valid(%1) THEN json_extract(%1, '$.%2') END)").arg(json, key);
}

Status SqliteDialect::setBulk(QSqlDatabase &db, bool bulk) const
{
    return AuditContext::setBulk(db, bulk);
}

} // namespace cac
