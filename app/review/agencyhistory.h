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

// One agency with its reports and warnings: what the review rules read. `reports` holds every
// year (a profile), or only the years a year's rules read with `earlier` folding the rest (the
// queue and the outreach list, HistoryScan): the answers below are the same either way, for any
// year from the first one `reports` holds.
struct AgencyHistory
{
    AgencyRecord agency;
    QList<MisuseReport> reports;     // by year
    QList<SanctionRecord> sanctions; // by date
    EarlierReports earlier;          // the years before `reports`; unset when it holds them all

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
