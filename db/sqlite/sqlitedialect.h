#pragma once

#include "db/engine/sqldialect.h"

namespace cac {

// SQLite's side of SqlDialect: a file's PRAGMA user_version, BEGIN IMMEDIATE, strftime and
// json_extract, and the per-connection temp table audit_context (AuditContext).
class SqliteDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::SQLite; }
    QString migrationsFolder() const override { return QStringLiteral(":/schema/sqlite"); }
    Status beginMigration(QSqlDatabase &db) const override;
    Result<int> schemaVersion(QSqlDatabase &db, const QString &name) const override;
    Status recordVersion(QSqlDatabase &db, int version) const override;
    bool runsScriptsWhole() const override { return false; }
    QString nowUtc() const override { return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"); }
    QString osUser() const override { return QStringLiteral("(SELECT os_user FROM temp.audit_context)"); }
    QString dbRole() const override { return QStringLiteral("NULL"); }
    int rowsPerInsert(int) const override { return 1; }
    QString jsonValue(const QString &json, const QString &key) const override;
    Status setBulk(QSqlDatabase &db, bool bulk) const override;
    QStringList afterExplicitIds(const QString &) const override { return {}; }
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
    QString contains(const QString &text, const QString &part) const override
    {
        return QStringLiteral("instr(%1, %2) > 0").arg(text, part);
    }
};

} // namespace cac
