#include "db/import/importissue.h"

#include "db/model/fieldrules.h"

QString ImportIssue::toString(const QString &fileName) const
{
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(fileName, message);
    if (column.isEmpty())
        return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
    return QStringLiteral("%1:%2: %3: %4: %5")
            .arg(fileName)
            .arg(line)
            .arg(FieldRules::quoted(column), FieldRules::quoted(value), message);
}
