#include "db/import/importissue.h"

#include "db/model/fieldrules.h"

namespace cac {

QString ImportIssue::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString ImportIssue::place() const
{
    if (sheet.isEmpty())
        return QString::number(line);
    // As a spreadsheet writes a reference: a name that is not one word is quoted.
    bool plain = !sheet.front().isDigit();
    for (const QChar c : sheet)
        plain = plain && (c.isLetterOrNumber() || c == u'_' || c == u'.');
    QString name = plain ? sheet : u'\'' + QString(sheet).replace(u'\'', QStringLiteral("''")) + u'\'';
    name = FieldRules::quoted(name);
    if (sourceColumn >= 0)
        return QStringLiteral("%1!%2%3").arg(name, columnLetters(sourceColumn)).arg(line);
    return QStringLiteral("%1!%2:%2").arg(name).arg(line);
}

QString ImportIssue::toString(const QString &givenName) const
{
    const QString &fileName = file.isEmpty() ? givenName : file;
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(fileName, message);
    if (column.isEmpty())
        return QStringLiteral("%1:%2: %3").arg(fileName, place(), message);
    return QStringLiteral("%1:%2: %3: %4: %5")
            .arg(fileName, place(), FieldRules::quoted(column), FieldRules::quoted(value), message);
}

} // namespace cac
