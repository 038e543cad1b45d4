#pragma once

#include "app/metrics/filingspan.h"
#include "db/model/agencyrecord.h"
#include "db/model/earlierreports.h"
#include "db/model/misusereport.h"
#include "db/model/sanctionrecord.h"

#include <QDate>
#include <QList>

#include <algorithm>
#include <climits>
#include <utility>

namespace cac {

// One agency with its reports and warnings: what the review rules read. `reports` holds every
// year (a profile), or only the reporting year `foldedFor` with `earlier` folding the years
// before it (the queue and the outreach list, HistoryScan): the answers below are the same
// either way (tst_historyscan checks it for every agency and year of the demo data).
struct AgencyHistory
{
    AgencyRecord agency;
    QList<MisuseReport> reports;     // by year
    QList<SanctionRecord> sanctions; // by date
    EarlierReports earlier;          // the years before `reports`; unset when it holds them all
    std::optional<int> foldedFor;    // the reporting year `earlier` was folded for

    // A history that holds every year on record (a profile's).
    static AgencyHistory whole(AgencyRecord agency, QList<MisuseReport> reports, QList<SanctionRecord> sanctions)
    {
        AgencyHistory h;
        h.agency = std::move(agency);
        h.reports = std::move(reports);
        h.sanctions = std::move(sanctions);
        return h;
    }

    const MisuseReport *report(int year) const
    {
        for (const MisuseReport &r : reports) {
            if (r.year == year)
                return &r;
        }
        return nullptr;
    }
    bool filed(int year) const
    {
        const MisuseReport *r = report(year);
        return r && r->filed.value_or(false);
    }
    // Due from the first year on record to the year service ended (FilingSpan).
    FilingSpan span() const
    {
        FilingSpan s;
        if (earlier.firstYear)
            s.firstYear = earlier.firstYear;
        else if (!reports.isEmpty())
            s.firstYear = reports.first().year;
        if (agency.serviceEndDate)
            s.endYear = agency.serviceEndDate->year();
        return s;
    }
    bool isDue(int year) const { return span().isDue(year); }
    // The last year up to `year` with a filed report.
    std::optional<int> lastFiled(int year) const
    {
        for (auto r = reports.crbegin(); r != reports.crend(); ++r) {
            if (r->year <= year && r->filed.value_or(false))
                return r->year;
        }
        return earlier.lastFiledYear;
    }
    // The median of the low ends of violations in the three years before `year`, when all three
    // were filed with a count (the record rule's jump).
    std::optional<int> medianOfThreeBefore(int year) const
    {
        if (foldedFor == year)
            return earlier.recentLows == 3
                    ? std::optional(int(earlier.recentLowsSum - earlier.recentLowsMin - earlier.recentLowsMax))
                    : std::nullopt;
        QList<int> lows;
        for (int y = year - 3; y < year; ++y) {
            const MisuseReport *r = report(y);
            if (r && r->filed.value_or(false) && r->violations)
                lows << r->violations->low;
        }
        if (lows.size() != 3)
            return std::nullopt;
        std::sort(lows.begin(), lows.end());
        return lows.at(1);
    }
    // Of the `years` - 1 years before `year`, how many were filed with 0 investigations (the
    // large-zero rule's run; folded with the same number of years).
    int zeroInvestigationYearsBefore(int year, int years) const
    {
        if (foldedFor == year)
            return earlier.zeroInvestigationYears;
        int count = 0;
        for (int y = year - years + 1; y < year; ++y) {
            const MisuseReport *r = report(y);
            count += r && r->filed.value_or(false) && r->investigations == 0;
        }
        return count;
    }
    // Due years in a row, up to `year`, without a filed report: 0 when `year` is filed or not due.
    int yearsNotFiled(int year) const
    {
        if (!isDue(year))
            return 0;
        return year - std::max(lastFiled(year).value_or(INT_MIN), *span().firstYear - 1);
    }
    // The highest count of violations (a range's high end) in a filed report before `year`, and
    // the first year it was reached; none when no earlier filed report gives a count.
    std::optional<std::pair<int, int>> earlierMaximum(int year) const
    {
        std::optional<std::pair<int, int>> top;
        if (earlier.maxViolations)
            top = std::pair(*earlier.maxViolations, earlier.maxViolationsYear);
        for (const MisuseReport &r : reports) {
            if (r.year < year && r.filed.value_or(false) && r.violations && (!top || r.violations->high > top->first))
                top = std::pair(r.violations->high, r.year);
        }
        return top;
    }
    // A DHS component, or an agency a reviewer put on the immigration-enforcement watch.
    bool isWatched() const
    {
        return agency.immigrationWatch || agency.parentOrg.contains(QLatin1StringView("Homeland Security"), Qt::CaseInsensitive);
    }
};

} // namespace cac
