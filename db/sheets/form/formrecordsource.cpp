#include "db/sheets/form/formrecordsource.h"

#include "db/import/reportcolumns.h"
#include "db/sheets/form/reportingformlayout.h"
#include "db/sheets/xlsx/xlsxsheetreader.h"

#include <QCoreApplication>
#include <QHash>

namespace cac {

namespace {

using namespace ReportingFormLayout;

// The record's data row: the ORI's row, which reports from a form keep as their source line.
int dataRow()
{
    return entryOf(ReportColumns::Ori)->row;
}

} // namespace

bool FormRecordSource::isForm(XlsxWorkbook &workbook)
{
    return workbook.sheetIndex(IdentitySheet) >= 0 && workbook.sheetIndex(FormSheet) >= 0;
}

FormRecordSource::FormRecordSource(XlsxWorkbook &workbook, qint64 fileSize) : m_workbook(workbook), m_fileSize(fileSize) {}

QString FormRecordSource::sheetName() const
{
    return FormSheet;
}

QString FormRecordSource::description() const
{
    if (m_ori.isEmpty())
        return QCoreApplication::translate("ReportingForm", "Reporting form");
    return QCoreApplication::translate("ReportingForm", "Reporting form, %1 %2").arg(m_ori).arg(m_year);
}

void FormRecordSource::fail(const QString &sheet, int row, int column, const QString &message)
{
    if (hasError())
        return;
    m_error = ImportIssue(row, QString(), QString(), message, sheet, column);
}

bool FormRecordSource::readSheet(const QString &name, QHash<int, QStringList> &cells, QHash<int, CellKind> &valueKinds)
{
    XlsxSheetReader reader(m_workbook, m_workbook.sheetIndex(name), m_fileSize);
    SourceRecord record;
    while (reader.read(record)) {
        QStringList texts;
        for (int c = 0; c < 3; ++c)
            texts << (c < record.fields.size() ? record.fields.at(c).trimmed().toString() : QString());
        cells.insert(record.row, texts);
        if (record.kinds.size() > 1)
            valueKinds.insert(record.row, record.kinds.at(1));
    }
    if (reader.hasError()) {
        m_error = reader.error();
        m_error.sheet = name;
        return false;
    }
    return true;
}

bool FormRecordSource::load()
{
    QHash<int, QStringList> identity;
    QHash<int, CellKind> identityKinds;
    if (!readSheet(IdentitySheet, identity, identityKinds))
        return false;
    const auto identityValue = [&identity](int row) { return identity.value(row).value(1); };
    if (identity.value(1).value(0) != Marker || identityValue(1) != QString::number(Version)) {
        fail(IdentitySheet, 1, 0,
             QCoreApplication::translate("ReportingForm",
                                         "a workbook with a hidden \"%1\" sheet that is not a reporting form of this "
                                         "version of CAC Review; make a new form")
                     .arg(IdentitySheet));
        return false;
    }
    m_ori = identityValue(IdentityOriRow);
    m_year = identityValue(IdentityYearRow).toInt();

    QHash<int, QStringList> form;
    QHash<int, CellKind> kinds;
    if (!readSheet(FormSheet, form, kinds))
        return false;
    bool anyFigure = false;
    for (const Entry &entry : entries()) {
        const QStringList cells = form.value(entry.row);
        if (cells.value(0) != entry.label) {
            fail(FormSheet, entry.row, 0,
                 QCoreApplication::translate("ReportingForm",
                                             "the form's layout was changed: this row should read \"%1\"; copy the "
                                             "figures into a new form")
                         .arg(entry.label));
            return false;
        }
        const QString value = cells.value(1);
        m_header << ReportColumns::importNames().at(entry.field);
        m_values << value;
        m_kinds << kinds.value(entry.row, CellKind::Text);
        if (entry.input && !value.isEmpty() && entry.field != ReportColumns::ContactName &&
            entry.field != ReportColumns::ContactPhone && entry.field != ReportColumns::ContactEmail)
            anyFigure = true;
    }
    const QString shownOri = form.value(entryOf(ReportColumns::Ori)->row).value(1);
    const QString shownYear = form.value(entryOf(ReportColumns::Year)->row).value(1);
    if (shownOri != m_ori) {
        fail(FormSheet, entryOf(ReportColumns::Ori)->row, 1,
             QCoreApplication::translate("ReportingForm", "the ORI was changed to \"%1\": this form was made for %2")
                     .arg(shownOri, m_ori));
        return false;
    }
    if (shownYear != QString::number(m_year)) {
        fail(FormSheet, entryOf(ReportColumns::Year)->row, 1,
             QCoreApplication::translate("ReportingForm", "the reporting year was changed to \"%1\": this form was made for %2")
                     .arg(shownYear)
                     .arg(m_year));
        return false;
    }
    if (!anyFigure) {
        fail(FormSheet, entryOf(ReportColumns::FiledDate)->row, 1,
             QCoreApplication::translate("ReportingForm", "nothing was filled in: the form is as it was made"));
        return false;
    }
    m_header << ReportColumns::importNames().at(ReportColumns::FormId);
    m_values << identityValue(IdentityFormIdRow);
    m_kinds << CellKind::Text;
    m_header << ReportColumns::importNames().at(ReportColumns::DataNotice);
    m_values << identityValue(IdentityNoticeRow);
    m_kinds << CellKind::Text;
    return true;
}

bool FormRecordSource::read(SourceRecord &record)
{
    if (m_next == 0 && !load()) {
        m_next = 2;
        return false;
    }
    if (m_next >= 2)
        return false;
    record.fields.clear();
    record.kinds.clear();
    const QStringList &texts = m_next == 0 ? m_header : m_values;
    for (const QString &text : texts)
        record.fields << QStringView(text);
    if (m_next == 1)
        record.kinds = m_kinds;
    record.row = m_next == 0 ? 1 : dataRow();
    ++m_next;
    return true;
}

void FormRecordSource::placeIssue(ImportIssue &issue) const
{
    if (issue.line != dataRow() || issue.sourceColumn < 0)
        return;
    const QList<Entry> &layout = entries();
    const int column = issue.sourceColumn;
    if (column < layout.size()) {
        issue.line = layout.at(column).row;
        issue.sourceColumn = 1;
        issue.sheet = FormSheet;
    } else {
        issue.line = column == layout.size() ? IdentityFormIdRow : IdentityNoticeRow;
        issue.sourceColumn = 1;
        issue.sheet = IdentitySheet;
    }
}

} // namespace cac
