#pragma once

#include "app/review/rules/reviewrule.h"

#include <QCoreApplication>

namespace cac {

// Figures that do not add up: violations above investigations, individuals above violations,
// categories that do not sum to the violations, a filed report with no figures at all.
class ConsistencyRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(ConsistencyRule)

public:
    QString code() const override { return QStringLiteral("inconsistent"); }
    QString title() const override;
    void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                  QList<ReviewFlag> &flags) const override;
};

} // namespace cac
