#pragma once

#include "db/result.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace cac {

// A table's rows in one canonical text form, whichever engine holds them, and the SHA-256 of it:
// rows in `orderBy` order; columns by name; each value as text (NULL as \N, whole numbers in
// decimal, others with 17 significant digits; tab, newline and backslash escaped). Two databases
// hold the same table when count and checksum agree. The column rowid is left out: a server's
// letter_draft_status keeps its order there, a file in its implicit rowid.
class TableChecksum
{
public:
    qint64 rows = 0;
    QString sha256;

    static Result<TableChecksum> of(QSqlDatabase db, const QString &table, const QString &orderBy);
    // SELECT columns FROM table ORDER BY orderBy (`columns` as columns() gives them): the read
    // of(...) makes, for a caller that reads the rows itself (a copy) and sums them as it goes.
    static QString selectSql(const QStringList &columns, const QString &table, const QString &orderBy);

    // The checksum of rows as they are read: each row's first `columns` values, in selectSql's
    // order, then result().
    class Builder
    {
    public:
        void addRow(const QSqlQuery &row, int columns);
        TableChecksum result() const;

    private:
        QCryptographicHash m_hash{QCryptographicHash::Sha256};
        QByteArray m_line;
        qint64 m_rows = 0;
    };
    // The table's columns, by name, without rowid.
    static QStringList columns(QSqlDatabase db, const QString &table);
};

} // namespace cac
