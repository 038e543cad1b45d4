#pragma once

#include "app/review/agencyhistory.h"
#include "app/review/reviewsettings.h"

#include "db/status.h"

#include <QSqlDatabase>

#include <functional>

namespace cac {

// Every agency's history for a reporting year, handed over one agency at a time, by agency id:
// its report of `year`, and what SQL folds of the years before (AgencyHistory::earlier, with
// the settings' zero_years for the large-zero rule). What a year's review queue, outreach list
// and forms read: memory follows the number of agencies, never the number of reports, and the
// decades before the year are summed by the database rather than carried to the program.
namespace HistoryScan {
Status forEach(QSqlDatabase db, int year, const ReviewSettings &settings,
               const std::function<void(const AgencyHistory &)> &visit);
} // namespace HistoryScan

} // namespace cac
