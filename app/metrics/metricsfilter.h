#pragma once

#include <QString>

#include <optional>

// Which agencies a statewide figure covers; an empty field does not filter.
struct MetricsFilter
{
    QString kind;
    QString county;
    QString parentOrg;
    std::optional<int> fromYear;
    std::optional<int> toYear;
};
