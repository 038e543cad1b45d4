#include "sqliteconnection.h"

#include <QObject>

#include <sqlite3.h>

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Access access)
{
    using R = Result<std::unique_ptr<SqliteConnection>>;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                    // One thread uses a connection at a time (it is not shared),
                                    // so SQLite's per-call mutex is pure cost: 6% of an import.
                                    (access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
                                            | SQLITE_OPEN_NOMUTEX,
                                    nullptr);
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db));
    if (rc != SQLITE_OK)
        return R::failure(QObject::tr("Cannot open %1: %2").arg(path, connection->lastError()));
    sqlite3_busy_timeout(db, 5000);
    const Status keys = connection->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!keys.ok())
        return R::failure(keys.error());
    return connection;
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close_v2(m_db);
}

Status SqliteConnection::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return Status::failure(error);
    }
    return Status::success();
}

QString SqliteConnection::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QObject::tr("out of memory");
}
