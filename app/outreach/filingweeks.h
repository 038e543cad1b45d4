#pragma once

#include "app/charts/chartdata.h"
#include "db/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace cac {

// Filed reports of a year by the week they arrived, from eight weeks before the deadline to
// twelve weeks after: how the outreach is going, as a chart.
namespace FilingWeeks {
Result<ChartData> chart(QSqlDatabase db, int year, const QDate &deadline);
}

} // namespace cac
