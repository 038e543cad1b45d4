#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <utility>

namespace cac {

// Runs prepared queries on either engine (QtSql) and says how they went, with the driver's
// message when they failed.
namespace SqlExec {
inline Status run(QSqlQuery &q)
{
    return q.exec() ? Status::success() : Status::failure(q.lastError().text());
}

// Runs an INSERT that ends in RETURNING id and gives that id: the one way to learn a new row's id
// on both engines (Qt's lastInsertId() is SQLite's rowid, but an OID or nothing on PostgreSQL).
inline Result<qint64> insertedId(QSqlQuery &q)
{
    if (!q.exec())
        return Result<qint64>::failure(q.lastError().text());
    if (!q.next())
        return Result<qint64>::failure(QCoreApplication::translate("SqlExec", "the new row's id was not returned"));
    return q.value(0).toLongLong();
}

// Prepares `sql`, binds `values` in order and runs it: a write of a few values in one call.
inline Status run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Status::failure(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    return run(q);
}

// Prepares `sql`, binds `values` in order, runs it forward-only and hands each row to
// `visit(row)` as it comes, holding none of them: a read whose memory does not grow with the
// rows. A query that fails, to prepare, at the start or at any later row (a locked or damaged
// file), is a failure with SQLite's message: a failed read never passes for an empty one.
template <typename Visit>
Status forEach(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Visit visit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Status::failure(q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    while (q.next())
        visit(std::as_const(q));
    if (q.lastError().isValid())
        return Status::failure(q.lastError().text());
    return Status::success();
}

// The same, gathering the rows into a Container with `add(container, row)`.
template <typename Container, typename Add>
Result<Container> readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Add add)
{
    Container rows;
    const Status read = forEach(db, sql, values, [&rows, &add](const QSqlQuery &row) { add(rows, row); });
    if (!read.ok())
        return Result<Container>::failure(read.error());
    return rows;
}

// The first row `sql` gives, made by `make(row)`; no value when it gives none. A query that
// fails is a failure: a locked or damaged file never passes for "not found".
template <typename T, typename Make>
Result<std::optional<T>> readOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Make make)
{
    return readAll<std::optional<T>>(db, sql, values, [&make](std::optional<T> &one, const QSqlQuery &row) {
        if (!one)
            one = make(row);
    });
}
} // namespace SqlExec

} // namespace cac
