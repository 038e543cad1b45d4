#include "db/engine/schemamigrator.h"

#include "db/engine/sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace cac {

QStringList SchemaMigrator::embeddedMigrations(SqlDialect::Engine engine)
{
    QStringList files;
    const QDir dir(SqlDialect::of(engine).migrationsFolder());
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

int SchemaMigrator::latestVersion(SqlDialect::Engine engine)
{
    return SchemaMigrator(SqlDialect::of(engine)).targetVersion();
}

int SchemaMigrator::versionOf(const QString &file)
{
    return QFileInfo(file).fileName().section(u'_', 0, 0).toInt();
}

SchemaMigrator::SchemaMigrator(const SqlDialect &dialect) : SchemaMigrator(dialect, embeddedMigrations(dialect.engine())) {}

SchemaMigrator::SchemaMigrator(const SqlDialect &dialect, QStringList migrationFiles)
    : m_dialect(dialect), m_files(std::move(migrationFiles))
{
}

int SchemaMigrator::targetVersion() const
{
    return m_files.isEmpty() ? 0 : versionOf(m_files.constLast());
}

Status SchemaMigrator::migrate(QSqlDatabase &db, int fromVersion) const
{
    if (fromVersion >= targetVersion())
        return Status::success();
    // The lock first, then the version read again under it. Another program may have upgraded
    // (or created) the database since it was read; two imports that create one new file at once
    // must not both run the first migration.
    const Status begun = m_dialect.beginMigration(db);
    if (!begun.ok())
        return Status::failure(
                QCoreApplication::translate("SchemaMigrator", "Could not start the schema upgrade: %1").arg(begun.error()));
    auto fail = [&db](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(message);
    };
    const Result<int> current = m_dialect.schemaVersion(db, db.databaseName());
    if (!current.ok())
        return fail(QCoreApplication::translate("SchemaMigrator", "Could not read the schema version: %1").arg(current.error()));
    if (current.value() >= targetVersion()) {
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return Status::success();
    }
    bool tracked = db.tables().contains(QStringLiteral("schema_migration"));
    for (const QString &path : m_files) {
        if (versionOf(path) <= current.value())
            continue;
        const Status applied = apply(db, path, tracked);
        if (!applied.ok())
            return fail(applied.error());
        // The file that makes schema_migration records the versions up to its own; each later
        // one is a row of its own.
        tracked = tracked || db.tables().contains(QStringLiteral("schema_migration"));
    }
    const Status recorded = m_dialect.recordVersion(db, targetVersion());
    if (!recorded.ok())
        return fail(
                QCoreApplication::translate("SchemaMigrator", "Could not record the schema version: %1").arg(recorded.error()));
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(QCoreApplication::translate("SchemaMigrator", "Could not commit the schema upgrade: %1")
                            .arg(commit.lastError().text()));
    return Status::success();
}

Status SchemaMigrator::apply(QSqlDatabase &db, const QString &path, bool tracked) const
{
    const int version = versionOf(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(
                QCoreApplication::translate("SchemaMigrator", "Schema file %1 is missing from the program").arg(path));
    const QString script = QString::fromUtf8(file.readAll());
    const QStringList statements = m_dialect.runsScriptsWhole() ? QStringList{script} : SqlScript::split(script);
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return Status::failure(QCoreApplication::translate("SchemaMigrator", "Schema upgrade to version %1 failed in %2: %3")
                                           .arg(version)
                                           .arg(path, query.lastError().text()));
    }
    if (!tracked)
        return Status::success(); // the file made the table and recorded the versions itself
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT INTO schema_migration (version, applied_at) VALUES (?, %1)").arg(m_dialect.nowUtc()));
    record.addBindValue(version);
    if (!record.exec())
        return Status::failure(QCoreApplication::translate("SchemaMigrator", "Could not record schema version %1: %2")
                                       .arg(version)
                                       .arg(record.lastError().text()));
    return Status::success();
}

} // namespace cac
