#include "db/sheets/xlsx/xlsxtable.h"

#include "db/files/atomicfile.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>

#include <xlsxwriter.h>

namespace cac {

namespace {
void writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const QVariant &value, lxw_format *date)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        worksheet_write_number(sheet, row, column, value.toDouble(), nullptr);
        return;
    case QMetaType::QDate:
    case QMetaType::QDateTime: {
        // A date and time is shown as its date; the cell keeps the time.
        const QDateTime t = value.typeId() == QMetaType::QDate ? value.toDate().startOfDay() : value.toDateTime();
        lxw_datetime when = {t.date().year(), t.date().month(),  t.date().day(),
                             t.time().hour(), t.time().minute(), double(t.time().second())};
        worksheet_write_datetime(sheet, row, column, &when, date);
        return;
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        if (!text.isEmpty())
            worksheet_write_string(sheet, row, column, text.constData(), nullptr);
    }
    }
}
} // namespace

Status XlsxTable::save(const QString &path, const QString &sheetName, const QStringList &header, const QList<QVariantList> &rows,
                       const About &about)
{
    return AtomicFile::writeByName(path, AtomicFile::Kind::Xlsx, [&](const QString &temporary) -> Status {
        lxw_workbook *book = workbook_new(QFile::encodeName(temporary).constData());
        if (!book)
            return Status::failure(QCoreApplication::translate("XlsxTable", "the workbook could not be started"));
        lxw_format *bold = workbook_add_format(book);
        format_set_bold(bold);
        lxw_format *date = workbook_add_format(book);
        format_set_num_format(date, "yyyy-mm-dd");
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.toUtf8().constData());
        QStringList columns = header;
        if (about.demo)
            columns << QStringLiteral("data_notice");
        for (int c = 0; c < columns.size(); ++c) {
            worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).toUtf8().constData(), bold);
            // Wide enough for the header and the longest text below it, within reason.
            qsizetype width = columns.at(c).size();
            for (const QVariantList &row : rows)
                width = qMax(width, row.value(c).toString().size());
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(qBound(qsizetype(8), width + 2, qsizetype(60))),
                                 nullptr);
        }
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < header.size(); ++c)
                writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), rows.at(r).value(c), date);
            if (about.demo)
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(header.size()),
                                       MetaStore::DemoNotice.toUtf8().constData(), nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns.size() - 1));
        lxw_worksheet *info = workbook_add_worksheet(book, "About");
        worksheet_set_column(info, 0, 0, 18, nullptr);
        worksheet_set_column(info, 1, 1, 60, nullptr);
        const QList<QPair<QString, QString>> lines = {
                {QCoreApplication::translate("XlsxTable", "Table"), about.title},
                {QCoreApplication::translate("XlsxTable", "Exported by"), QStringLiteral("CAC Review")},
                {QCoreApplication::translate("XlsxTable", "Database"), about.source},
                {QCoreApplication::translate("XlsxTable", "Exported on"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                {QCoreApplication::translate("XlsxTable", "Data"),
                 about.demo ? MetaStore::DemoNotice : QCoreApplication::translate("XlsxTable", "As recorded in the database")},
                {QCoreApplication::translate("XlsxTable", "Unknown values"),
                 QCoreApplication::translate("XlsxTable", "Empty cells. An empty cell is unknown, never zero.")}};
        for (int i = 0; i < lines.size(); ++i) {
            worksheet_write_string(info, lxw_row_t(i), 0, lines.at(i).first.toUtf8().constData(), bold);
            worksheet_write_string(info, lxw_row_t(i), 1, lines.at(i).second.toUtf8().constData(), nullptr);
        }
        const lxw_error closed = workbook_close(book);
        return closed == LXW_NO_ERROR ? Status::success() : Status::failure(QString::fromUtf8(lxw_strerror(closed)));
    });
}

} // namespace cac
