#pragma once

#include "app/review/agencyhistory.h"

#include "db/status.h"

#include <QSqlDatabase>

#include <functional>

// Every agency's history for a reporting year, handed over one agency at a time, by agency id:
// its reports of the `yearsBefore` years before `year` up to `year` itself, and what SQL folds of
// the years before those (AgencyHistory::earlier). What a year's review queue, outreach list and
// forms read: memory follows the number of agencies, never the number of reports, and the
// decades before the window are summed by the database rather than carried to the program.
namespace HistoryScan {
Status forEach(QSqlDatabase db, int year, int yearsBefore, const std::function<void(const AgencyHistory &)> &visit);
} // namespace HistoryScan
