#pragma once

#include "fieldvalue.h"
#include "violationrange.h"

#include <QDate>
#include <QString>

// The rules for every value a person can enter, whether in a CSV file or in an editor: the
// import and the editors call these same functions, so a value one accepts the other accepts.
// Blank, "N/A", "-", "—" and "unknown" are unknown (no value), never zero.
namespace FieldRules {
bool isUnknown(const QString &text);
FieldValue<QString> ori(const QString &text);
FieldValue<int> year(const QString &text);
FieldValue<int> count(const QString &text);
FieldValue<ViolationRange> violations(const QString &text);
FieldValue<bool> filed(const QString &text);
FieldValue<QDate> date(const QString &text);
FieldValue<QString> agencyKind(const QString &text);
FieldValue<QString> email(const QString &text);
FieldValue<QString> text(const QString &text);

// Undo the export's neutralisation of spreadsheet formulas: "'=SUM(A1)" reads back "=SUM(A1)".
QString withoutFormulaGuard(const QString &cell);
// Guard a cell that a spreadsheet would run as a formula; numbers and ranges are left alone.
QString withFormulaGuard(const QString &cell);

constexpr int FirstYear = 1990;
constexpr int LastYear = 2100;
}
