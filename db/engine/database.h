#pragma once

#include "db/engine/permissions.h"
#include "db/engine/sqldialect.h"
#include "db/result.h"
#include "db/status.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cac {

// One open CAC Review database: a named QtSql connection, upgraded to the current schema. A file
// (the default, for one person) has foreign keys on, WAL, a busy timeout and the audit triggers
// in place; a server database (PostgreSQL, for a team) is named by a libpq URI or
// keyword=value string (ServerAddress) and keeps its audit triggers itself. It never opens a
// dialog; a database it cannot use is reported and left exactly as it was.
class Database
{
public:
    enum class Mode {
        OpenExisting,   // the file must exist
        CreateIfMissing // a new file is created, readable by its owner only
    };

    // `location` is a file's path, or a server's address (ServerAddress::names); a server
    // database is never created here (its administrator makes it), only set up.
    static Result<std::unique_ptr<Database>> open(const QString &location, Mode mode);
    // True when `location` names a server database rather than a file.
    static bool namesServer(const QString &location);
    // `location` (a server's address) with `password` for connecting, or the reason it is no address.
    static Result<QString> withPassword(const QString &location, const QString &password);
    // True when open() failed because the server wants a password it was not given (or refused
    // the one given), so that a window can ask for it.
    static bool wantsPassword(const QString &error);
    // What displayName() will be once `location` is open: a server's address without its
    // password, or a file's name.
    static QString displayNameOf(const QString &location);
    // The schema version of an existing file, read without changing it (no upgrade, no WAL).
    static Result<int> schemaVersionOf(const QString &path);
    // The schema version this program writes.
    static int currentSchemaVersion();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    SqlDialect::Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == SqlDialect::Engine::PostgreSQL; }
    // The file's path; empty for a server database.
    QString path() const { return m_path; }
    // What to open again for another connection to the same database (a background task's): the
    // path, or the server's connection string with its password. For connecting only: never
    // shown, logged or saved.
    QString location() const { return m_location; }
    // The same without a password: what a list of recent databases may keep.
    QString locationWithoutPassword() const;
    // The database as people see it named: the file's name, or user@host:port/dbname (never a
    // password); for titles, footnotes, letters and exports.
    QString displayName() const { return m_displayName; }
    QString connectionName() const { return m_connectionName; }
    bool isReadOnly() const { return m_readOnly; }
    // What the person connected may change (all of it in a writable file; a server's GRANTs).
    const Permissions &permissions() const { return m_permissions; }
    // Why it is read-only ("the file is read-only", or its folder cannot be written).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // What opening did that its user should know, e.g. the schema upgrade and where the copy from
    // before it is kept; empty when nothing.
    QString notice() const { return m_notice; }
    // PRAGMA integrity_check, run before a write that matters (an import, a schema upgrade):
    // writing into a damaged file spreads the damage. quick_check is not enough: it missed a
    // flipped index page that integrity_check found (0.07 s against 0.5 s on a 49 MB file).
    Status checkIntegrity() const;
    // A server's connection opened again after it dropped (sleep, the network), with its session
    // set up as at first; a file's needs nothing.
    Status reconnect();

private:
    Database(QString path, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<Database>> openServer(const QString &address);
    SqlDialect::Engine m_engine = SqlDialect::Engine::SQLite;
    QString m_location;
    QString m_displayName;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_notice;
    QString m_readOnlyReason;
    Permissions m_permissions;
};

} // namespace cac
