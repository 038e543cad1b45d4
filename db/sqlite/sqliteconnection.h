#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace cac {

// A connection of its own to a database file through the SQLite C API, for bulk writes.
// QtSql binds each value through a string-keyed map (about 0.4 µs a value); the importer binds
// tens of millions, so it writes through this instead. It is a separate connection, never Qt's
// handle: on platforms where Qt bundles its own SQLite, sharing a handle between the two
// libraries would be undefined. Foreign keys on, same busy timeout as Database.
class SqliteConnection
{
public:
    enum class Access { ReadWrite, ReadOnly };
    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path, Access access = Access::ReadWrite);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    sqlite3 *handle() const { return m_db; }
    // Runs statements without parameters (DDL, BEGIN, COMMIT).
    Status exec(const QString &sql);
    QString lastError() const;

private:
    explicit SqliteConnection(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db;
};

} // namespace cac
