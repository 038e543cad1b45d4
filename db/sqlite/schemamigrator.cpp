#include "db/sqlite/schemamigrator.h"

#include "db/sqlite/sqlscript.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QCoreApplication>

QStringList SchemaMigrator::embeddedMigrations()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/schema"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

int SchemaMigrator::latestVersion()
{
    return int(embeddedMigrations().size());
}

SchemaMigrator::SchemaMigrator(QStringList migrationFiles) : m_files(std::move(migrationFiles)) {}

Status SchemaMigrator::migrate(QSqlDatabase &db, int fromVersion) const
{
    if (fromVersion >= targetVersion())
        return Status::success();
    // IMMEDIATE: the write lock first, then the version read again under it. Another program may
    // have upgraded (or created) the file since it was read; two imports that create one new
    // file at once must not both run the first migration.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(QCoreApplication::translate("SchemaMigrator", "Could not start the schema upgrade: %1")
                                       .arg(begin.lastError().text()));
    auto fail = [&db](const QString &message) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(message);
    };
    QSqlQuery current(db);
    if (!current.exec(QStringLiteral("PRAGMA user_version")) || !current.next())
        return fail(QCoreApplication::translate("SchemaMigrator", "Could not read the schema version: %1")
                            .arg(current.lastError().text()));
    fromVersion = current.value(0).toInt();
    current.finish();
    if (fromVersion >= targetVersion()) {
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return Status::success();
    }
    for (int version = fromVersion + 1; version <= targetVersion(); ++version) {
        const QString path = m_files.at(version - 1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("SchemaMigrator", "Schema file %1 is missing from the program").arg(path));
        const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return fail(QCoreApplication::translate("SchemaMigrator", "Schema upgrade to version %1 failed in %2: %3")
                                    .arg(version)
                                    .arg(path, query.lastError().text()));
        }
    }
    QSqlQuery setVersion(db);
    // PRAGMA takes no bound parameters; the value is our own integer, never user input.
    if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion())))
        return fail(QCoreApplication::translate("SchemaMigrator", "Could not record the schema version: %1")
                            .arg(setVersion.lastError().text()));
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return fail(QCoreApplication::translate("SchemaMigrator", "Could not commit the schema upgrade: %1")
                            .arg(commit.lastError().text()));
    return Status::success();
}
