#pragma once

#include "db/stores/auditlogstore.h"

#include <QList>
#include <QString>

namespace cac {

// How one audit-log entry reads to a person: what kind of record, what happened, and which
// values changed from what to what. Column names are shown as the schema has them: they are the
// names analysts query by.
namespace AuditEntryText {

struct Change
{
    QString field;
    QString before; // DisplayText::Unknown for NULL or absent
    QString after;
};

// "Report", "Agenda", "Letter template"; an unknown table by its own name.
QString recordKind(const QString &tableName);
// Who made the change. On a server, the database role the server checked ("ana"), with the OS
// user the program reported where that differs ("ana (asmith)"); in a file, the OS user.
QString who(const AuditLogStore::Entry &entry);
// "Added", "Changed", "Removed", "Imported"; an action the program does not know, as it is.
QString action(const QString &action);
// The values that differ between old and new; for an insert every value set, for a delete every
// value there was, for an action (an import) its details. Bookkeeping (id) is left out.
QList<Change> changes(const AuditLogStore::Entry &entry);
// The changes in one line: "filed: 0 → 1; investigations: — → 4"; long values are cut short.
QString summary(const AuditLogStore::Entry &entry);
// The same, one change per line, values in full; for a tooltip or a detail pane.
QString details(const AuditLogStore::Entry &entry);

} // namespace AuditEntryText

} // namespace cac
