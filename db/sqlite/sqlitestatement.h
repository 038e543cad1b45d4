#pragma once

#include "db/status.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>

struct sqlite3_stmt;

namespace cac {

class SqliteConnection;

// A prepared statement on a SqliteConnection: bind by position (from 1), step, read, reset.
// Unset optionals bind as NULL, never 0.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Preparing again replaces the statement prepared before.
    Status prepare(SqliteConnection &connection, const QString &sql);
    bool prepared() const { return m_statement != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, const std::optional<int> &value);
    void bind(int index, const std::optional<bool> &value);
    void bind(int index, const std::optional<QDate> &value);
    // An empty string binds as NULL: the value was not given.
    void bindText(int index, const QString &value);

    // True while a row is available; false when done or on an error (see ok()).
    bool step();
    bool ok() const { return m_ok; }
    QString error() const;
    int columnCount() const;
    qint64 columnInt64(int column) const;
    std::optional<int> columnInt(int column) const;
    QString columnText(int column) const;
    bool columnIsNull(int column) const;
    // The column's text as SQLite holds it (UTF-8), valid until the next step or reset: for a
    // writer that copies bytes without making a string.
    QByteArrayView columnUtf8(int column) const;
    // Clears the bindings and makes the statement ready to run again.
    void reset();
    // Steps to the end: for statements that return no rows.
    Status run();

private:
    SqliteConnection *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = true;
};

} // namespace cac
