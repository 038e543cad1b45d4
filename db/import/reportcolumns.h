#pragma once

#include <QString>
#include <QStringList>

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
    Count
};

const QStringList &names();
// How a header cell is matched: case and surrounding spaces ignored, spaces and hyphens as "_".
QString normalisedHeader(const QString &header);
// The column a header names, or -1.
int idOf(const QString &header);
}
