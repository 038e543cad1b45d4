#pragma once

#include "db/import/importissue.h"
#include "db/import/rows/recordsource.h"

#include <QByteArray>
#include <QStringList>

namespace cac {

// What the .xls reader process (cac-review-xls) writes and the import reads: freexl runs in a
// process of its own, because a hostile .xls can corrupt its memory (found by fuzz_sheet), and
// such a process can only die or say something wrong, which this format checks. Each message is
// a letter, a 32-bit length and that many bytes: S (the sheet names), R (a record), E (an error
// at a row and column), Z (the end). Strings are UTF-8.
namespace XlsWire {
enum class Kind { Sheets, Record, Error, End, Incomplete, Invalid };

struct Message
{
    Kind kind = Kind::Incomplete;
    QStringList sheets; // Sheets
    int row = 0;        // Record, Error
    QStringList fields; // Record
    QList<CellKind> kinds;
    int column = -1; // Error
    QString error;   // Error
};

QByteArray sheets(const QStringList &names);
QByteArray record(int row, const QList<QStringView> &fields, const QList<CellKind> &kinds);
QByteArray error(const ImportIssue &issue);
QByteArray end();
// Takes the first whole message off the front of `buffer`; Incomplete if it is not all there.
Message take(QByteArray &buffer);
} // namespace XlsWire

} // namespace cac
