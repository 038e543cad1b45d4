#pragma once

#include <QString>

namespace cac {

// One problem found in an import file, printed compiler-style: FILE:LINE: column: value: message
// for CSV, FILE:SHEET!CELL: column: value: message for a spreadsheet, so that a spreadsheet
// user finds the cell as the program names it.
struct ImportIssue
{
    ImportIssue() = default;
    ImportIssue(int line, QString column, QString value, QString message, QString sheet = QString(), int sourceColumn = -1,
                QString file = QString())
        : line(line), column(std::move(column)), value(std::move(value)), message(std::move(message)), sheet(std::move(sheet)),
          sourceColumn(sourceColumn), file(std::move(file))
    {
    }

    int line = 0;   // the line (CSV) or row (sheet), from 1; 0 for the file as a whole
    QString column; // the field, as the format names it; empty for the whole file or record
    QString value;
    QString message;
    QString sheet;         // the sheet, for a spreadsheet; empty for CSV
    int sourceColumn = -1; // the column of the file (0 = A), where known
    QString file;          // the file, in an import of several; empty: the one being imported

    // The column and value as quoted: shortened, control characters shown as U+XXXX, so a
    // 200 MB cell or an escape sequence never reaches the terminal. `fileName` names the file
    // unless the issue names its own.
    QString toString(const QString &fileName) const;
    // Where in the file: "12" for a CSV line, "Sheet1!C7" or "'My sheet'!7:7" for a sheet.
    QString place() const;
    // A spreadsheet's letters for a column: 0 = A, 25 = Z, 26 = AA.
    static QString columnLetters(int column);
};

} // namespace cac
