#pragma once

#include <QString>

#include <optional>

namespace cac {

// Which agencies a statewide figure covers; an empty field does not filter.
struct MetricsFilter
{
    QString kind;
    QString county;
    QString parentOrg;
    std::optional<int> fromYear;
    std::optional<int> toYear;

    // Whether `year` is within the years asked for.
    bool coversYear(int year) const { return (!fromYear || year >= *fromYear) && (!toYear || year <= *toYear); }
};

} // namespace cac
