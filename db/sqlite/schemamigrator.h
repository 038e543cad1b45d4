#pragma once

#include "db/status.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Brings a database file up to the schema this program knows, one numbered .sql file at a time,
// all in one transaction, recording the version in PRAGMA user_version.
class SchemaMigrator
{
public:
    // The embedded migrations, ":/schema/NNN_name.sql", in order.
    static QStringList embeddedMigrations();
    static int latestVersion();

    explicit SchemaMigrator(QStringList migrationFiles = embeddedMigrations());

    int targetVersion() const { return int(m_files.size()); }
    // Applies the migrations after `fromVersion`, up to targetVersion(); nothing on failure.
    Status migrate(QSqlDatabase &db, int fromVersion) const;

private:
    QStringList m_files;
};
