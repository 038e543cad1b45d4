#include "app/review/rules/concentrationrule.h"

#include <QCoreApplication>

namespace cac {

QString ConcentrationRule::title() const
{
    return QCoreApplication::translate("ConcentrationRule", "Concentrated misuse");
}

void ConcentrationRule::evaluate(const AgencyHistory &h, int year, const ReviewSettings &s, QList<ReviewFlag> &flags) const
{
    const MisuseReport *r = h.report(year);
    if (!r || !r->violations || !r->individuals || *r->individuals <= 0)
        return;
    if (r->violations->low < s.value("per_person") * *r->individuals)
        return;
    const QString people = *r->individuals == 1
            ? QCoreApplication::translate("ConcentrationRule", "1 person")
            : QCoreApplication::translate("ConcentrationRule", "%1 people").arg(number(*r->individuals));
    flags.append({code(),
                  QCoreApplication::translate("ConcentrationRule", "%1 by %2").arg(violationsPhrase(*r->violations), people),
                  s.value("w_concentrated")});
}

} // namespace cac
