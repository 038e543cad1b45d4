#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cac {

// The names a letter template may use, and what each holds; lists ("reports", "flags",
// "warnings.list") have names of their own inside their sections. Unknown values read
// "not reported"; ranges read "15 to 25".
namespace LetterPlaceholders {
struct Placeholder
{
    QString name;
    QString description;
    QString list; // the list whose section it belongs in; empty at the top level
};
const QList<Placeholder> &all();
bool isTopLevel(const QString &name);
bool isInList(const QString &list, const QString &name);
bool isList(const QString &name);
// The placeholders a person fills in for a letter (--set key=value, the New letter dialog).
const QStringList &settable();
} // namespace LetterPlaceholders

} // namespace cac
