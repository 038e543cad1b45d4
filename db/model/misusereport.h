#pragma once

#include "db/model/violationrange.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace cac {

// One agency's annual misuse report for one year. Every figure is optional: unset means
// "not reported", never zero.
struct MisuseReport
{
    static constexpr int OutcomeCount = 7;   // in Outcome::codes() order
    static constexpr int CategoryCount = 10; // in MisuseCategory::codes() order

    qint64 id = 0;
    qint64 agencyId = 0;
    int year = 0;
    std::optional<bool> filed;
    std::optional<QDate> filedDate;
    std::optional<int> investigations;
    std::optional<ViolationRange> violations;
    std::optional<int> individuals;
    std::optional<int> pending;
    std::array<std::optional<int>, OutcomeCount> outcomes;
    std::array<std::optional<int>, CategoryCount> categories; // unset: not reported
    QString notes;
    QString sourceFile;
    std::optional<int> sourceLine;

    bool hasCategories() const
    {
        for (const std::optional<int> &c : categories) {
            if (c)
                return true;
        }
        return false;
    }
    // The figures as reported, leaving out where they are stored and where they came from.
    bool sameFiguresAs(const MisuseReport &o) const
    {
        return filed == o.filed && filedDate == o.filedDate && investigations == o.investigations && violations == o.violations &&
                individuals == o.individuals && pending == o.pending && outcomes == o.outcomes && categories == o.categories &&
                notes == o.notes;
    }
};

} // namespace cac
