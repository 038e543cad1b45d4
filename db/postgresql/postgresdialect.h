#pragma once

#include "db/engine/sqldialect.h"

#include <algorithm>

namespace cac {

// PostgreSQL's side of SqlDialect: the schema_migration table, an advisory lock for migrations,
// the server's clock, the session setting cac.os_user and the bulk mark (cac_begin_bulk) that the server's audit
// triggers read (resources/schema/postgresql).
class PostgresDialect final : public SqlDialect
{
public:
    Engine engine() const override { return Engine::PostgreSQL; }
    QString migrationsFolder() const override { return QStringLiteral(":/schema/postgresql"); }
    Status beginMigration(QSqlDatabase &db) const override;
    Result<int> schemaVersion(QSqlDatabase &db, const QString &name) const override;
    Status recordVersion(QSqlDatabase &, int) const override { return Status::success(); }
    bool runsScriptsWhole() const override { return true; }
    QString nowUtc() const override { return QStringLiteral("cac_now()"); }
    QString osUser() const override { return QStringLiteral("nullif(current_setting('cac.os_user', true), '')"); }
    QString dbRole() const override { return QStringLiteral("session_user"); }
    // At most 30,000 values a statement, well within the protocol's 65,535 parameters.
    int rowsPerInsert(int columns) const override { return std::clamp(30000 / std::max(columns, 1), 1, 1000); }
    QString jsonValue(const QString &json, const QString &key) const override;
    Status setBulk(QSqlDatabase &db, bool bulk) const override;
    QStringList afterExplicitIds(const QString &table) const override;
    QString beginSnapshot() const override { return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
    QString contains(const QString &text, const QString &part) const override
    {
        return QStringLiteral("strpos(%1, %2) > 0").arg(text, part);
    }
};

} // namespace cac
