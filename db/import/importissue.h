#pragma once

#include <QString>

// One problem found in an import file, printed compiler-style: FILE:LINE: column: value: message.
struct ImportIssue
{
    int line = 0;   // 1 is the header; 0 for the file as a whole
    QString column; // empty for a problem with the whole file or record
    QString value;
    QString message;

    // The column and value as quoted: shortened, control characters shown as U+XXXX, so a
    // 200 MB cell or an escape sequence never reaches the terminal.
    QString toString(const QString &fileName) const;
};
