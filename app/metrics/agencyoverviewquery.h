#pragma once

#include "db/result.h"

#include "app/metrics/agencyoverview.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Loads every agency's overview for one reporting year in one query. Due and filed follow
// StatewideMetrics' definition: due from the first year on record to the end of service.
class AgencyOverviewQuery
{
public:
    explicit AgencyOverviewQuery(QSqlDatabase db);
    QList<AgencyOverview> load(int year) const;
    // One agency's overview, after a change to it; none if there is no such agency (or the read
    // failed: the list then keeps what it showed).
    std::optional<AgencyOverview> loadOne(qint64 agencyId, int year) const;
    // The latest reporting year on record, if any.
    // The latest year on record; no value when there are no reports; a failure when unreadable.
    Result<std::optional<int>> latestYear() const;

private:
    QList<AgencyOverview> load(int year, std::optional<qint64> agencyId) const;
    QSqlDatabase m_db;
};
