#pragma once

#include "db/result.h"

#include "app/metrics/agencyoverview.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cac {

// Loads every agency's overview for one reporting year in one query. Due and filed follow
// StatewideMetrics' definition: due from the first year on record to the end of service.
class AgencyOverviewQuery
{
public:
    explicit AgencyOverviewQuery(QSqlDatabase db);
    // A failure when the database could not be read: never an empty list that looks like none.
    Result<QList<AgencyOverview>> load(int year) const;
    // One agency's overview, after a change to it; no value if there is no such agency.
    Result<std::optional<AgencyOverview>> loadOne(qint64 agencyId, int year) const;
    // The latest year on record; no value when there are no reports; a failure when unreadable.
    Result<std::optional<int>> latestYear() const;

private:
    Result<QList<AgencyOverview>> load(int year, std::optional<qint64> agencyId) const;
    QSqlDatabase m_db;
};

} // namespace cac
