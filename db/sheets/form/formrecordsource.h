#pragma once

#include "db/import/rows/recordsource.h"
#include "db/sheets/xlsx/xlsxworkbook.h"

#include <QList>
#include <QStringList>

namespace cac {

// A returned reporting form (ReportingFormLayout) read as the import's records: a header of the
// format's column names, then one record with the form's values, and the form's id and demo
// notice from its hidden sheet, so that the form goes through the same checks as any file.
// Problems are placed at the form's own cells (Form!B16), not at the record's columns.
// Refused before any record: a sheet that is not the layout it was made with, or a shaded cell
// (the ORI, the year) that no longer says what the hidden sheet says the form was made for.
class FormRecordSource : public RecordSource
{
public:
    // Whether the workbook is a reporting form: it has the form's sheets and its marker.
    static bool isForm(XlsxWorkbook &workbook);

    FormRecordSource(XlsxWorkbook &workbook, qint64 fileSize);
    bool read(SourceRecord &record) override;
    bool hasError() const override { return !m_error.message.isEmpty(); }
    ImportIssue error() const override { return m_error; }
    qint64 bytesConsumed() const override { return m_next >= 2 ? m_fileSize : 0; }
    QString sheetName() const override;
    QString description() const override;
    void placeIssue(ImportIssue &issue) const override;

private:
    // The cells of a sheet by row, column A and B (and C) as text; false on a read error.
    bool readSheet(const QString &name, QHash<int, QStringList> &cells, QHash<int, CellKind> &valueKinds);
    bool load();
    void fail(const QString &sheet, int row, int column, const QString &message);

    XlsxWorkbook &m_workbook;
    qint64 m_fileSize = 0;
    QStringList m_header;
    QStringList m_values;
    QList<CellKind> m_kinds;
    QString m_ori;
    int m_year = 0;
    int m_next = 0; // 0: header, 1: data, 2: done
    ImportIssue m_error;
};

} // namespace cac
