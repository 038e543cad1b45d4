#pragma once

#include "db/import/rows/recordsource.h"
#include "db/sheets/xlsx/xlsxworkbook.h"

#include "db/sheets/sheetxmlscanner.h"

#include <atomic>
#include <memory>

namespace cac {

// Reads one sheet of an XlsxWorkbook as records, streaming its XML (SheetXmlScanner) a row at a time: memory
// grows with the widest row, never with the number of rows. Each cell becomes text as the
// import reads it: shared and inline strings as they are, formulas by their cached result,
// booleans as true/false, numbers as written ("5", not "5.0"), and numbers whose format is a
// date as ISO dates, marked as dates so that one where a count belongs is refused. Rows are
// numbered as the sheet numbers them; missing rows are blank.
class XlsxSheetReader : public RecordSource
{
public:
    // Excel's limits: a cell beyond them is not from a spreadsheet.
    static constexpr int MaxRows = 1048576;
    static constexpr int MaxColumns = 16384;

    XlsxSheetReader(XlsxWorkbook &workbook, int sheet, qint64 fileSize);
    bool read(SourceRecord &record) override;
    bool hasError() const override { return !m_error.message.isEmpty(); }
    ImportIssue error() const override { return m_error; }
    qint64 bytesConsumed() const override;
    QString sheetName() const override { return m_sheetName; }
    QString description() const override;

private:
    bool readCell();
    void fail(int row, int column, const QString &message);
    void failRead();
    static int columnOf(QByteArrayView reference);

    XlsxWorkbook &m_workbook;
    QString m_sheetName;
    QString m_part;
    qint64 m_fileSize = 0;
    std::unique_ptr<ZipEntryDevice> m_device;
    std::unique_ptr<SheetXmlScanner> m_xml;
    QList<QString> m_values;
    QList<CellKind> m_kinds;
    // Characters of XML read, for progress: stored by the reading thread, read by another.
    std::atomic<qint64> m_offset{0};
    int m_row = 0;    // the row being read
    int m_column = 0; // the next cell's column when its reference is left out
    ImportIssue m_error;
    bool m_done = false;
};

} // namespace cac
