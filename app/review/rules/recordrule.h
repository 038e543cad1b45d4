#pragma once

#include "app/review/rules/reviewrule.h"

#include <QCoreApplication>

namespace cac {

// Violations above the agency's own earlier maximum; a jump against its 3-year median.
class RecordRule : public ReviewRule
{
    Q_DECLARE_TR_FUNCTIONS(RecordRule)

public:
    QString code() const override { return QStringLiteral("record"); }
    QString title() const override;
    void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                  QList<ReviewFlag> &flags) const override;
};

} // namespace cac
