#pragma once

#include "db/import/columnmapping.h"
#include "db/import/importsummary.h"
#include "db/import/rows/recordsource.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace cac {

// The header row of an import file: the first row that names at least the ORI and the year,
// read with the user's column choices or a mapping remembered for its headers. A sheet may have
// a title, notes or blank rows above it.
class ImportHeader
{
public:
    // How many rows above the header a sheet may have.
    static constexpr int MaxRowsAboveHeader = 20;

    // Whether the record names the columns, mapped as chosen or remembered: at least the ORI
    // and the year.
    static bool isHeader(const SourceRecord &record, const ColumnMapping &chosen,
                         const QHash<QString, ColumnMapping> &remembered);
    // Whether the source has a header within its first rows (it reads them).
    static bool hasHeader(RecordSource &source, const ColumnMapping &chosen, const QHash<QString, ColumnMapping> &remembered);
    // Reads `source` up to and including its header row.
    static ImportHeader read(RecordSource &source, const ColumnMapping &chosen, const QHash<QString, ColumnMapping> &remembered);

    bool found() const { return row > 0 && errors.isEmpty(); }

    int row = 0;                 // the line or row of the header; 0 if none was found
    QStringList headers;         // as the file writes them
    ColumnMapping mapping;       // the choices it is read with (the user's, or remembered)
    QList<MappedColumn> columns; // each named column and its field
    QList<int> positions;        // positions[ReportColumns id] = column index, or -1
    int width = 0;               // how many cells the header row has
    QList<ImportIssue> errors;
    QList<ImportIssue> warnings;

private:
    static QStringList texts(const SourceRecord &record);
    void refuseNoHeader(const SourceRecord &first);
    void mapColumns();
};

} // namespace cac
