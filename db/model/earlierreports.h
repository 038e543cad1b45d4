#pragma once

#include <optional>

// What the review rules need to know of an agency's reports before the years they read in full
// (ReportStore::earlierReports folds them in SQL, so a year's queue never loads decades of rows):
// its first year on record, its last filed year, and its highest count of violations in a filed
// report with the first year it was reached. All unset when it has no earlier report.
struct EarlierReports
{
    std::optional<int> firstYear;
    std::optional<int> lastFiledYear;
    std::optional<int> maxViolations; // the high end of a range
    int maxViolationsYear = 0;
};
