#pragma once

#include "app/review/rules/reviewrule.h"

#include <QCoreApplication>

namespace cac {

// What the misuse was: grave categories (looking up oneself or acquaintances, disclosure, DMV
// lookups, immigration enforcement) and criminal charges weigh; licensing and employment checks,
// a process error (Chula Vista, 2018), are told apart.
class CategoryRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(CategoryRule)

public:
    QString code() const override { return QStringLiteral("category"); }
    QString title() const override;
    void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                  QList<ReviewFlag> &flags) const override;
    static bool isGrave(const QString &category);
};

} // namespace cac
