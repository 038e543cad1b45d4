#pragma once

#include "app/review/rules/reviewrule.h"

namespace cac {

// Did not file after a recorded warning or sanction.
class WarningRule : public ReviewRule
{
public:
    QString code() const override { return QStringLiteral("after_warning"); }
    QString title() const override;
    void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                  QList<ReviewFlag> &flags) const override;
};

} // namespace cac
