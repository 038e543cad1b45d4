#pragma once

#include "app/metrics/filingspan.h"
#include "db/model/agencyrecord.h"
#include "db/model/misusereport.h"
#include "db/model/sanctionrecord.h"

#include <QDate>
#include <QList>

// One agency with all its reports and warnings: what the review rules read.
struct AgencyHistory
{
    AgencyRecord agency;
    QList<MisuseReport> reports;     // by year
    QList<SanctionRecord> sanctions; // by date

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
        if (!reports.isEmpty())
            s.firstYear = reports.first().year;
        if (agency.serviceEndDate)
            s.endYear = agency.serviceEndDate->year();
        return s;
    }
    bool isDue(int year) const { return span().isDue(year); }
    // A DHS component, or an agency a reviewer put on the immigration-enforcement watch.
    bool isWatched() const
    {
        return agency.immigrationWatch || agency.parentOrg.contains(QLatin1StringView("Homeland Security"), Qt::CaseInsensitive);
    }
};
