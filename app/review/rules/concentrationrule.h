#pragma once

#include "app/review/rules/reviewrule.h"

namespace cac {

// Many violations by few people: one employee searching people he found attractive is graver
// than the count alone suggests (Glendale, 2018).
class ConcentrationRule : public ReviewRule
{
public:
    QString code() const override { return QStringLiteral("concentrated"); }
    QString title() const override;
    void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                  QList<ReviewFlag> &flags) const override;
};

} // namespace cac
