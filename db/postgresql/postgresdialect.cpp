#include "db/postgresql/postgresdialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cac {

namespace {

// Any number that is the same for every CAC Review program: two programs migrating one server
// at once take turns on it.
constexpr qint64 migrationLock = 0x43414352; // "CACR"

} // namespace

Status PostgresDialect::beginMigration(QSqlDatabase &db) const
{
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN")))
        return Status::failure(begin.lastError().text());
    QSqlQuery lock(db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLock))) {
        const QString error = lock.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(error);
    }
    return Status::success();
}

Result<int> PostgresDialect::schemaVersion(QSqlDatabase &db, const QString &name) const
{
    QSqlQuery tracked(db);
    if (!tracked.exec(QStringLiteral("SELECT to_regclass('schema_migration') IS NOT NULL, "
                                     "(SELECT count(*) FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
                                     "AND c.relkind IN ('r', 'v', 'p'))")) ||
        !tracked.next())
        return Result<int>::failure(
                QCoreApplication::translate("Database", "%1 cannot be read: %2").arg(name, tracked.lastError().text()));
    if (!tracked.value(0).toBool()) {
        if (tracked.value(1).toInt() > 0)
            return Result<int>::failure(QCoreApplication::translate("Database",
                                                                    "%1 holds tables of another program, not a CAC Review "
                                                                    "database; it was left unchanged.")
                                                .arg(name));
        return 0;
    }
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migration")) || !version.next())
        return Result<int>::failure(
                QCoreApplication::translate("Database", "%1 cannot be read: %2").arg(name, version.lastError().text()));
    return version.value(0).toInt();
}

QString PostgresDialect::jsonValue(const QString &json, const QString &key) const
{
    // The server writes the audit log's JSON itself, so it is always valid there.
    return QStringLiteral("(CASE WHEN cac_is_json(%1) THEN (%1)::jsonb ->> '%2' END)").arg(json, key);
}

Status PostgresDialect::setBulk(QSqlDatabase &db, bool bulk) const
{
    // Through the server's functions: only they may mark a load bulk for the audit triggers.
    QSqlQuery set(db);
    if (set.exec(bulk ? QStringLiteral("SELECT cac_begin_bulk()") : QStringLiteral("SELECT cac_end_bulk()")))
        return Status::success();
    return Status::failure(set.lastError().text());
}

QStringList PostgresDialect::afterExplicitIds(const QString &table) const
{
    // `table` is one of the program's own table names, never user input.
    return {QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) FROM %1")
                    .arg(table)};
}

} // namespace cac
