#include "db/sheets/xlsx/xlsxexporter.h"

#include "db/export/reportquery.h"
#include "db/files/atomicfile.h"
#include "db/engine/database.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>

#include <xlsxwriter.h>

namespace cac {

namespace {
// The writing of one workbook; libxlsxwriter's objects belong to the workbook.
class WorkbookWriter
{
public:
    WorkbookWriter(lxw_workbook *book, bool demo) : m_book(book), m_demo(demo)
    {
        m_header = workbook_add_format(book);
        format_set_bold(m_header);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        m_date = workbook_add_format(book);
        format_set_num_format(m_date, "yyyy-mm-dd");
    }

    lxw_worksheet *addReportSheet(const QString &name)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        const QStringList &columns = ReportQuery::columns();
        for (int i = 0; i < columns.size(); ++i) {
            worksheet_write_string(sheet, 0, lxw_col_t(i), columns.at(i).toUtf8().constData(), m_header);
            worksheet_set_column(sheet, lxw_col_t(i), lxw_col_t(i), widthOf(columns.at(i)), nullptr);
        }
        if (m_demo) {
            const auto notice = lxw_col_t(columns.size());
            worksheet_write_string(sheet, 0, notice, "data_notice", m_header);
            worksheet_set_column(sheet, notice, notice, 30, nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        return sheet;
    }

    // Writes the query's current row as row `row` of the sheet.
    void writeRow(lxw_worksheet *sheet, lxw_row_t row, const ReportQuery &query)
    {
        const int columns = int(ReportQuery::columns().size());
        for (int i = 0; i < columns; ++i) {
            const QVariant value = query.value(i);
            const auto column = lxw_col_t(i);
            switch (value.typeId()) {
            case QMetaType::UnknownType:
                break; // unknown: an empty cell, never 0
            case QMetaType::LongLong:
                worksheet_write_number(sheet, row, column, double(value.toLongLong()), nullptr);
                break;
            case QMetaType::QDate: {
                const QDate d = value.toDate();
                lxw_datetime when = {d.year(), d.month(), d.day(), 0, 0, 0.0};
                worksheet_write_datetime(sheet, row, column, &when, m_date);
                break;
            }
            case QMetaType::Bool:
                worksheet_write_string(sheet, row, column, value.toBool() ? "yes" : "no", nullptr);
                break;
            default: {
                const QByteArray text = value.toString().toUtf8();
                if (!text.isEmpty())
                    worksheet_write_string(sheet, row, column, text.constData(), nullptr);
            }
            }
        }
        if (m_demo)
            worksheet_write_string(sheet, row, lxw_col_t(columns), MetaStore::DemoNotice.toUtf8().constData(), nullptr);
    }

    void finishReportSheet(lxw_worksheet *sheet, lxw_row_t lastRow)
    {
        const auto lastColumn = lxw_col_t(ReportQuery::columns().size() - (m_demo ? 0 : 1));
        worksheet_autofilter(sheet, 0, 0, lastRow, lastColumn);
    }

    void addAbout(const QString &databaseName, int reports, const QString &years)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(m_book, "About");
        worksheet_set_column(sheet, 0, 0, 22, nullptr);
        worksheet_set_column(sheet, 1, 1, 70, nullptr);
        const QList<QPair<QString, QString>> lines = {
                {QCoreApplication::translate("XlsxExporter", "Exported by"), QStringLiteral("CAC Review")},
                {QCoreApplication::translate("XlsxExporter", "Database"), databaseName},
                {QCoreApplication::translate("XlsxExporter", "Exported on"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                {QCoreApplication::translate("XlsxExporter", "Reports"), QString::number(reports)},
                {QCoreApplication::translate("XlsxExporter", "Reporting years"), years},
                {QCoreApplication::translate("XlsxExporter", "Data"),
                 m_demo ? MetaStore::DemoNotice : QCoreApplication::translate("XlsxExporter", "As recorded in the database")},
                {QCoreApplication::translate("XlsxExporter", "Unknown values"),
                 QCoreApplication::translate("XlsxExporter", "Empty cells. An empty cell is unknown, never zero.")},
                {QCoreApplication::translate("XlsxExporter", "Violations"),
                 QCoreApplication::translate("XlsxExporter",
                                             "A range as reported: violations_low to violations_high (equal for one number).")}};
        for (int i = 0; i < lines.size(); ++i) {
            worksheet_write_string(sheet, lxw_row_t(i), 0, lines.at(i).first.toUtf8().constData(), m_header);
            worksheet_write_string(sheet, lxw_row_t(i), 1, lines.at(i).second.toUtf8().constData(), nullptr);
        }
    }

private:
    static double widthOf(const QString &column)
    {
        if (column == u"agency" || column == u"notes" || column == u"parent_org")
            return 36;
        if (column.startsWith(QLatin1StringView("contact_")))
            return 22;
        return qMax(9.0, double(column.size()) + 2);
    }

    lxw_workbook *m_book;
    bool m_demo;
    lxw_format *m_header;
    lxw_format *m_date;
};

QList<int> reportYears(Database &database, std::optional<int> year)
{
    if (year)
        return {*year};
    QList<int> years;
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT DISTINCT year FROM misuse_report ORDER BY year"))) {
        while (q.next())
            years << q.value(0).toInt();
    }
    return years;
}
} // namespace

XlsxExporter::XlsxExporter(Database &database) : m_database(database) {}

Result<int> XlsxExporter::exportTo(const QString &path, const Options &options)
{
    ReportQuery query(m_database);
    const int total = query.count(options.year);
    if (total < 0)
        return Result<int>::failure(QCoreApplication::translate("XlsxExporter", "Cannot read the reports."));
    const Result<bool> isDemo = MetaStore(m_database.connection()).isDemo();
    if (!isDemo.ok())
        return Result<int>::failure(isDemo.error());
    const bool demo = isDemo.value();
    // One sheet, or one per year when the reports do not fit in one.
    const QList<std::optional<int>> sheets = [&] {
        QList<std::optional<int>> list;
        if (total <= options.rowsPerSheet) {
            list << options.year;
        } else {
            for (const int y : reportYears(m_database, options.year))
                list << std::optional<int>(y);
        }
        return list;
    }();
    int rows = 0;
    bool cancelled = false;
    QString readError;
    const Status written = AtomicFile::writeByName(path, AtomicFile::Kind::Xlsx, [&](const QString &temporary) -> Status {
        // Constant memory: each row goes to disk once written, so memory stays flat in rows.
        lxw_workbook_options settings = {};
        settings.constant_memory = LXW_TRUE;
        settings.use_zip64 = LXW_TRUE;
        lxw_workbook *book = workbook_new_opt(QFile::encodeName(temporary).constData(), &settings);
        if (!book)
            return Status::failure(QCoreApplication::translate("XlsxExporter", "the workbook could not be started"));
        WorkbookWriter writer(book, demo);
        QStringList years;
        for (const std::optional<int> &year : sheets) {
            const Status ran = query.run(year);
            if (!ran.ok()) {
                readError = ran.error();
                break;
            }
            const QString name = sheets.size() == 1 ? QCoreApplication::translate("XlsxExporter", "Reports")
                                                    : QCoreApplication::translate("XlsxExporter", "Reports %1").arg(*year);
            lxw_worksheet *sheet = writer.addReportSheet(name);
            lxw_row_t row = 0;
            while (query.next()) {
                writer.writeRow(sheet, ++row, query);
                if (++rows % 2000 == 0) {
                    if (options.progress)
                        options.progress(rows, total);
                    if (options.cancel && options.cancel->load()) {
                        cancelled = true;
                        break;
                    }
                }
            }
            writer.finishReportSheet(sheet, row);
            if (cancelled)
                break;
        }
        writer.addAbout(m_database.displayName(), rows,
                        options.year ? QString::number(*options.year) : QCoreApplication::translate("XlsxExporter", "all"));
        const lxw_error closed = workbook_close(book);
        if (cancelled)
            return Status::failure(QCoreApplication::translate("XlsxExporter", "the export was cancelled"));
        if (!readError.isEmpty())
            return Status::failure(readError);
        if (closed != LXW_NO_ERROR)
            return Status::failure(QString::fromUtf8(lxw_strerror(closed)));
        return Status::success();
    });
    if (cancelled)
        return Result<int>::failure(QCoreApplication::translate("XlsxExporter", "Export cancelled; no file was written."));
    if (!written.ok())
        return Result<int>::failure(written.error());
    return rows;
}

} // namespace cac
