#include "db/engine/sqldialect.h"

#include "db/postgresql/postgresdialect.h"
#include "db/sqlite/sqlitedialect.h"

namespace cac {

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    return of(db.driverName() == u"QPSQL" ? Engine::PostgreSQL : Engine::SQLite);
}

const SqlDialect &SqlDialect::of(Engine engine)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgresql;
    if (engine == Engine::PostgreSQL)
        return postgresql;
    return sqlite;
}

} // namespace cac
