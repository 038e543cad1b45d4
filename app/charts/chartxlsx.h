#pragma once

#include "chartdata.h"

#include "db/status.h"

namespace cac {

// The numbers behind a chart as an .xlsx workbook, in ChartCsv's layout (a row per year, a
// column per series): numbers as numbers, a range as its text ("15-25"), unknown as an empty
// cell; the About sheet names the chart, its source and, for demo data, says so.
namespace ChartXlsx {
Status save(const ChartData &chart, const QString &path);
}

} // namespace cac
