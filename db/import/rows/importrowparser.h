#pragma once

#include "db/import/importissue.h"
#include "db/import/rows/importrow.h"
#include "db/import/rows/recordsource.h"

#include <QList>
#include <QStringList>

namespace cac {

// Turns one record of an import file into an ImportRow with FieldRules, listing every value it
// refuses, each at the column of the file it came from.
class ImportRowParser
{
public:
    // positions[id] = index of the column in the record, or -1 when the file lacks it;
    // headerSize = how many columns the header names, known to the format or not.
    ImportRowParser(QList<int> positions, int headerSize);

    bool hasColumn(int id) const { return m_positions.at(id) >= 0; }
    // The column of the file that holds field `id`, or -1.
    int position(int id) const { return m_positions.at(id); }
    // False if any value was refused; the reasons are appended to `issues`.
    bool parse(const SourceRecord &record, ImportRow &row, QList<ImportIssue> &issues) const;

private:
    QStringView cell(const SourceRecord &record, int id) const;
    CellKind kind(const SourceRecord &record, int id) const;
    QList<int> m_positions;
    int m_headerSize = 0;
};

} // namespace cac
