#pragma once

#include "db/engine/database.h"
#include "db/result.h"
#include "db/engine/schemamigrator.h"
#include "testserver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <functional>
#include <memory>

namespace cac {

// A fresh database file in a temporary folder, for one test.
// The value of a Result the test expects to succeed; ends the run with its error if it failed.
template <typename T>
T expectOk(const Result<T> &result)
{
    if (!result.ok())
        qFatal("unexpected failure: %s", qPrintable(result.error()));
    return result.value();
}

// Another program (an analyst's sqlite3, an older release) at work on the file: a plain
// connection of its own, without this program's audit triggers. `first` runs on it before
// `statements`; false if anything failed.
inline bool asAnotherProgram(const QString &path, const QStringList &statements,
                             const std::function<bool(QSqlDatabase &)> &first = {})
{
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("another-program"));
        raw.setDatabaseName(path);
        ok = raw.open() && (!first || first(raw));
        for (const QString &statement : statements) {
            QSqlQuery q(raw);
            ok = ok && q.exec(statement);
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("another-program"));
    return ok;
}

// A file as an older release made it: the first `version` migrations, then `statements`.
inline bool createOlderFile(const QString &path, int version = 1, const QStringList &statements = {})
{
    return asAnotherProgram(path, statements, [version](QSqlDatabase &raw) {
        const SqlDialect &sqlite = SqlDialect::of(SqlDialect::Engine::SQLite);
        return SchemaMigrator(sqlite, SchemaMigrator::embeddedMigrations().mid(0, version)).migrate(raw, 0).ok();
    });
}

// A fresh database for one test: a file in a temporary folder, or, when the test runs as
// <name>_postgresql, a database of its own on the test run's PostgreSQL server (TestServer).
class TestDatabase
{
public:
    TestDatabase()
    {
        if (TestServer::inUse()) {
            m_serverDatabase = TestServer::createDatabase();
            m_location = TestServer::address(m_serverDatabase);
        } else {
            m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
            m_location = m_path;
        }
        Result<std::unique_ptr<Database>> opened = Database::open(m_location, Database::Mode::CreateIfMissing);
        if (!opened.ok())
            qFatal("cannot create the test database: %s", qPrintable(opened.error()));
        m_database = opened.take();
    }
    ~TestDatabase()
    {
        m_database.reset();
        if (!m_serverDatabase.isEmpty())
            TestServer::dropDatabase(m_serverDatabase);
    }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Database &database() { return *m_database; }
    QSqlDatabase connection() { return m_database->connection(); }
    bool onServer() const { return !m_serverDatabase.isEmpty(); }
    // The file; empty on a server.
    QString path() const { return m_path; }
    // What Database::open takes to open it again.
    QString location() const { return m_location; }
    QString dirPath() const { return m_dir.path(); }
    void close() { m_database.reset(); }
    void reopen()
    {
        m_database.reset();
        Result<std::unique_ptr<Database>> opened = Database::open(m_location, Database::Mode::OpenExisting);
        if (!opened.ok())
            qFatal("cannot open the test database again: %s", qPrintable(opened.error()));
        m_database = opened.take();
    }
    // Another program at work on the same database, file or server: a plain connection without
    // this program's audit context. False if anything failed.
    // A file's PRAGMAs are settings of that program's connection, which a server has no use for:
    // they are left out there.
    bool asAnotherProgram(const QStringList &statements)
    {
        if (!onServer())
            return cac::asAnotherProgram(m_path, statements);
        QStringList onServer;
        for (const QString &statement : statements) {
            if (!statement.startsWith(QLatin1StringView("PRAGMA ")))
                onServer << statement;
        }
        return TestServer::run(m_serverDatabase, onServer);
    }

    // The single value of a query, for assertions: NULL when it gives no row. A query that
    // fails stops the test: a mistyped column must not pass for a NULL.
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(connection());
        if (!q.exec(sql))
            qFatal("the test's query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        if (!q.next())
            return QVariant();
        return q.value(0);
    }

    // The first column of every row of a query, as text (NULL as "?"), joined by `separator`: what
    // group_concat gives in a file, written once for both engines. Order it in the query.
    QString joined(const QString &sql, const QString &separator = QStringLiteral(","))
    {
        QSqlQuery q(connection());
        if (!q.exec(sql))
            qFatal("the test's query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QStringList values;
        while (q.next())
            values << (q.isNull(0) ? QStringLiteral("?") : q.value(0).toString());
        return values.join(separator);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_location;
    QString m_serverDatabase;
    std::unique_ptr<Database> m_database;
};

} // namespace cac
