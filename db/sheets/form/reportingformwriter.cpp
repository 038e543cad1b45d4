#include "db/sheets/form/reportingformwriter.h"

#include "db/files/atomicfile.h"
#include "db/import/reportcolumns.h"
#include "db/sheets/form/reportingformlayout.h"
#include "db/stores/metastore.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <xlsxwriter.h>

namespace cac {

namespace {

using namespace ReportingFormLayout;

struct Formats
{
    lxw_format *title;
    lxw_format *bold;
    lxw_format *heading;
    lxw_format *label;
    lxw_format *filledIn; // locked, shaded: the program's
    lxw_format *count;    // unlocked: the agency's
    lxw_format *date;
    lxw_format *text;
    lxw_format *notes;
    lxw_format *hint;
    lxw_format *warning;
};

Formats makeFormats(lxw_workbook *book)
{
    Formats f{};
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.bold = workbook_add_format(book);
    format_set_bold(f.bold);
    f.heading = workbook_add_format(book);
    format_set_bold(f.heading);
    format_set_bottom(f.heading, LXW_BORDER_THIN);
    f.label = workbook_add_format(book);
    format_set_text_wrap(f.label);
    format_set_align(f.label, LXW_ALIGN_VERTICAL_CENTER);
    f.filledIn = workbook_add_format(book);
    format_set_bg_color(f.filledIn, 0xE8E8E8);
    format_set_border(f.filledIn, LXW_BORDER_THIN);
    format_set_align(f.filledIn, LXW_ALIGN_LEFT);
    const auto input = [book](const char *numberFormat) {
        lxw_format *format = workbook_add_format(book);
        format_set_unlocked(format);
        format_set_border(format, LXW_BORDER_THIN);
        format_set_bg_color(format, 0xFFFFFF);
        format_set_num_format(format, numberFormat);
        return format;
    };
    f.count = input("0");
    f.date = input("yyyy-mm-dd");
    f.text = input("@");
    f.notes = input("@");
    format_set_text_wrap(f.notes);
    format_set_align(f.notes, LXW_ALIGN_VERTICAL_TOP);
    f.hint = workbook_add_format(book);
    format_set_italic(f.hint);
    format_set_font_color(f.hint, 0x595959);
    format_set_align(f.hint, LXW_ALIGN_VERTICAL_CENTER);
    f.warning = workbook_add_format(book);
    format_set_bold(f.warning);
    format_set_font_color(f.warning, 0x9C0006);
    return f;
}

void put(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    worksheet_write_string(sheet, lxw_row_t(row - 1), lxw_col_t(column), text.toUtf8().constData(), format);
}

// Whole numbers from 0, or a date in or after the reporting year, refused when typed otherwise.
void validate(lxw_worksheet *sheet, const Entry &entry, int year)
{
    lxw_data_validation v{};
    QByteArray title;
    QByteArray message;
    if (entry.field == ReportColumns::FiledDate) {
        v.validate = LXW_VALIDATION_TYPE_DATE;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_datetime = {year, 1, 1, 0, 0, 0};
        v.maximum_datetime = {year + 5, 12, 31, 0, 0, 0};
        message = QCoreApplication::translate("ReportingForm", "A date in %1 or after, such as %2-02-15.")
                          .arg(year)
                          .arg(year + 1)
                          .toUtf8();
    } else {
        v.validate = LXW_VALIDATION_TYPE_INTEGER;
        v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        v.value_number = 0;
        message = QCoreApplication::translate(
                          "ReportingForm",
                          "A whole number, 0 or more. Leave the cell empty if the number is not known: an empty "
                          "cell means unknown, never zero.")
                          .toUtf8();
    }
    title = QCoreApplication::translate("ReportingForm", "Not accepted").toUtf8();
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    v.error_title = title.data();
    v.error_message = message.data();
    worksheet_data_validation_cell(sheet, lxw_row_t(entry.row - 1), 1, &v);
}

QString filledValue(const ReportingForm &form, int field)
{
    switch (field) {
    case ReportColumns::Agency:
        return form.agency;
    case ReportColumns::Ori:
        return form.ori;
    case ReportColumns::County:
        return form.county;
    case ReportColumns::ContactName:
        return form.contactName;
    case ReportColumns::ContactPhone:
        return form.contactPhone;
    case ReportColumns::ContactEmail:
        return form.contactEmail;
    default:
        return QString();
    }
}

void writeForm(lxw_worksheet *sheet, const ReportingForm &form, const Formats &f)
{
    worksheet_set_column(sheet, 0, 0, 62, nullptr);
    worksheet_set_column(sheet, 1, 1, 36, nullptr);
    worksheet_set_column(sheet, 2, 2, 55, nullptr);
    // Printed on US Letter, one page wide, as an agency would print it to fill in by hand.
    worksheet_set_paper(sheet, 1);
    worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_row(sheet, 0, 22, nullptr);
    put(sheet, 1, 0,
        QCoreApplication::translate("ReportingForm", "CLETS misuse investigations: annual report for %1").arg(form.year),
        f.title);
    put(sheet, 2, 0,
        QCoreApplication::translate("ReportingForm",
                                    "Fill in the white cells and return this workbook to the California DOJ. Do not add, "
                                    "remove or move rows. See the Instructions sheet."),
        f.hint);
    if (form.demo)
        put(sheet, 3, 0, MetaStore::DemoNotice, f.warning);
    for (const Heading &heading : headings()) {
        put(sheet, heading.row, 0, heading.text, f.heading);
        worksheet_write_blank(sheet, lxw_row_t(heading.row - 1), 1, f.heading);
        worksheet_write_blank(sheet, lxw_row_t(heading.row - 1), 2, f.heading);
    }
    for (const Entry &entry : entries()) {
        const lxw_row_t row = lxw_row_t(entry.row - 1);
        put(sheet, entry.row, 0, entry.label, f.label);
        // Spreadsheets do not grow a row for wrapped text they did not lay out themselves.
        if (entry.label.size() > 60)
            worksheet_set_row(sheet, row, 30, nullptr);
        if (!entry.hint.isEmpty())
            put(sheet, entry.row, 2, entry.hint, f.hint);
        if (entry.field == ReportColumns::Year) {
            worksheet_write_number(sheet, row, 1, form.year, f.filledIn);
            continue;
        }
        const QString value = filledValue(form, entry.field);
        lxw_format *format = !entry.input                                                            ? f.filledIn
                : entry.field == ReportColumns::FiledDate                                            ? f.date
                : entry.field == ReportColumns::Notes                                                ? f.notes
                : (entry.field >= ReportColumns::ContactName && entry.field <= ReportColumns::Notes) ? f.text
                                                                                                     : f.count;
        if (!value.isEmpty())
            put(sheet, entry.row, 1, value, format);
        else
            worksheet_write_blank(sheet, row, 1, format);
        if (format == f.count || format == f.date)
            validate(sheet, entry, form.year);
        if (entry.field == ReportColumns::Notes)
            worksheet_set_row(sheet, row, 60, nullptr);
    }
    lxw_protection options{};
    worksheet_protect(sheet, nullptr, &options);
    worksheet_activate(sheet);
}

void writeInstructions(lxw_worksheet *sheet, const ReportingForm &form, const Formats &f)
{
    worksheet_set_column(sheet, 0, 0, 110, f.label);
    worksheet_set_paper(sheet, 1);
    worksheet_fit_to_pages(sheet, 1, 0);
    const QStringList lines = {
            QCoreApplication::translate("ReportingForm", "How to fill in this form"),
            QCoreApplication::translate(
                    "ReportingForm",
                    "This workbook is %1's report of CLETS misuse investigations for %2, on the enhanced form the CLETS "
                    "Advisory Committee asked DOJ to use: besides the investigations and violations, it asks how many "
                    "individuals committed them and how many violations fell in each category of DOJ's April 2018 "
                    "bulletin.")
                    .arg(form.agency)
                    .arg(form.year),
            QCoreApplication::translate(
                    "ReportingForm",
                    "Fill in the white cells of the Form sheet. The shaded cells were filled in for you; if one is "
                    "wrong, say so in Notes rather than changing it."),
            QCoreApplication::translate(
                    "ReportingForm",
                    "Give each count as a whole number. Leave a cell empty when the number is not known: an empty "
                    "cell means unknown, never zero. Write 0 only when there were none."),
            QCoreApplication::translate(
                    "ReportingForm",
                    "If the number of violations is known only as a range (for example 15 to 25), give the lowest "
                    "count and the highest count in their two cells; when it is exact, give it in both."),
            QCoreApplication::translate(
                    "ReportingForm",
                    "Do not add, remove or move rows, and do not rename the sheets: the form is read back by its "
                    "layout. A form made for another agency or year, or changed in its shaded cells, is refused."),
            QCoreApplication::translate("ReportingForm", "Save the workbook as .xlsx and return it to the California DOJ."),
            QString(),
            QCoreApplication::translate("ReportingForm", "Made by CAC Review on %1 from %2; form %3.")
                    .arg(QDate::currentDate().toString(Qt::ISODate), form.source, form.formId),
    };
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        put(sheet, i + 1, 0, lines.at(i), i == 0 ? f.title : f.label);
        // About 105 characters to a line of the column.
        worksheet_set_row(sheet, lxw_row_t(i), 16.0 * (1 + lines.at(i).size() / 105), nullptr);
    }
    if (form.demo)
        put(sheet, int(lines.size()) + 2, 0, MetaStore::DemoNotice, f.warning);
    lxw_protection options{};
    worksheet_protect(sheet, nullptr, &options);
}

void writeIdentity(lxw_worksheet *sheet, const ReportingForm &form)
{
    put(sheet, 1, 0, Marker, nullptr);
    worksheet_write_number(sheet, 0, 1, Version, nullptr);
    put(sheet, IdentityOriRow, 0, QStringLiteral("ori"), nullptr);
    put(sheet, IdentityOriRow, 1, form.ori, nullptr);
    put(sheet, IdentityYearRow, 0, QStringLiteral("year"), nullptr);
    worksheet_write_number(sheet, lxw_row_t(IdentityYearRow - 1), 1, form.year, nullptr);
    put(sheet, IdentityFormIdRow, 0, QStringLiteral("form_id"), nullptr);
    put(sheet, IdentityFormIdRow, 1, form.formId, nullptr);
    put(sheet, IdentityNoticeRow, 0, QStringLiteral("data_notice"), nullptr);
    if (form.demo)
        put(sheet, IdentityNoticeRow, 1, MetaStore::DemoNotice, nullptr);
    lxw_protection options{};
    worksheet_protect(sheet, nullptr, &options);
    worksheet_hide(sheet);
}

} // namespace

Status ReportingFormWriter::write(const QString &path, const ReportingForm &form)
{
    return AtomicFile::writeByName(path, AtomicFile::Kind::Xlsx, [&](const QString &temporary) -> Status {
        lxw_workbook *book = workbook_new(QFile::encodeName(temporary).constData());
        if (!book)
            return Status::failure(QCoreApplication::translate("ReportingForm", "the workbook could not be started"));
        const Formats formats = makeFormats(book);
        writeForm(workbook_add_worksheet(book, FormSheet.toUtf8().constData()), form, formats);
        writeInstructions(workbook_add_worksheet(book, InstructionsSheet.toUtf8().constData()), form, formats);
        writeIdentity(workbook_add_worksheet(book, IdentitySheet.toUtf8().constData()), form);
        const lxw_error closed = workbook_close(book);
        return closed == LXW_NO_ERROR ? Status::success() : Status::failure(QString::fromUtf8(lxw_strerror(closed)));
    });
}

} // namespace cac
