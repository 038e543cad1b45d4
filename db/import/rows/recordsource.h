#pragma once

#include "db/import/importissue.h"

#include <QList>
#include <QStringView>

namespace cac {

// What a spreadsheet said a cell was, where the checks need to know: a date cell where a count
// belongs is refused with a hint, not read as the number behind the date.
enum class CellKind : quint8 { Text, Number, Date, Boolean };

// One record of an import file: its fields as text (views valid until the source's next read),
// what kind of cell each was (empty for CSV, where every field is text), and where it began
// (the line of a CSV file, the row of a sheet).
struct SourceRecord
{
    QList<QStringView> fields;
    QList<CellKind> kinds;
    int row = 0;

    bool isBlank() const;
};

// Where an import reads its records from: a CSV file or a sheet of a workbook. It reads one
// record at a time, so that memory stays flat in the size of the file.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    // The next record; false at the end or on an error (then error() says what and where).
    virtual bool read(SourceRecord &record) = 0;
    virtual bool hasError() const = 0;
    // The error that stopped reading, placed at its line or cell (its column name empty).
    virtual ImportIssue error() const = 0;
    // How far reading has come, and of how much, for progress: bytes of the file.
    virtual qint64 bytesConsumed() const = 0;
    // The sheet read, as errors name it ("Sheet1!C7"); empty for CSV.
    virtual QString sheetName() const { return QString(); }
    // What was read, for the summary: "CSV, UTF-8", "Excel workbook, sheet Reports".
    virtual QString description() const = 0;
    // Moves a problem found in a record (its line and sourceColumn) to where the user sees the
    // value, for a source whose records are not the file's rows (a reporting form).
    virtual void placeIssue(ImportIssue &) const {}
};

} // namespace cac
