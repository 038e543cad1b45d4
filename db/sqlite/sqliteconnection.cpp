#include "db/sqlite/sqliteconnection.h"

#include "db/files/readonlyfolder.h"

#include <QObject>

#include <sqlite3.h>

#include <cerrno>
#include <QCoreApplication>

namespace cac {

namespace {
// SQLite keeps a statement journal for each statement that may have to be undone alone inside a
// transaction (an upsert whose update fires the audit triggers): by default it spills to an
// unlinked temporary file, which for an import into a filled file was 2.5 million writes and
// 5 GB to /var/tmp. Kept in memory (-1), it is memcpy: a statement changes a few pages at most.
// The setting takes effect only before SQLite's first use in the process, which is why it is
// made as the program loads, in every program, test and benchmark that links this file (any
// that imports); later it would be refused (SQLITE_MISUSE) and change nothing.
// `PRAGMA temp_store = MEMORY` is not the lever: it also moves the index-building sort of a
// large import into memory.
[[maybe_unused]] const int statementJournalsInMemory = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, -1);
// SQLite keeps memory statistics by default, under a global mutex taken by every allocation it
// makes: 4% of an import's writing thread. Nothing reads them (sqlite3_memory_used), so off.
[[maybe_unused]] const int noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
} // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, Access access)
{
    using R = Result<std::unique_ptr<SqliteConnection>>;
    sqlite3 *db = nullptr;
    const bool immutable = access == Access::ReadOnly && ReadOnlyFolder::holds(path);
    const int rc = sqlite3_open_v2((immutable ? ReadOnlyFolder::immutableUri(path) : path).toUtf8().constData(), &db,
                                   // One thread uses a connection at a time (it is not shared),
                                   // so SQLite's per-call mutex is pure cost: 6% of an import.
                                   (access == Access::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                                           SQLITE_OPEN_NOMUTEX | (immutable ? SQLITE_OPEN_URI : 0),
                                   nullptr);
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db));
    if (rc != SQLITE_OK)
        return R::failure(
                QCoreApplication::translate("SqliteConnection", "Cannot open %1: %2").arg(path, connection->lastError()));
    sqlite3_busy_timeout(db, 5000);
    sqlite3_extended_result_codes(db, 1);
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
    if (!m_db)
        return QCoreApplication::translate("SqliteConnection", "out of memory");
    // In WAL mode a full disk comes back as a "disk I/O error"; the OS's errno says which it was.
    const int code = sqlite3_extended_errcode(m_db);
    if (code == SQLITE_FULL || ((code & 0xff) == SQLITE_IOERR && sqlite3_system_errno(m_db) == ENOSPC))
        return QCoreApplication::translate("SqliteConnection", "the disk is full (no space left on device)");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace cac
