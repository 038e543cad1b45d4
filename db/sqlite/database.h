#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open CAC Review file: a named QtSql connection, upgraded to the current schema, with
// foreign keys on, WAL, a busy timeout and the audit triggers in place. It never opens a
// dialog; a file it cannot use is reported and left exactly as it was.
class Database
{
public:
    enum class Mode {
        OpenExisting,   // the file must exist
        CreateIfMissing // a new file is created, readable by its owner only
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    // The schema version of an existing file, read without changing it (no upgrade, no WAL).
    static Result<int> schemaVersionOf(const QString &path);
    // The schema version this program writes.
    static int currentSchemaVersion();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    bool isReadOnly() const { return m_readOnly; }
    // Why it is read-only ("the file is read-only", or its folder cannot be written).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // What opening did that its user should know, e.g. the schema upgrade and where the copy from
    // before it is kept; empty when nothing.
    QString notice() const { return m_notice; }
    // PRAGMA integrity_check, run before a write that matters (an import, a schema upgrade):
    // writing into a damaged file spreads the damage. quick_check is not enough: it missed a
    // flipped index page that integrity_check found (0.07 s against 0.5 s on a 49 MB file).
    Status checkIntegrity() const;

private:
    Database(QString path, QString connectionName, bool readOnly);
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_notice;
    QString m_readOnlyReason;
};
