#pragma once

#include "db/status.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cac {

// The letters the program ships: censure, suspension, removal, federal-audit, reminder. They
// are stored in the database the first time it is used for letters, and edited there.
//
// When a release ships a new text, a database whose latest version of the template is an
// earlier shipped text, word for word (nobody edited it), gets the new text as a new version;
// the earlier ones stay in its history. A template someone edited is left alone, and the
// template editor says a newer shipped text exists. The earlier shipped texts are kept in
// resources/letters/earlier/NAME.N.mustache.
namespace ShippedTemplates {
struct Entry
{
    const char *name;
    const char *title;
};
const QList<Entry> &all();
QString body(const QString &name);
// Every text this template shipped with before the current one, oldest first.
QStringList earlierBodies(const QString &name);
bool isShipped(const QString &name);
// A newer shipped text exists than `storedBody`, which someone edited.
bool newerTextThan(const QString &name, const QString &storedBody);
// Stores every shipped template the database does not have yet (by name), and the current
// shipped text of every template whose latest version is an earlier shipped text.
Status ensureStored(QSqlDatabase db);
} // namespace ShippedTemplates

} // namespace cac
