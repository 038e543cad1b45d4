#pragma once

#include <optional>

namespace cac {

// The statewide figures for one reporting year. Sums cover the filed reports that gave the
// figure; an unset sum means no filed report gave it (not reported, not zero).
struct YearSummary
{
    int year = 0;
    int agenciesDue = 0;
    int agenciesFiled = 0;
    std::optional<qint64> investigations;
    int investigationsReported = 0; // filed reports that gave investigations
    std::optional<qint64> violationsLow;
    std::optional<qint64> violationsHigh;
    int violationsReported = 0;
    std::optional<qint64> individuals;
    int individualsReported = 0;

    friend bool operator==(const YearSummary &, const YearSummary &) = default;
    // Filed / due, in percent; unset when no agency was due.
    std::optional<double> compliancePercent() const
    {
        if (agenciesDue == 0)
            return std::nullopt;
        return 100.0 * agenciesFiled / agenciesDue;
    }
};

} // namespace cac
