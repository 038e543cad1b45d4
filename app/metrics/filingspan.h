#pragma once

#include <QString>

#include <optional>

namespace cac {

// Who is due to report for a year, the one home of the rule every figure, list and letter uses:
// an agency is due from the first year it has on record until the year its CLETS service ended
// (inclusive); an agency with no report on record is due for nothing. A due year with no filed
// report counts as not filed. Compliance for a year = agencies that filed / agencies due.
struct FilingSpan
{
    std::optional<int> firstYear; // the first year on record
    std::optional<int> endYear;   // the year service ended, if it has

    bool isDue(int year) const { return firstYear && *firstYear <= year && (!endYear || year <= *endYear); }

    // The same rule in SQL, for a report `report` of an agency `agency` (aliases in the query):
    // the report's year is one its agency was due for. (A report is never before its agency's
    // first year on record, so only the end of service is to check.)
    static QString dueReportSql(const QString &report, const QString &agency)
    {
        return QStringLiteral("(%2.service_end_date IS NULL OR %1.year <= %3)").arg(report, agency, endYearSql(agency));
    }
    // The year service ended, in SQL, for an agency `agency`: NULL while it goes on. The date is
    // ISO text on both engines ('2019-06-30'), so its year is its first four characters.
    static QString endYearSql(const QString &agency)
    {
        return QStringLiteral("CAST(substr(%1.service_end_date, 1, 4) AS INTEGER)").arg(agency);
    }
};

} // namespace cac
