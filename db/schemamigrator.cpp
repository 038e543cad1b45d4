#include "schemamigrator.h"

#include "sqlscript.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

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
    if (!db.transaction())
        return Status::failure(QObject::tr("Could not start the schema upgrade: %1").arg(db.lastError().text()));
    auto fail = [&db](const QString &message) {
        db.rollback();
        return Status::failure(message);
    };
    for (int version = fromVersion + 1; version <= targetVersion(); ++version) {
        const QString path = m_files.at(version - 1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QObject::tr("Schema file %1 is missing from the program").arg(path));
        const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return fail(QObject::tr("Schema upgrade to version %1 failed in %2: %3")
                                    .arg(version).arg(path, query.lastError().text()));
        }
    }
    QSqlQuery setVersion(db);
    // PRAGMA takes no bound parameters; the value is our own integer, never user input.
    if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion())))
        return fail(QObject::tr("Could not record the schema version: %1").arg(setVersion.lastError().text()));
    if (!db.commit())
        return fail(QObject::tr("Could not commit the schema upgrade: %1").arg(db.lastError().text()));
    return Status::success();
}
