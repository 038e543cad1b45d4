#pragma once

#include "db/status.h"

#include <QString>

namespace cac {

// One agency's enhanced reporting form for a year (docs/reporting-form.md), as an .xlsx
// workbook: the agency's identity and the year filled in and locked, its contact filled in for
// the agency to correct, a cell for each figure the letter asks DOJ to collect (the range of
// violations as two whole numbers, individuals, each outcome, each category in the bulletin's
// words), whole-number or date validation on each, an Instructions sheet, and what the form was
// made for (ORI, year, form id, the demo notice) in a hidden, protected sheet. Protection is
// easy to remove: the import checks the form against what was issued, not the protection.
struct ReportingForm
{
    QString ori;
    QString agency;
    QString county;
    int year = 0;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QString formId;
    bool demo = false;
    QString source; // the database's file name, for the Instructions sheet
};

namespace ReportingFormWriter {
// Written whole or not at all, private to its owner (AtomicFile::writeByName).
Status write(const QString &path, const ReportingForm &form);
} // namespace ReportingFormWriter

} // namespace cac
