#pragma once

#include "db/import/columnmapping.h"
#include "db/result.h"

#include <QHash>
#include <QSqlDatabase>

// The column mappings remembered for import files by their headers (import_column_mapping;
// the import writes them, in its own transaction, when it succeeds with columns mapped by hand).
class ColumnMappingStore
{
public:
    explicit ColumnMappingStore(QSqlDatabase db);
    // By ColumnMapping::signature. A remembered mapping that no longer reads (a field renamed)
    // is left out: the file's columns are then mapped anew.
    Result<QHash<QString, ColumnMapping>> all() const;

private:
    QSqlDatabase m_db;
};
