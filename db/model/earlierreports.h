#pragma once

#include <QtGlobal>

#include <optional>

namespace cac {

// What the review rules need to know of an agency's reports before the reporting year
// (ReportStore::earlierReports folds them in SQL, so a year's queue reads one report an agency,
// not decades of them): its first year on record, its last filed year, its highest count of
// violations in a filed report with the first year it was reached, and the few recent years the
// record and large-zero rules look at. Unset or 0 when it has no earlier report.
struct EarlierReports
{
    std::optional<int> firstYear;
    std::optional<int> lastFiledYear;
    std::optional<int> maxViolations; // the high end of a range
    int maxViolationsYear = 0;
    // The three years before: the low ends of violations of the filed reports that gave them.
    int recentLows = 0; // how many
    qint64 recentLowsSum = 0;
    int recentLowsMin = 0;
    int recentLowsMax = 0;
    // The years before, back to ReportStore::earlierReports' `zeroYears`: how many were filed
    // with 0 investigations.
    int zeroInvestigationYears = 0;
};

} // namespace cac
