#pragma once

#include "db/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cac {

class Database;

// A whole database copied into another, file to server or server to file (a member takes a
// snapshot home as a file): every record table with its ids, in one transaction on the
// destination, all or nothing. The derived statewide figures are not copied (they are rebuilt).
// Before it commits, each table's rows are counted and checksummed on both sides over one
// canonical text form (TableChecksum); a difference rolls the copy back.
class DatabaseTransfer
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseTransfer)

public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QString checksum; // SHA-256 of the canonical text, hex
    };
    // The record tables in the order they are written (parents before the rows that name them).
    static QStringList tables();
    // What the destination holds now: the tables with rows (empty: nothing would be lost).
    static Result<QList<Table>> contents(Database &database);
    // Copies `from` into `to`. `to` must hold nothing, unless `replace`: then what it holds is
    // deleted first, in the same transaction.
    static Result<QList<Table>> copy(Database &from, Database &to, bool replace);
};

} // namespace cac
