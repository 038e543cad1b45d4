#pragma once

#include <QString>
#include <QStringList>

namespace cac {

// The columns of the CSV format that import reads and export writes, in export order.
// The format is documented in docs/csv-format.md.
namespace ReportColumns {
enum Id {
    Ori,
    Year,
    Agency,
    AgencyKind,
    County,
    ParentOrg,
    SwornStaff,
    Filed,
    FiledDate,
    Investigations,
    Violations,
    Individuals,
    Pending,
    FirstOutcome,                     // Outcome::codes(), in order
    FirstCategory = FirstOutcome + 7, // cat_<code>, MisuseCategory::codes() order
    ContactName = FirstCategory + 10,
    ContactRole,
    ContactPhone,
    ContactEmail,
    Notes,
    DataNotice, // "demo data, fictional agencies" on every row of a demo export
    Count,      // the columns of the CSV format; those below are read by the import only
    // A range as two whole numbers, as a spreadsheet holds it (the .xlsx export writes it so).
    ViolationsLow = Count,
    ViolationsHigh,
    // The id of a reporting form the program made (docs/reporting-form.md); read from returned
    // forms and checked against the forms issued, never chosen for a column by the user.
    FormId,
    ImportCount
};

// The CSV format's columns, in export order (Count of them).
const QStringList &names();
// Every column the import reads (ImportCount of them): names() and the import-only ones.
const QStringList &importNames();
} // namespace ReportColumns

} // namespace cac
