#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cac {

// Dated copies of one database, made before a change that is hard to take back (a schema
// upgrade, an import that changes reports already there, a restore), in a folder beside it:
// review.sqlite keeps them in review.sqlite-backups/, private to its owner, the newest Keep
// of the automatic ones kept. Copies are made by SQLite (VACUUM INTO), so they are consistent
// while the file is in use, and restored through SQLite's backup API, under its locks.
class Backups
{
public:
    static constexpr int Keep = 5;
    struct Entry
    {
        QString path;
        QDateTime madeAt; // from the file name, local time
        QString reason;   // before-import, before-upgrade, before-restore, by-hand
        qint64 bytes = 0;
    };

    explicit Backups(QString databasePath);
    QString folder() const;
    // The folder, made private (0700) if it was not there; every copy goes through this.
    Status ensureFolder() const;
    // A new copy of the database as last committed; returns its path.
    Result<QString> make(const QString &reason) const;
    // The copies in the folder, newest first. Listing reads names and sizes, never contents.
    QList<Entry> list() const;
    // Replaces the database's contents with `backupPath`, after checking that it is a sound CAC
    // Review database no newer than this program, and after keeping a copy of the current
    // contents (before-restore); returns that copy's path.
    Result<QString> restore(const QString &backupPath) const;

private:
    void prune() const;
    QString m_databasePath;
};

} // namespace cac
