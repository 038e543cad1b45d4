#pragma once

#include "app/review/rules/reviewrule.h"

namespace cac {

// A large agency (sworn staff at or above a threshold) reporting zero investigations year after
// year: zero from a very large agency is a warning sign, not a clean record.
class LargeZeroRule : public ReviewRule
{
public:
    QString code() const override { return QStringLiteral("large_zero"); }
    QString title() const override;
    void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                  QList<ReviewFlag> &flags) const override;
};

} // namespace cac
