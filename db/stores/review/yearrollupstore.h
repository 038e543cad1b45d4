#pragma once

#include "db/model/yearrollup.h"
#include "db/result.h"
#include "db/status.h"

#include <QList>
#include <QSqlDatabase>

namespace cac {

// The year_rollup table: the statewide figures by year, derived from the reports and kept for
// the charts. The schema's triggers empty it on every write that can change a figure, so an
// empty table means "to be rebuilt" (StatewideMetrics rebuilds it).
class YearRollupStore
{
public:
    explicit YearRollupStore(QSqlDatabase db);
    Result<QList<YearRollup>> all() const; // by year; empty: stale
    // Replaces every row; the caller holds the write transaction the figures were read in.
    Status replace(const QList<YearRollup> &years) const;

private:
    QSqlDatabase m_db;
};

} // namespace cac
