#include "db/engine/database.h"

#include "db/sqlite/auditcontext.h"
#include "db/files/backups.h"
#include "db/files/diskspace.h"
#include "db/files/protectedfiles.h"
#include "db/files/readonlyfolder.h"
#include "db/model/osuser.h"
#include "db/engine/schemamigrator.h"
#include "db/postgresql/serverconnection.h"
#include "db/sqlite/sqliteconnection.h"
#include "db/sqlite/sqlitestatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QCoreApplication>

namespace cac {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cac-review-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Creates the file empty and private before SQLite sees it, so it is never readable by others,
// not even for a moment. SQLite gives its -wal and -shm files the same permissions.
QString createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return QCoreApplication::translate("Database", "Cannot create the folder %1").arg(dir.absolutePath());
    QFile file(path);
    // On Windows the permission flags map to the file's ACL only partly; the file still lives in
    // the user's own profile folder, which other users cannot read.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (QFileInfo(path).isFile())
            return QString(); // another program made it meanwhile: open that one
        return QCoreApplication::translate("Database", "Cannot create %1: %2").arg(path, file.errorString());
    }
    return QString();
}

Status integrityOf(QSqlDatabase db, const QString &path)
{
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        return Status::failure(QCoreApplication::translate("Database", "%1 could not be checked for damage: %2")
                                       .arg(path, check.lastError().text()));
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (problems.isEmpty())
        return Status::success();
    return Status::failure(
            QCoreApplication::translate("Database",
                                        "%1 is damaged, so nothing was written to it (PRAGMA integrity_check: %2). "
                                        "Restore it from a backup, or recover what SQLite can read into a new "
                                        "file; the README says how (\"If the database is damaged\").")
                    .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
}

bool execPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    return query.exec(pragma);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &location, Mode mode)
{
    using Failure = Result<std::unique_ptr<Database>>;
    if (namesServer(location))
        return openServer(location);
    const QString &path = location;
    if (const Status free = ProtectedFiles::checkAsDatabase(path); !free.ok())
        return Failure::failure(free.error());
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Failure::failure(QCoreApplication::translate("Database", "%1 is not a file").arg(path));
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return Failure::failure(QCoreApplication::translate("Database", "%1 does not exist").arg(path));
        const QString error = createPrivateFile(path);
        if (!error.isEmpty())
            return Failure::failure(error);
    }
    // A file its owner marked read-only opens read-only, even for an administrator who could write it.
    const QFileInfo created(path);
    const bool folderReadOnly = ReadOnlyFolder::holds(path);
    const bool readOnly = folderReadOnly || !created.isWritable() || !(created.permissions() & QFileDevice::WriteOwner);
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, readOnly));
    if (readOnly)
        database->m_readOnlyReason =
                folderReadOnly ? ReadOnlyFolder::reason(path) : QCoreApplication::translate("Database", "the file is read-only");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(folderReadOnly ? ReadOnlyFolder::immutableUri(path) : info.absoluteFilePath());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (folderReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    db.setConnectOptions(options);
    if (!db.open())
        return Failure::failure(DiskSpace::explain(
                path, QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, db.lastError().text())));

    // Read the version before anything writes: a newer or foreign file must stay untouched.
    const SqlDialect &dialect = SqlDialect::of(SqlDialect::Engine::SQLite);
    const Result<int> version = dialect.schemaVersion(db, path);
    if (!version.ok())
        return Failure::failure(DiskSpace::explain(path, version.error()));
    const SchemaMigrator migrator(dialect);
    if (version.value() > migrator.targetVersion())
        return Failure::failure(
                QCoreApplication::translate("Database",
                                            "%1 was written by a newer CAC Review (schema version %2; this program "
                                            "knows up to %3). Open it with a newer version; the file was left unchanged.")
                        .arg(path)
                        .arg(version.value())
                        .arg(migrator.targetVersion()));
    // foreign_keys is per connection and ignored inside a transaction: set it first.
    if (!execPragma(db, QStringLiteral("PRAGMA foreign_keys = ON")))
        return Failure::failure(QCoreApplication::translate("Database", "Cannot enable foreign keys on %1").arg(path));
    if (version.value() < migrator.targetVersion()) {
        if (readOnly)
            return Failure::failure(QCoreApplication::translate("Database",
                                                                "%1 is read-only and uses an older schema (version %2) that this "
                                                                "program must upgrade; copy it somewhere writable first.")
                                            .arg(path)
                                            .arg(version.value()));
        if (version.value() > 0) {
            const Status sound = integrityOf(db, path);
            if (!sound.ok())
                return Failure::failure(sound.error());
        }
        if (version.value() > 0) {
            const Result<QString> copy = Backups(path).make(QStringLiteral("before-upgrade"));
            if (!copy.ok())
                return Failure::failure(
                        QCoreApplication::translate("Database",
                                                    "%1 needs a schema upgrade, and no copy of it could be kept first, "
                                                    "so it was left as it was: %2")
                                .arg(path, copy.error()));
            database->m_notice =
                    QCoreApplication::translate("Database",
                                                "%1 was upgraded from schema version %2 to %3; the file as it was is "
                                                "kept at %4.")
                            .arg(path)
                            .arg(version.value())
                            .arg(migrator.targetVersion())
                            .arg(copy.value());
        }
        const Status migrated = migrator.migrate(db, version.value());
        if (!migrated.ok())
            return Failure::failure(migrated.error());
    }
    if (!readOnly && !execPragma(db, QStringLiteral("PRAGMA journal_mode = WAL")))
        return Failure::failure(QCoreApplication::translate("Database", "Cannot switch %1 to WAL mode").arg(path));
    const Status audit = AuditContext::install(db, OsUser::name());
    if (!audit.ok())
        return Failure::failure(audit.error());
    database->m_permissions = Permissions::ofFile(database->m_readOnly, database->m_readOnlyReason);
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &text)
{
    using Failure = Result<std::unique_ptr<Database>>;
    const Result<ServerAddress> address = ServerAddress::parse(text);
    if (!address.ok())
        return Failure::failure(address.error());
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(QString(), name, false));
    database->m_engine = SqlDialect::Engine::PostgreSQL;
    database->m_location = address.value().connectionString();
    database->m_displayName = address.value().displayName();
    const Status opened = ServerConnection::open(address.value(), name, OsUser::name());
    if (!opened.ok())
        return Failure::failure(opened.error());
    Result<Permissions> permissions = Permissions::ofServerLogin(database->connection());
    if (!permissions.ok())
        return Failure::failure(permissions.error());
    database->m_permissions = permissions.take();
    return database;
}

bool Database::namesServer(const QString &location)
{
    return ServerAddress::names(location);
}

Result<QString> Database::withPassword(const QString &location, const QString &password)
{
    const Result<ServerAddress> address = ServerAddress::parse(location);
    if (!address.ok())
        return Result<QString>::failure(address.error());
    return address.value().withPassword(password).connectionString();
}

bool Database::wantsPassword(const QString &error)
{
    return ServerConnection::needsPassword(error);
}

QString Database::displayNameOf(const QString &location)
{
    if (!namesServer(location))
        return QFileInfo(location).fileName();
    const Result<ServerAddress> address = ServerAddress::parse(location);
    return address.ok() ? address.value().displayName() : QString();
}

QString Database::locationWithoutPassword() const
{
    if (!isServer())
        return m_path;
    const Result<ServerAddress> address = ServerAddress::parse(m_location);
    return address.ok() ? address.value().withoutPassword().connectionString() : QString();
}

Result<int> Database::schemaVersionOf(const QString &path)
{
    Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::open(path, SqliteConnection::Access::ReadOnly);
    if (!opened.ok())
        return Result<int>::failure(opened.error());
    SqliteStatement version;
    const Status prepared = version.prepare(*opened.value(), QStringLiteral("PRAGMA user_version"));
    if (!prepared.ok())
        return Result<int>::failure(QCoreApplication::translate("Database", "%1 cannot be read: %2").arg(path, prepared.error()));
    if (!version.step())
        return Result<int>::failure(QCoreApplication::translate("Database", "%1 cannot be read: %2").arg(path, version.error()));
    return version.columnInt(0).value_or(0);
}

int Database::currentSchemaVersion()
{
    return SchemaMigrator(SqlDialect::of(SqlDialect::Engine::SQLite)).targetVersion();
}

Status Database::reconnect()
{
    if (!isServer())
        return Status::success();
    return ServerConnection::reopen(m_connectionName, OsUser::name());
}

Status Database::checkIntegrity() const
{
    if (isServer())
        return Status::success(); // the server keeps its own pages whole; there is no file to check
    return integrityOf(connection(), m_path);
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_location(path), m_displayName(QFileInfo(path).fileName()), m_path(std::move(path)),
      m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
    if (!m_path.isEmpty())
        ProtectedFiles::add(m_path);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_path.isEmpty())
        ProtectedFiles::remove(m_path);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace cac
