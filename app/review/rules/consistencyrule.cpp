#include "app/review/rules/consistencyrule.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>

namespace cac {

QString ConsistencyRule::title() const
{
    return tr("Figures that do not add up");
}

void ConsistencyRule::evaluate(const AgencyHistory &h, int year, const ReviewSettings &s, QList<ReviewFlag> &flags) const
{
    const MisuseReport *r = h.report(year);
    if (!r || !r->filed.value_or(false))
        return;
    const double weight = s.value("w_inconsistent");
    bool anyFigure = r->investigations || r->violations || r->individuals || r->pending || r->hasCategories();
    for (const std::optional<int> &o : r->outcomes)
        anyFigure = anyFigure || o;
    if (!anyFigure) {
        flags.append({code(), tr("Filed for %1, but with no figures at all").arg(year), weight});
        return;
    }
    if (r->violations && r->investigations && r->violations->low > *r->investigations)
        flags.append({code(),
                      DisplayText::plural<ConsistencyRule>(QT_TR_NOOP("%1 but only %2 investigation"),
                                                           QT_TR_NOOP("%1 but only %2 investigations"), *r->investigations)
                              .arg(violationsPhrase(*r->violations), number(*r->investigations)),
                      weight});
    if (r->violations && r->individuals && *r->individuals > r->violations->high)
        flags.append({code(), tr("%1 individuals but only %2").arg(number(*r->individuals), violationsPhrase(*r->violations)),
                      weight});
    if (r->violations && r->hasCategories()) {
        int sum = 0;
        for (const std::optional<int> &c : r->categories)
            sum += c.value_or(0);
        if (sum < r->violations->low || sum > r->violations->high)
            flags.append({code(), tr("Categories add up to %1, violations are %2").arg(number(sum), violations(*r->violations)),
                          weight});
    }
}

} // namespace cac
