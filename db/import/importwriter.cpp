#include "db/import/importwriter.h"

#include "db/postgresql/serverimportwriter.h"
#include "db/sqlite/sqliteimportwriter.h"

namespace cac {

std::unique_ptr<ImportWriter> ImportWriter::forEngine(SqlDialect::Engine engine)
{
    if (engine == SqlDialect::Engine::PostgreSQL)
        return std::make_unique<ServerImportWriter>();
    return std::make_unique<SqliteImportWriter>();
}

const QStringList &ImportWriter::reportDataColumns()
{
    static const QStringList columns = {
            QStringLiteral("filed"),
            QStringLiteral("filed_date"),
            QStringLiteral("investigations"),
            QStringLiteral("violations_low"),
            QStringLiteral("violations_high"),
            QStringLiteral("individuals"),
            QStringLiteral("pending"),
            QStringLiteral("counseling"),
            QStringLiteral("reprimand"),
            QStringLiteral("suspension"),
            QStringLiteral("termination"),
            QStringLiteral("resignation"),
            QStringLiteral("criminal_charges"),
            QStringLiteral("no_action"),
            QStringLiteral("notes"),
    };
    return columns;
}

} // namespace cac
