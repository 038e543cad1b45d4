#pragma once

#include "db/status.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The letters the program ships: censure, suspension, removal, federal-audit, reminder. They
// are stored in the database the first time it is used for letters, and edited there.
namespace ShippedTemplates {
struct Entry
{
    const char *name;
    const char *title;
};
const QList<Entry> &all();
QString body(const QString &name);
// Stores every shipped template the database does not have yet (by name).
Status ensureStored(QSqlDatabase db);
}
