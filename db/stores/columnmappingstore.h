#pragma once

#include "db/engine/sqldialect.h"
#include "db/import/columnmapping.h"
#include "db/result.h"

#include <QHash>
#include <QSqlDatabase>

namespace cac {

// The column mappings remembered for import files by their headers (import_column_mapping;
// the import writes them, in its own transaction, when it succeeds with columns mapped by hand).
class ColumnMappingStore
{
public:
    // The SQL that remembers a mapping, for the import's writer on its own connection:
    // parameters signature, headers, mapping (JSON).
    static QString rememberSql(const SqlDialect &dialect)
    {
        return QStringLiteral("INSERT INTO import_column_mapping (signature, headers, mapping, saved_at, saved_by) "
                              "VALUES (?, ?, ?, %1, %2) "
                              "ON CONFLICT (signature) DO UPDATE SET headers = excluded.headers, mapping = excluded.mapping, "
                              "saved_at = excluded.saved_at, saved_by = excluded.saved_by "
                              "WHERE import_column_mapping.mapping IS DISTINCT FROM excluded.mapping")
                .arg(dialect.nowUtc(), dialect.osUser());
    }

    explicit ColumnMappingStore(QSqlDatabase db);
    // By ColumnMapping::signature. A remembered mapping that no longer reads (a field renamed)
    // is left out: the file's columns are then mapped anew.
    Result<QHash<QString, ColumnMapping>> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace cac
