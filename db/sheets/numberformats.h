#pragma once

#include "db/import/rows/recordsource.h"

#include <QString>
#include <QStringView>

namespace cac {

// What a spreadsheet's number format makes of a number: a date, a yes/no, or a number. Excel
// and LibreOffice store dates and often booleans as plain numbers and say what they are only
// through the cell's format, by a built-in id or a format code.
namespace NumberFormats {
// The kind a format gives a number: Date for the built-in date and time ids and for codes with
// day, month, year, hour or second parts; Boolean for codes such as "TRUE";"TRUE";"FALSE";
// Number otherwise. Quoted literals, escaped characters and [colour] or [$-409] sections are
// removed before the code is read, so that "TRUE" or "days" in quotes make no date.
CellKind kindOf(int formatId, QStringView code);
// A date serial as ISO text ("2024-03-05"): days since 1899-12-30 (since 1904-01-01 in the
// 1904 date system), the time of day dropped. Empty if the serial is not a date.
QString dateText(double serial, bool date1904);
// A number as the import reads it: a whole number without ".0" or binary noise
// ("5.0000000000000009" is "5"), others as stored.
QString numberText(QStringView stored);
} // namespace NumberFormats

} // namespace cac
