#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cac {

// What differs between the two engines, in SQL, in one place per engine (SqliteDialect,
// PostgresDialect): the schema's version and migrations, the moment as the database's clock
// gives it, the audit context of the connection and reading a value out of JSON text. Stores,
// metrics and rules ask the dialect of their connection and never test the engine themselves.
class SqlDialect
{
public:
    enum class Engine { SQLite, PostgreSQL };

    // The dialect of an open connection, by its Qt driver.
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &of(Engine engine);

    virtual ~SqlDialect() = default;
    virtual Engine engine() const = 0;
    // The resource folder of this engine's numbered migrations (NNN_name.sql).
    virtual QString migrationsFolder() const = 0;
    // Starts the migration's transaction, holding off any other program's migration until it ends.
    virtual Status beginMigration(QSqlDatabase &db) const = 0;
    // The schema version of the database; 0 for an empty one. Refuses a database that holds
    // another program's tables.
    virtual Result<int> schemaVersion(QSqlDatabase &db, const QString &name) const = 0;
    // Records `version` where this engine keeps it besides schema_migration (a file's
    // PRAGMA user_version); inside the migration's transaction.
    virtual Status recordVersion(QSqlDatabase &db, int version) const = 0;
    // True when one migration file is run as one statement list (PostgreSQL's function bodies hold
    // semicolons); false when it is split into statements first.
    virtual bool runsScriptsWhole() const = 0;
    // An SQL expression: now, in UTC, as '2026-12-01T16:30:00.123Z'.
    virtual QString nowUtc() const = 0;
    // An SQL expression: the OS user the program told the connection it runs as.
    virtual QString osUser() const = 0;
    // An SQL expression: the database role making the change (a file has none: NULL).
    virtual QString dbRole() const = 0;
    // An SQL expression: the value of `key` in the JSON object held in the text expression `json`,
    // NULL when it is not valid JSON or has no such key.
    virtual QString jsonValue(const QString &json, const QString &key) const = 0;
    // Marks this connection's writes as a bulk load for the audit log (inserts not logged row by
    // row), inside the current transaction on a server, for the connection in a file.
    virtual Status setBulk(QSqlDatabase &db, bool bulk) const = 0;
    // What to run after rows were written into `table` with their own ids, so that the next id
    // the database picks is past them (a server's identity sequence; a file needs nothing).
    virtual QStringList afterExplicitIds(const QString &table) const = 0;
    // How many rows of `columns` values one INSERT of a bulk copy should carry: a server gains
    // from many rows per round trip; a file's driver binds slowest in long statements (SQLite
    // looks each parameter up by number in a list), and a file has no round trips to save.
    virtual int rowsPerInsert(int columns) const = 0;
    // Starts a read-only transaction that sees one moment of the database throughout.
    virtual QString beginSnapshot() const = 0;
    // An SQL condition: the text expression `text` holds `part` (as is: no pattern characters).
    virtual QString contains(const QString &text, const QString &part) const = 0;
};

} // namespace cac
