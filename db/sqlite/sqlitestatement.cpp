#include "db/sqlite/sqlitestatement.h"

#include "db/sqlite/sqliteconnection.h"

#include <sqlite3.h>

namespace cac {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Status SqliteStatement::prepare(SqliteConnection &connection, const QString &sql)
{
    if (m_statement) { // prepared before: this statement replaces it
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_connection = &connection;
    m_ok = true;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(connection.handle(), utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr) != SQLITE_OK)
        return Status::failure(connection.lastError());
    return Status::success();
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const std::optional<int> &value)
{
    if (value)
        sqlite3_bind_int(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const std::optional<bool> &value)
{
    bind(index, value ? std::optional<int>(*value ? 1 : 0) : std::nullopt);
}

void SqliteStatement::bind(int index, const std::optional<QDate> &value)
{
    bindText(index, value ? value->toString(Qt::ISODate) : QString());
}

void SqliteStatement::bindText(int index, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    return false;
}

QString SqliteStatement::error() const
{
    return m_connection ? m_connection->lastError() : QString();
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::optional<int> SqliteStatement::columnInt(int column) const
{
    if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int(m_statement, column);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_ok = true;
}

Status SqliteStatement::run()
{
    while (step()) {
    }
    const Status status = m_ok ? Status::success() : Status::failure(error());
    reset();
    return status;
}

} // namespace cac
