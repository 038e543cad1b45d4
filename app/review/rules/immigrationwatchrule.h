#pragma once

#include "app/review/rules/reviewrule.h"

#include <QCoreApplication>

namespace cac {

// Agencies under the U.S. Department of Homeland Security, or marked by a reviewer: any
// non-filing, a year with zero investigations, any violation for immigration enforcement.
class ImmigrationWatchRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(ImmigrationWatchRule)

public:
    QString code() const override { return QStringLiteral("immigration_watch"); }
    QString title() const override;
    void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                  QList<ReviewFlag> &flags) const override;
};

} // namespace cac
