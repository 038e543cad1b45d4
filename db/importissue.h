#pragma once

#include <QString>

// One problem found in an import file, printed compiler-style: FILE:LINE: column: value: message.
struct ImportIssue
{
    int line = 0;   // 1 is the header; 0 for the file as a whole
    QString column; // empty for a problem with the whole file or record
    QString value;
    QString message;

    QString toString(const QString &fileName) const
    {
        if (line <= 0)
            return QStringLiteral("%1: %2").arg(fileName, message);
        if (column.isEmpty())
            return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
        return QStringLiteral("%1:%2: %3: %4: %5").arg(fileName).arg(line).arg(column, value, message);
    }
};
