#pragma once

#include "app/charts/chartdata.h"
#include "app/review/agencyhistory.h"

#include <optional>
#include <utility>

namespace cac {

// One agency's figure by year, for its charts (the profile's, and the comparison and peer
// charts): the one home of how a year series is built. A figure counts only from a filed
// report; a report not filed, a figure not reported, and a year the agency was due for
// (FilingSpan) without a report are gaps, never zero.
namespace AgencySeries {
enum class Metric { Investigations, Violations, Individuals };

// The figure of a filed report as (low, high); nothing if not filed or not reported.
std::optional<std::pair<double, double>> value(const MisuseReport &report, Metric metric);
// A point a year from the first report (or `from`) to `to` (or the last report), each value
// times `scale` (a scale of 0 or less, such as per 100 staff of an agency whose staff is not
// known, makes every point a gap).
QList<ChartData::Point> points(const AgencyHistory &history, Metric metric, double scale = 1,
                               std::optional<int> from = std::nullopt, std::optional<int> to = std::nullopt);
} // namespace AgencySeries

} // namespace cac
