#pragma once

#include "db/import/rows/recordsource.h"
#include "db/sheets/xls/xlsworkbook.h"

namespace cac {

// Reads one worksheet of an XlsWorkbook as records, a row at a time: text as it is, numbers as
// written ("5", not "5.0"), dates (freexl reads the cell's format) as ISO dates marked as dates.
// A formula cell is refused with its cell: freexl cannot read its result, and reading it as
// unknown would lose a figure.
class XlsSheetReader : public RecordSource
{
public:
    XlsSheetReader(XlsWorkbook &workbook, int sheet, qint64 fileSize);
    bool read(SourceRecord &record) override;
    bool hasError() const override { return !m_error.message.isEmpty(); }
    ImportIssue error() const override { return m_error; }
    qint64 bytesConsumed() const override;
    QString sheetName() const override { return m_sheetName; }
    QString description() const override;

private:
    XlsWorkbook &m_workbook;
    int m_sheet;
    QString m_sheetName;
    qint64 m_fileSize;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_next = 0;
    QList<QString> m_values;
    ImportIssue m_error;
};

} // namespace cac
