#pragma once

#include "db/import/importissue.h"
#include "db/import/importrow.h"

#include <QList>
#include <QStringList>

// Turns one CSV record into an ImportRow with FieldRules, listing every value it refuses.
class ImportRowParser
{
public:
    // positions[id] = index of the column in the record, or -1 when the file lacks it;
    // headerSize = how many columns the header names, known to the format or not.
    ImportRowParser(QList<int> positions, int headerSize);

    bool hasColumn(int id) const { return m_positions.at(id) >= 0; }
    bool hasCategoryColumns() const;
    // False if any value was refused; the reasons are appended to `issues`.
    bool parse(const QList<QStringView> &record, int line, ImportRow &row, QList<ImportIssue> &issues) const;

private:
    QStringView cell(const QList<QStringView> &record, int id) const;
    QList<int> m_positions;
    int m_headerSize = 0;
};
