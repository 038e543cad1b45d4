#include "db/csv/csvexporter.h"

#include "db/csv/csvwriter.h"
#include "db/export/reportquery.h"
#include "db/files/atomicfile.h"
#include "db/import/reportcolumns.h"
#include "db/model/violationrange.h"
#include "db/engine/database.h"
#include "db/sqlite/sqliteconnection.h"
#include "db/sqlite/sqlitestatement.h"
#include "db/stores/metastore.h"

#include <QDate>
#include <QVariant>
#include <QCoreApplication>

namespace cac {

namespace {

// A column of ReportQuery as the CSV format writes it; unknown is an empty cell, never 0. Dates
// are stored as ISO text, which is what the CSV holds.
template <typename Row>
void addCell(CsvWriter &writer, const Row &row, int column, ReportQuery::Kind kind)
{
    if (row.columnIsNull(column))
        writer.addText({});
    else if (kind == ReportQuery::Kind::Count)
        writer.addNumber(row.columnInt64(column));
    else if (kind == ReportQuery::Kind::YesNo)
        writer.addText(row.columnInt64(column) != 0 ? u"yes" : u"no");
    else
        writer.addUtf8(row.columnUtf8(column));
}

// The range's two ends are one CSV cell: "15-25", or "7" when they are equal.
template <typename Row>
void addRange(CsvWriter &writer, const Row &row, int low)
{
    if (row.columnIsNull(low))
        writer.addText({});
    else if (row.columnInt64(low) == row.columnInt64(low + 1))
        writer.addNumber(row.columnInt64(low));
    else
        writer.addText(ViolationRange{int(row.columnInt64(low)), int(row.columnInt64(low + 1))}.toCsvString());
}

// The export's rows through QtSql (a server's; a file's are read through SQLite's C API), with
// the few reads addCell and addRange make of a SqliteStatement.
class QtSqlRows
{
public:
    explicit QtSqlRows(ReportQuery &query) : m_query(query) {}
    bool step() { return m_query.next(); }
    bool ok() const { return m_query.error().isEmpty(); }
    QString error() const { return m_query.error(); }
    bool columnIsNull(int column) const { return m_query.stored(column).isNull(); }
    qint64 columnInt64(int column) const { return m_query.stored(column).toLongLong(); }
    QByteArrayView columnUtf8(int column) const
    {
        m_text = m_query.stored(column).toString().toUtf8();
        return m_text;
    }

private:
    ReportQuery &m_query;
    mutable QByteArray m_text;
};

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
    const int total = options.progress ? ReportQuery(m_database).count(options.year) : 0;
    const Result<bool> isDemo = MetaStore(m_database.connection()).isDemo();
    if (!isDemo.ok())
        return Result<int>::failure(isDemo.error());
    const bool demo = isDemo.value();
    const Written written =
            m_database.isServer() ? exportFromServer(path, options, demo, total) : exportFromFile(path, options, demo, total);
    if (written.cancelled)
        return Result<int>::failure(QCoreApplication::translate("CsvExporter", "Export cancelled; no file was written."));
    if (!written.read.ok())
        return Result<int>::failure(
                QCoreApplication::translate("ReportQuery", "Cannot read the reports: %1").arg(written.read.error()));
    if (!written.saved.ok())
        return Result<int>::failure(written.saved.error());
    return written.rows;
}

CsvExporter::Written CsvExporter::exportFromFile(const QString &path, const Options &options, bool demo, int total)
{
    // Read through the SQLite C API on a connection of its own, as the import writes: QtSql's
    // value per cell (a variant, text turned to UTF-16 and back) cost twice the rest of the export.
    const Result<std::unique_ptr<SqliteConnection>> opened = SqliteConnection::open(
            m_database.path(),
            m_database.isReadOnly() ? SqliteConnection::Access::ReadOnly : SqliteConnection::Access::ReadWrite);
    SqliteStatement rows;
    const Status prepared = opened.ok() ? rows.prepare(*opened.value(), ReportQuery::sql()) : Status::failure(opened.error());
    if (!prepared.ok())
        return {0, false, prepared, Status::success()};
    rows.bind(1, options.year);
    return writeRows(rows, path, options, demo, total);
}

CsvExporter::Written CsvExporter::exportFromServer(const QString &path, const Options &options, bool demo, int total)
{
    ReportQuery query(m_database);
    if (const Status run = query.run(options.year); !run.ok())
        return {0, false, Status::failure(query.error()), Status::success()};
    QtSqlRows rows(query);
    return writeRows(rows, path, options, demo, total);
}

template <typename Rows>
CsvExporter::Written CsvExporter::writeRows(Rows &rows, const QString &path, const Options &options, bool demo, int total)
{
    const int low = ReportQuery::columnOf(QStringLiteral("violations_low"));
    const int columns = int(ReportQuery::columns().size());
    QList<ReportQuery::Kind> kinds;
    for (int i = 0; i < columns; ++i)
        kinds << ReportQuery::kind(i);
    Status read;
    int written = 0;
    bool cancelled = false;
    const Status saved = AtomicFile::write(path, AtomicFile::Kind::Csv, [&](QIODevice &file) {
        CsvWriter writer(&file);
        QStringList header = ReportColumns::names();
        if (!demo)
            header.removeLast(); // data_notice
        if (!writer.writeBom() || !writer.writeRecord(header))
            return false;
        while (rows.step()) {
            for (int i = 0; i < columns; ++i) {
                if (i == low)
                    addRange(writer, rows, i++);
                else
                    addCell(writer, rows, i, kinds.at(i));
            }
            if (demo)
                writer.addText(MetaStore::DemoNotice);
            if (!writer.endRecord())
                return false;
            ++written;
            if (written % 2000 == 0) {
                if (options.progress)
                    options.progress(written, total);
                if (options.cancel && options.cancel->load()) {
                    cancelled = true;
                    return false;
                }
            }
        }
        // A read that failed part way (a locked or damaged file) leaves no file, never a short one.
        read = rows.ok() ? Status::success() : Status::failure(rows.error());
        return read.ok();
    });
    return {written, cancelled, read, saved};
}

} // namespace cac
