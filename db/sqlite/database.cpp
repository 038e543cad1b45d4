#include "db/sqlite/database.h"

#include "db/sqlite/auditcontext.h"
#include "db/files/backups.h"
#include "db/files/diskspace.h"
#include "db/files/protectedfiles.h"
#include "db/files/readonlyfolder.h"
#include "db/model/osuser.h"
#include "db/sqlite/schemamigrator.h"
#include "db/sqlite/sqliteconnection.h"
#include "db/sqlite/sqlitestatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QCoreApplication>

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

Result<int> readUserVersion(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Result<int>::failure(
                DiskSpace::explain(path,
                                   QCoreApplication::translate("Database",
                                                               "%1 cannot be read as a CAC Review database (damaged, locked by "
                                                               "another program, or not an SQLite file): %2")
                                           .arg(path, query.lastError().text())));
    const int version = query.value(0).toInt();
    if (version == 0) {
        QSqlQuery tables(db);
        if (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && tables.next() && tables.value(0).toInt() > 0)
            return Result<int>::failure(
                    QCoreApplication::translate("Database",
                                                "%1 is an SQLite file of another program, not a CAC Review database; "
                                                "it was left unchanged.")
                            .arg(path));
    }
    return version;
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

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    using Failure = Result<std::unique_ptr<Database>>;
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
    const Result<int> version = readUserVersion(db, path);
    if (!version.ok())
        return Failure::failure(version.error());
    const SchemaMigrator migrator;
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
    return database;
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
    return SchemaMigrator().targetVersion();
}

Status Database::checkIntegrity() const
{
    return integrityOf(connection(), m_path);
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
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
    ProtectedFiles::remove(m_path);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
