#pragma once

#include "db/engine/sqldialect.h"
#include "db/status.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cac {

// Brings a database up to the schema this program knows, one numbered .sql file at a time
// (NNN_name.sql: NNN is the version the file makes), all in one transaction. Each engine has its
// own files (SqlDialect::migrationsFolder): a file's go back to version 1, a server's start at 13.
// Every version applied is a row of schema_migration, on both engines; a file also keeps its
// PRAGMA user_version, which older programs read.
class SchemaMigrator
{
public:
    // The embedded migrations of an engine, in order.
    static QStringList embeddedMigrations(SqlDialect::Engine engine = SqlDialect::Engine::SQLite);
    static int latestVersion(SqlDialect::Engine engine = SqlDialect::Engine::SQLite);
    // The version a migration file makes, from its name; 0 if the name has no number.
    static int versionOf(const QString &file);

    explicit SchemaMigrator(const SqlDialect &dialect);
    SchemaMigrator(const SqlDialect &dialect, QStringList migrationFiles);

    int targetVersion() const;
    // Applies the migrations after `fromVersion`, up to targetVersion(); nothing on failure.
    Status migrate(QSqlDatabase &db, int fromVersion) const;

private:
    Status apply(QSqlDatabase &db, const QString &path, bool tracked) const;

    const SqlDialect &m_dialect;
    QStringList m_files;
};

} // namespace cac
