#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace cac {

// The throwaway PostgreSQL server of a test that runs as <name>_postgresql: CAC_TEST_SERVER
// names the file in which tests/postgres/server.sh wrote the server's connection string.
// Each TestDatabase gets a database of its own there, dropped when it ends.
namespace TestServer {

inline bool inUse()
{
    return !qEnvironmentVariableIsEmpty("CAC_TEST_SERVER");
}

// The connection string of the server's maintenance database ("... dbname=postgres").
inline QString maintenance()
{
    QFile file(qEnvironmentVariable("CAC_TEST_SERVER"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the test server is not running: %s cannot be read", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

// The same server, database `name`.
inline QString address(const QString &name)
{
    QString text = maintenance();
    text.replace(QStringLiteral("dbname=postgres"), QStringLiteral("dbname=") + name);
    return text;
}

// Runs `statements` on a plain QPSQL connection to `dbname`: another program, without this
// program's session settings; `first` runs on it before them. False if anything failed.
inline bool run(const QString &dbname, const QStringList &statements, const std::function<bool(QSqlDatabase &)> &first = {})
{
    bool ok = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-server-raw"));
        const QString text = address(dbname);
        for (const QString &pair : text.split(u' ')) {
            const QString key = pair.section(u'=', 0, 0);
            const QString value = pair.section(u'=', 1);
            if (key == u"host")
                raw.setHostName(value);
            else if (key == u"user")
                raw.setUserName(value);
            else if (key == u"dbname")
                raw.setDatabaseName(value);
        }
        ok = raw.open() && (!first || first(raw));
        if (!raw.isOpen())
            qWarning("cannot reach the test server: %s", qPrintable(raw.lastError().text()));
        for (const QString &statement : statements) {
            QSqlQuery q(raw);
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-server-raw"));
    return ok;
}

// A new, empty database on the server, named after the test program and its process.
inline QString createDatabase()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("t_%1_%2_%3")
                                 .arg(QCoreApplication::applicationName().toLower().remove(u'-'))
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
    if (!run(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(name)}))
        qFatal("cannot create the test database %s on the test server", qPrintable(name));
    return name;
}

inline void dropDatabase(const QString &name)
{
    if (!run(QStringLiteral("postgres"), {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)}))
        qWarning("could not drop the test database %s", qPrintable(name));
}

} // namespace TestServer

} // namespace cac
