#include "db/csv/csvexporter.h"

#include "db/csv/csvwriter.h"
#include "db/export/reportquery.h"
#include "db/files/atomicfile.h"
#include "db/import/reportcolumns.h"
#include "db/model/violationrange.h"
#include "db/sqlite/database.h"
#include "db/stores/metastore.h"

#include <QDate>
#include <QVariant>
#include <QCoreApplication>

namespace {

// A value of ReportQuery as the CSV format writes it; unknown is an empty cell, never 0.
QString cellText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return QString();
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    default:
        return value.toString();
    }
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
    ReportQuery query(m_database);
    const int total = options.progress ? query.count(options.year) : 0;
    const Result<bool> isDemo = MetaStore(m_database.connection()).isDemo();
    if (!isDemo.ok())
        return Result<int>::failure(isDemo.error());
    const bool demo = isDemo.value();
    const Status ran = query.run(options.year);
    if (!ran.ok())
        return Result<int>::failure(ran.error());
    const int low = ReportQuery::columnOf(QStringLiteral("violations_low"));
    const int columns = int(ReportQuery::columns().size());
    int rows = 0;
    bool cancelled = false;
    const Status written = AtomicFile::write(path, AtomicFile::Kind::Csv, [&](QIODevice &file) {
        CsvWriter writer(&file);
        QStringList header = ReportColumns::names();
        if (!demo)
            header.removeLast(); // data_notice
        if (!writer.writeBom() || !writer.writeRecord(header))
            return false;
        QStringList cells;
        while (query.next()) {
            cells.clear();
            for (int i = 0; i < columns; ++i) {
                if (i == low) {
                    // The range's two ends are one CSV cell: "15-25", or "7" when they are equal.
                    const QVariant from = query.value(i);
                    const QVariant to = query.value(++i);
                    cells << (from.isNull() ? QString()
                                            : ViolationRange{int(from.toLongLong()), int(to.toLongLong())}.toCsvString());
                } else {
                    cells << cellText(query.value(i));
                }
            }
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
        return Result<int>::failure(QCoreApplication::translate("CsvExporter", "Export cancelled; no file was written."));
    if (!written.ok())
        return Result<int>::failure(written.error());
    return rows;
}
