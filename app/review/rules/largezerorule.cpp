#include "app/review/rules/largezerorule.h"

#include <QCoreApplication>

namespace cac {

QString LargeZeroRule::title() const
{
    return QCoreApplication::translate("LargeZeroRule", "Large agency, no investigations");
}

void LargeZeroRule::evaluate(const AgencyHistory &h, int year, const ReviewSettings &s, QList<ReviewFlag> &flags) const
{
    const int sworn = h.agency.swornStaff.value_or(0);
    const int years = int(s.value("zero_years"));
    if (sworn < s.value("large_sworn") || years < 1)
        return;
    // Every one of the K years up to this one filed, with investigations reported as 0.
    const MisuseReport *r = h.report(year);
    if (!r || !r->filed.value_or(false) || r->investigations != 0 || h.zeroInvestigationYearsBefore(year, years) != years - 1)
        return;
    flags.append({code(),
                  QCoreApplication::translate("LargeZeroRule", "Zero investigations in %1 years with %2 sworn staff")
                          .arg(years)
                          .arg(number(sworn)),
                  s.value("w_large_zero")});
}

} // namespace cac
