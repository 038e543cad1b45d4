#pragma once

#include "db/import/importissue.h"
#include "db/import/reportchange.h"
#include "db/result.h"

#include "db/status.h"

#include <QStringList>

#include <functional>

namespace cac {

// What an import changes in reports that were there before, read back from the audit log inside
// the import's own transaction: the import's updates are logged row by row (action 'import',
// old and new values), so the list costs nothing while the rows are written. Hand corrections
// are the 'update' rows of the same report logged since its last import (inserts by an import
// are not logged row by row, so for a report an import added, every later 'update' counts).
namespace ImportChanges {
struct List
{
    QList<ReportChange> changes; // the first `limit`, by ORI and year
    // Every changed report that has hand corrections the import overwrites (not only listed ones).
    QList<ReportChange> corrected;
};
// Runs a query of the import's connection, whichever its engine: `sql` with its one parameter
// (written ?1) bound to `firstAuditId`, each row's columns given to `row` as text (NULL as a null
// QString), in order.
using RowReader =
        std::function<Status(const QString &sql, qint64 firstAuditId, const std::function<void(const QStringList &)> &row)>;
// `firstAuditId`: the first audit_log id this import wrote.
Result<List> read(const RowReader &rows, qint64 firstAuditId, int limit);
// The warning for a figure corrected by hand that the import replaces: "... corrected by hand by
// ana at ...; this import replaces 5 with 7", placed at the change's line and field.
ImportIssue overwrittenCorrection(const ReportChange &change, const HandCorrection &correction);
} // namespace ImportChanges

} // namespace cac
