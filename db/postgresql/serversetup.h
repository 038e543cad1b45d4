#pragma once

#include "db/status.h"

#include <QCoreApplication>
#include <QString>

namespace cac {

class Database;

// Makes a team's server database ready: its schema (by connecting, as Database::open does) and
// the three roles the server enforces, with their GRANTs (resources/server/roles.sql), named
// with a prefix because roles belong to the whole server. Run by a login that may create roles
// (CREATEROLE) and owns the database; running it again changes nothing.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    static QString defaultPrefix() { return QStringLiteral("cac_"); }
    // A prefix is lower-case letters, digits and underscores, starting with a letter: it becomes
    // part of SQL identifiers.
    static bool isValidPrefix(const QString &prefix);
    static Status grantRoles(Database &database, const QString &prefix);
};

} // namespace cac
