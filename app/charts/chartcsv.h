#pragma once

#include "chartdata.h"

#include "db/status.h"

#include <QIODevice>
#include <QString>

namespace cac {

// The numbers behind a chart as CSV: a row per year, a column per series; a range as "15-25",
// an unknown value blank. A demo chart's rows say "demo data, fictional agencies".
namespace ChartCsv {
bool write(const ChartData &chart, QIODevice *device);
Status save(const ChartData &chart, const QString &path);
} // namespace ChartCsv

} // namespace cac
