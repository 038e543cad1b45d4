#pragma once

#include "db/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace cac {

// Where a server database is: a libpq connection string, as a URI
// (postgresql://USER@HOST:PORT/DBNAME?sslmode=...) or as keyword=value pairs (service=NAME),
// parsed by libpq itself (PQconninfoParse), so that every form libpq accepts is accepted.
// A password in it is kept for connecting and never shown: displayName() leaves it out, and
// nothing that writes settings or documents is given anything but the display name.
class ServerAddress
{
public:
    // True when `text` names a server rather than a file: a postgresql:// or postgres:// URI, or
    // libpq's keyword=value form (a file name with '=' in it is read as a file when it exists).
    static bool names(const QString &text);
    static Result<ServerAddress> parse(const QString &text);

    QString value(const QString &keyword) const;
    QString host() const { return value(QStringLiteral("host")); }
    QString port() const { return value(QStringLiteral("port")); }
    QString databaseName() const { return value(QStringLiteral("dbname")); }
    QString user() const { return value(QStringLiteral("user")); }
    QString password() const { return value(QStringLiteral("password")); }
    // Every keyword given, in libpq's order, password included.
    const QList<QPair<QString, QString>> &values() const { return m_values; }

    // user@host:port/dbname (or service=NAME), for window titles, footnotes and messages.
    QString displayName() const;
    // No host, a socket folder, localhost or a loopback address.
    bool isLocal() const;
    // The same address with the password given (from a prompt) or replaced.
    ServerAddress withPassword(const QString &password) const;
    ServerAddress withoutPassword() const;
    // The keyword=value string libpq connects with, password included; for connecting only.
    QString connectionString() const;

private:
    QList<QPair<QString, QString>> m_values;
};

} // namespace cac
