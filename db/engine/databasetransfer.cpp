#include "db/engine/databasetransfer.h"

#include "db/engine/database.h"
#include "db/engine/tablechecksum.h"
#include "db/stores/auditlogstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cac {

namespace {

struct Ordered
{
    const char *table;
    const char *orderBy; // a stable order, the same on both engines
};

// Parents before the rows that name them; the audit log last.
const QList<Ordered> &ordered()
{
    static const QList<Ordered> list = {
            {"meta", "key"},
            {"agency", "id"},
            {"contact", "id"},
            {"misuse_report", "id"},
            {"sanction", "id"},
            {"review_setting", "key"},
            {"review_mark", "agency_id, year"},
            {"meeting", "id"},
            {"meeting_agency", "meeting_id, agency_id"},
            {"sanction_override", "agency_id, year"},
            {"outreach_call", "id"},
            {"outreach_assignment", "agency_id, year"},
            {"letter_template", "id"},
            {"letter_draft", "id"},
            {"letter_draft_version", "draft_id, version"},
            {"letter_draft_status", "draft_id, rowid"},
            {"import_column_mapping", "id"},
            {"reporting_form", "id"},
            {"audit_log", "id"},
    };
    return list;
}

Status exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) ? Status::success() : Status::failure(q.lastError().text());
}

// INSERT of `rows` rows of `columns` values each, in one statement.
QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    const QString row = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table, columns.join(QStringLiteral(", ")), QStringList(rows, row).join(QStringLiteral(", ")));
}

// Copies a table's rows and returns the source's checksum, summed from the rows as they are copied
// (one read of the source; the copy is then read back on its own and summed again). Rows go in
// batches, one INSERT of many rows each on a server, so that a copy is not a round trip a row
// (SqlDialect::rowsPerInsert).
Result<TableChecksum> copyTable(QSqlDatabase from, QSqlDatabase to, const Ordered &table)
{
    using Answer = Result<TableChecksum>;
    const QString name = QString::fromLatin1(table.table);
    const QStringList columns = TableChecksum::columns(from, name);
    const int width = int(columns.size());
    const int batchRows = SqlDialect::of(to).rowsPerInsert(width);
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(TableChecksum::selectSql(columns, name, QString::fromLatin1(table.orderBy))))
        return Answer::failure(read.lastError().text());
    QSqlQuery fullBatch(to);
    if (!fullBatch.prepare(insertSql(name, columns, batchRows)))
        return Answer::failure(fullBatch.lastError().text());
    QVariantList values;
    const auto write = [&](int rows) {
        QSqlQuery partial(to);
        QSqlQuery &insert = rows == batchRows ? fullBatch : partial;
        if (rows != batchRows && !insert.prepare(insertSql(name, columns, rows)))
            return Status::failure(insert.lastError().text());
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        values.clear();
        return insert.exec() ? Status::success() : Status::failure(QStringLiteral("%1: %2").arg(name, insert.lastError().text()));
    };
    TableChecksum::Builder sum;
    int pending = 0;
    while (read.next()) {
        for (int i = 0; i < width; ++i)
            values.append(read.value(i));
        sum.addRow(read, width);
        if (++pending == batchRows) {
            if (const Status written = write(pending); !written.ok())
                return Answer::failure(written.error());
            pending = 0;
        }
    }
    if (read.lastError().isValid())
        return Answer::failure(read.lastError().text());
    if (pending > 0) {
        if (const Status written = write(pending); !written.ok())
            return Answer::failure(written.error());
    }
    const QMetaType idType = to.record(name).field(QStringLiteral("id")).metaType();
    if (idType.id() == QMetaType::Int || idType.id() == QMetaType::LongLong) {
        for (const QString &after : SqlDialect::of(to).afterExplicitIds(name)) {
            if (const Status done = exec(to, after); !done.ok())
                return Answer::failure(done.error());
        }
    }
    return sum.result();
}

} // namespace

QStringList DatabaseTransfer::tables()
{
    QStringList names;
    for (const Ordered &table : ordered())
        names << QString::fromLatin1(table.table);
    return names;
}

Result<QList<DatabaseTransfer::Table>> DatabaseTransfer::contents(Database &database)
{
    QList<Table> held;
    for (const Ordered &table : ordered()) {
        QSqlQuery count(database.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table.table))) || !count.next())
            return Result<QList<Table>>::failure(count.lastError().text());
        if (const qint64 rows = count.value(0).toLongLong(); rows > 0)
            held.append({QString::fromLatin1(table.table), rows, {}});
    }
    return held;
}

Result<QList<DatabaseTransfer::Table>> DatabaseTransfer::copy(Database &from, Database &to, bool replace)
{
    using Answer = Result<QList<Table>>;
    if (from.locationWithoutPassword() == to.locationWithoutPassword())
        return Answer::failure(tr("%1 cannot be copied into itself").arg(from.displayName()));
    const Result<QList<Table>> held = contents(to);
    if (!held.ok())
        return Answer::failure(held.error());
    if (!held.value().isEmpty() && !replace)
        return Answer::failure(tr("%1 is not empty; nothing was copied").arg(to.displayName()));
    QSqlDatabase source = from.connection();
    QSqlDatabase target = to.connection();
    const SqlDialect &targetSql = SqlDialect::of(target);
    // The source is read at one moment throughout, while others may write to it.
    if (const Status begun = exec(source, SqlDialect::of(source).beginSnapshot()); !begun.ok())
        return Answer::failure(begun.error());
    const auto finish = [&](const QString &error) {
        target.rollback();
        std::ignore = targetSql.setBulk(target, false);
        std::ignore = exec(source, QStringLiteral("ROLLBACK"));
        return Answer::failure(tr("Nothing was copied into %1: %2").arg(to.displayName(), error));
    };
    if (!target.transaction())
        return finish(target.lastError().text());
    // Rows copied are not each an audit entry: the copy is one, written last.
    if (const Status bulk = targetSql.setBulk(target, true); !bulk.ok())
        return finish(bulk.error());
    if (replace) {
        QStringList order = tables();
        order.removeOne(QStringLiteral("audit_log"));
        std::reverse(order.begin(), order.end());
        order << QStringLiteral("audit_log"); // last: the deletes before it are logged into it
        for (const QString &table : std::as_const(order)) {
            if (const Status deleted = exec(target, QStringLiteral("DELETE FROM %1").arg(table)); !deleted.ok())
                return finish(deleted.error());
        }
        if (const Status emptied = exec(target, QStringLiteral("DELETE FROM year_rollup")); !emptied.ok())
            return finish(emptied.error());
    }
    QList<Table> copied;
    for (const Ordered &table : ordered()) {
        const Result<TableChecksum> before = copyTable(source, target, table);
        if (!before.ok())
            return finish(before.error());
        const QString name = QString::fromLatin1(table.table);
        const Result<TableChecksum> after = TableChecksum::of(target, name, QString::fromLatin1(table.orderBy));
        if (!after.ok())
            return finish(after.error());
        if (before.value().rows != after.value().rows || before.value().sha256 != after.value().sha256)
            return finish(tr("%1 differs after the copy (%2 rows and checksum %3 in %4; %5 and %6 in the copy)")
                                  .arg(name)
                                  .arg(before.value().rows)
                                  .arg(before.value().sha256.left(12), from.displayName())
                                  .arg(after.value().rows)
                                  .arg(after.value().sha256.left(12)));
        copied.append({name, before.value().rows, before.value().sha256});
    }
    std::ignore = exec(source, QStringLiteral("ROLLBACK")); // read only
    QSqlQuery logged(target);
    logged.prepare(to.isServer() ? QStringLiteral("SELECT cac_log_action(?, ?, ?)") : AuditLogStore::recordActionSql(targetSql));
    logged.addBindValue(QStringLiteral("*"));
    logged.addBindValue(replace ? QStringLiteral("replace") : QStringLiteral("copy"));
    logged.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("from"), from.displayName()}}).toJson(QJsonDocument::Compact)));
    if (!logged.exec())
        return finish(logged.lastError().text());
    if (const Status bulk = targetSql.setBulk(target, false); !bulk.ok())
        return finish(bulk.error());
    if (!target.commit())
        return finish(target.lastError().text());
    return copied;
}

} // namespace cac
