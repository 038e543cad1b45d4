#pragma once

#include "db/import/rows/recordsource.h"
#include "db/sheets/ods/odsworkbook.h"
#include "db/sheets/sheetxmlscanner.h"

#include <atomic>
#include <memory>

namespace cac {

// Reads one sheet of an OdsWorkbook as records, streaming content.xml: memory grows with the
// widest row, never with the number of rows. Cells become text as the import reads them:
// numbers (float, percentage, currency) by their value, dates as ISO dates marked as dates,
// booleans as true/false, text by its paragraphs (spaces, tabs and line breaks as written;
// comments left out). Repeated rows and columns are expanded where they hold values; a run of
// empty ones (LibreOffice writes a million) only moves the count.
class OdsSheetReader : public RecordSource
{
public:
    static constexpr int MaxRows = 1048576;
    static constexpr int MaxColumns = 16384;

    OdsSheetReader(OdsWorkbook &workbook, int sheet, qint64 fileSize);
    bool read(SourceRecord &record) override;
    bool hasError() const override { return !m_error.message.isEmpty(); }
    ImportIssue error() const override { return m_error; }
    qint64 bytesConsumed() const override;
    QString sheetName() const override { return m_sheetName; }
    QString description() const override;

private:
    bool findSheet(int sheet);
    // Reads a row's cells; false on an error. `repeat` is the row's repeat count.
    bool readRow(int repeat);
    bool readCell(QString &text, CellKind &kind);
    bool readParagraph(QString &text);
    void fail(int row, int column, const QString &message);
    void failRead();
    bool next(SheetXmlScanner::Token &token);

    OdsWorkbook &m_workbook;
    QString m_sheetName;
    qint64 m_fileSize = 0;
    std::unique_ptr<ZipEntryDevice> m_device;
    std::unique_ptr<SheetXmlScanner> m_xml;
    QList<QString> m_values;
    QList<CellKind> m_kinds;
    int m_repeatsLeft = 0; // copies of the last row still to give
    std::atomic<qint64> m_offset{0};
    int m_row = 0;
    ImportIssue m_error;
    bool m_done = false;
};

} // namespace cac
