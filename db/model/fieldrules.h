#pragma once

#include "db/model/fieldvalue.h"
#include "db/model/violationrange.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace cac {

// The rules for every value a person can enter, whether in a CSV file or in an editor: the
// import and the editors call these same functions, so a value one accepts the other accepts.
// Blank, "N/A", "-", "—" and "unknown" are unknown (no value), never zero. They take views,
// so that the import checks 600,000 rows without copying a string per cell.
namespace FieldRules {
bool isUnknown(QStringView text);
FieldValue<QString> ori(QStringView text);
FieldValue<int> year(QStringView text);
FieldValue<int> count(QStringView text);
FieldValue<ViolationRange> violations(QStringView text);
FieldValue<bool> filed(QStringView text);
FieldValue<QDate> date(QStringView text);
FieldValue<QString> agencyKind(QStringView text);
FieldValue<QString> email(QStringView text);
// A name or other short text (agency, county, contact...): at most MaxTextLength characters.
FieldValue<QString> text(QStringView text);
// Notes: at most MaxNotesLength characters, line breaks kept.
FieldValue<QString> notes(QStringView text);
// The first control character a text may not hold (C0 but tab and line breaks, DEL, C1): they
// are invisible, and some drive a terminal ("ESC ]0;...BEL" sets its title). -1 if none.
qsizetype controlCharacterAt(QStringView text);
// A value as a message quotes it: at most 60 characters, control characters as U+XXXX.
QString quoted(QStringView value);

// Undo the export's neutralisation of spreadsheet formulas: "'=SUM(A1)" reads back "=SUM(A1)".
QString withoutFormulaGuard(const QString &cell);
QStringView withoutFormulaGuard(QStringView cell);
// Guard a cell that a spreadsheet would run as a formula; numbers and ranges are left alone.
QString withFormulaGuard(const QString &cell);
// Whether withFormulaGuard would add its quote to `cell` (the same rule, without a copy).
bool needsFormulaGuard(QStringView cell);

constexpr int MaxTextLength = 300;
constexpr int MaxNotesLength = 10000;
constexpr int FirstYear = 1990;
constexpr int LastYear = 2100;
} // namespace FieldRules

} // namespace cac
