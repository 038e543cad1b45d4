#include "db/csv/csvexporter.h"

#include "db/import/reportcolumns.h"
#include "db/csv/csvwriter.h"
#include "db/sqlite/database.h"
#include "db/stores/metastore.h"
#include "db/model/misusecategory.h"
#include "db/model/outcome.h"
#include "db/sqlite/sqlvalue.h"
#include "db/model/violationrange.h"
#include "db/files/atomicfile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Column names come from the fixed lists of outcomes and categories, which are schema constants.
QString exportSql()
{
    return QStringLiteral(
                   "SELECT a.ori, r.year, a.name, a.kind, a.county, a.parent_org, a.sworn_staff, r.filed, "
                   "r.filed_date, r.investigations, r.violations_low, r.violations_high, r.individuals, "
                   "r.pending, r.%1, r.%2, k.name, k.role, k.phone, k.email, r.notes "
                   "FROM misuse_report r JOIN agency a ON a.id = r.agency_id "
                   "LEFT JOIN contact k ON k.id = (SELECT min(id) FROM contact WHERE agency_id = a.id) "
                   "WHERE :year IS NULL OR r.year = :year ORDER BY a.ori, r.year")
            .arg(Outcome::codes().join(QStringLiteral(", r.")), MisuseCategory::columns().join(QStringLiteral(", r.")));
}

QString numberOrBlank(const QVariant &v)
{
    return v.isNull() ? QString() : QString::number(v.toLongLong());
}

} // namespace

CsvExporter::CsvExporter(Database &database) : m_database(database) {}

Result<int> CsvExporter::exportTo(const QString &path, std::optional<int> year)
{
    Options options;
    options.year = year;
    return exportTo(path, options);
}

Result<int> CsvExporter::exportTo(const QString &path, const Options &options)
{
    const std::optional<int> year = options.year;
    QSqlDatabase db = m_database.connection();
    int total = 0;
    if (options.progress) {
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT count(*) FROM misuse_report WHERE :year IS NULL OR year = :year"));
        count.bindValue(QStringLiteral(":year"), SqlValue::of(year));
        if (count.exec() && count.next())
            total = count.value(0).toInt();
    }
    const bool demo = MetaStore(db).isDemo();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(exportSql());
    query.bindValue(QStringLiteral(":year"), SqlValue::of(year));
    if (!query.exec())
        return Result<int>::failure(QObject::tr("Cannot read the reports: %1").arg(query.lastError().text()));

    int rows = 0;
    bool cancelled = false;
    const int outcomeCount = int(Outcome::codes().size());
    const int categoryCount = int(MisuseCategory::codes().size());
    const Status written = AtomicFile::write(path, AtomicFile::Kind::Csv, [&](QIODevice &file) {
        CsvWriter writer(&file);
        QStringList header = ReportColumns::names();
        if (!demo)
            header.removeLast(); // data_notice
        if (!writer.writeBom() || !writer.writeRecord(header))
            return false;
        while (query.next()) {
            QStringList cells;
            cells << query.value(0).toString() << query.value(1).toString() << query.value(2).toString()
                  << query.value(3).toString() << query.value(4).toString() << query.value(5).toString()
                  << numberOrBlank(query.value(6));
            const QVariant filed = query.value(7);
            cells << (filed.isNull() ? QString() : filed.toInt() ? QStringLiteral("yes") : QStringLiteral("no"));
            cells << query.value(8).toString() << numberOrBlank(query.value(9));
            const QVariant low = query.value(10);
            const QVariant high = query.value(11);
            cells << (low.isNull() ? QString() : ViolationRange{low.toInt(), high.toInt()}.toCsvString());
            cells << numberOrBlank(query.value(12)) << numberOrBlank(query.value(13));
            int column = 14;
            for (int i = 0; i < outcomeCount + categoryCount; ++i)
                cells << numberOrBlank(query.value(column++));
            for (int i = 0; i < 5; ++i)
                cells << query.value(column++).toString();
            if (demo)
                cells << MetaStore::DemoNotice;
            if (!writer.writeRecord(cells))
                return false;
            ++rows;
            if (rows % 2000 == 0) {
                if (options.progress)
                    options.progress(rows, total);
                if (options.cancel && options.cancel->load()) {
                    cancelled = true;
                    return false;
                }
            }
        }
        return true;
    });
    if (cancelled)
        return Result<int>::failure(QObject::tr("Export cancelled; no file was written."));
    if (!written.ok())
        return Result<int>::failure(written.error());
    return rows;
}
