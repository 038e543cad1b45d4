#include "db/postgresql/serverconnection.h"

#include "db/engine/schemamigrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cac {

namespace {

// The keywords Qt's driver takes as fields of its own; every other one goes in its connect
// options, which it joins with spaces (a ';' separates them there, so a value cannot hold one).
bool isField(const QString &keyword)
{
    return keyword == u"host" || keyword == u"port" || keyword == u"dbname" || keyword == u"user" || keyword == u"password";
}

Status configure(QSqlDatabase &db, const ServerAddress &address)
{
    db.setHostName(address.host());
    db.setDatabaseName(address.databaseName());
    db.setUserName(address.user());
    db.setPassword(address.password());
    if (!address.port().isEmpty())
        db.setPort(address.port().toInt());
    QStringList options{QStringLiteral("application_name='cac-review'")};
    for (const auto &[keyword, value] : address.values()) {
        if (isField(keyword) || keyword == u"application_name")
            continue;
        if (value.contains(u';') || value.contains(u'\''))
            return Status::failure(
                    ServerConnection::tr(
                            "The server address's %1 holds a ';' or a quote, which Qt's PostgreSQL driver cannot pass on")
                            .arg(keyword));
        options << QStringLiteral("%1='%2'").arg(keyword, value);
    }
    db.setConnectOptions(options.join(u';'));
    return Status::success();
}

Status startSession(QSqlDatabase &db, const QString &osUser)
{
    // Read by the server's audit triggers; a setting of this session only (is_local = false).
    QSqlQuery set(db);
    set.prepare(QStringLiteral("SELECT set_config('cac.os_user', ?, false), set_config('cac.bulk', '0', false)"));
    set.addBindValue(osUser);
    if (!set.exec())
        return Status::failure(ServerConnection::tr("Could not set up the audit log: %1").arg(set.lastError().text()));
    return Status::success();
}

} // namespace

Status ServerConnection::reopen(const QString &connectionName, const QString &osUser)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    db.close();
    if (!db.open())
        return Status::failure(db.lastError().text());
    return startSession(db, osUser);
}

bool ServerConnection::needsPassword(const QString &error)
{
    return error.contains(QLatin1StringView("no password supplied")) ||
            error.contains(QLatin1StringView("password authentication failed"));
}

Status ServerConnection::open(const ServerAddress &address, const QString &connectionName, const QString &osUser)
{
    const QString name = address.displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Status::failure(tr("Cannot connect to %1: Qt's PostgreSQL driver is not installed (install the package %2)")
                                       .arg(name, driverPackage()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (const Status configured = configure(db, address); !configured.ok())
        return configured;
    if (!db.open())
        return Status::failure(tr("Cannot connect to %1: %2").arg(name, db.lastError().text()));
    const SqlDialect &dialect = SqlDialect::of(SqlDialect::Engine::PostgreSQL);
    // Read the version before anything writes: a newer or foreign database must stay untouched.
    const Result<int> version = dialect.schemaVersion(db, name);
    if (!version.ok())
        return Status::failure(version.error());
    const SchemaMigrator migrator(dialect);
    if (version.value() > migrator.targetVersion())
        return Status::failure(tr("%1 was set up by a newer CAC Review (schema version %2; this program knows up to %3). "
                                  "Connect with a newer version; the database was left unchanged.")
                                       .arg(name)
                                       .arg(version.value())
                                       .arg(migrator.targetVersion()));
    if (version.value() < migrator.targetVersion()) {
        const Status migrated = migrator.migrate(db, version.value());
        if (!migrated.ok())
            return migrated;
    }
    return startSession(db, osUser);
}

} // namespace cac
