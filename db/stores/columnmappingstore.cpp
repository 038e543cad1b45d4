#include "db/stores/columnmappingstore.h"

#include "db/engine/sqlexec.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace cac {

ColumnMappingStore::ColumnMappingStore(QSqlDatabase db) : m_db(db) {}

Result<QHash<QString, ColumnMapping>> ColumnMappingStore::all() const
{
    return SqlExec::readAll<QHash<QString, ColumnMapping>>(
            m_db, QStringLiteral("SELECT signature, mapping FROM import_column_mapping"), {},
            [](auto &mappings, const QSqlQuery &row) {
                const Result<ColumnMapping> mapping =
                        ColumnMapping::fromJson(QJsonDocument::fromJson(row.value(1).toString().toUtf8()).object());
                if (mapping.ok())
                    mappings.insert(row.value(0).toString(), mapping.value());
            });
}

} // namespace cac
