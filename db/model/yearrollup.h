#pragma once

#include "db/model/misusereport.h"
#include "db/model/yearsummary.h"

#include <QtGlobal>

#include <array>
#include <optional>

namespace cac {

// One year of the statewide figures, as the year_rollup table keeps them: agencies due and
// filed with the sums of the filed reports of due agencies (YearSummary), and the sums of the
// outcomes and categories (in Outcome::codes() and MisuseCategory::codes() order). An unset
// sum: no such report gave the figure (unknown, never 0).
struct YearRollup
{
    YearSummary figures;
    std::array<std::optional<qint64>, MisuseReport::OutcomeCount> outcomes;
    std::array<std::optional<qint64>, MisuseReport::CategoryCount> categories;

    friend bool operator==(const YearRollup &, const YearRollup &) = default;
};

} // namespace cac
