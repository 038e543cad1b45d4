#pragma once

#include "db/postgresql/serveraddress.h"
#include "db/status.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cac {

// Opens a named QtSql connection to a PostgreSQL server (Qt's QPSQL driver, which takes the
// address's parts, not a URI), brings the database to this program's schema, and tells the
// session who is at the keyboard for the server's audit triggers. A database at a newer schema,
// or holding another program's tables, is refused and left untouched.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    // The Debian package that holds Qt's PostgreSQL driver, named when it is missing.
    static QString driverPackage() { return QStringLiteral("libqt6sql6-psql"); }

    // True when the server refused for want of a password, so that a window can ask for one.
    static bool needsPassword(const QString &error);

    static Status open(const ServerAddress &address, const QString &connectionName, const QString &osUser);
    // The named connection, closed and opened again with the same address, its session set up anew.
    static Status reopen(const QString &connectionName, const QString &osUser);
};

} // namespace cac
