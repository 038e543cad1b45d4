#pragma once

#include "db/result.h"
#include "db/status.h"

#include <QSqlDatabase>
#include <QString>

namespace cac {

// Makes every write through one connection leave an audit_log row, old and new values as JSON.
// It installs TEMP triggers on this connection only, built from the live schema, so a column
// added by a migration is audited without anyone remembering to; analysts' own sqlite3 sessions
// are untouched. During a bulk import (setBulk), inserts are not logged row by row: the import
// writes one audit row for the file and every report keeps its source_file and source_line.
// Updates and deletions are always logged row by row; a bulk import's updates with action
// 'import', others with 'update'.
namespace AuditContext {
Status install(QSqlDatabase &db, const QString &osUser);
// The statements install() runs before it records the OS user: the audit_context table and the
// triggers, built from `db`'s schema. A bulk writer with a connection of its own runs them with
// `Inserts::NotLogged` (it logs its inserts as one action), then inserts its row into
// temp.audit_context. Fails if the schema cannot be read: the file is then not opened at all.
enum class Inserts { Logged, NotLogged };
Result<QStringList> setupStatements(QSqlDatabase &db, Inserts inserts = Inserts::Logged);
Status setBulk(QSqlDatabase &db, bool bulk);
} // namespace AuditContext

} // namespace cac
