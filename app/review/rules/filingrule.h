#pragma once

#include "app/review/rules/reviewrule.h"

#include <QCoreApplication>

namespace cac {

// Did not file for the year under review; did not file several years in a row; filed late.
class FilingRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(FilingRule)

public:
    QString code() const override { return QStringLiteral("filing"); }
    QString title() const override;
    void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                  QList<ReviewFlag> &flags) const override;
};

} // namespace cac
