#include "app/review/rules/categoryrule.h"

#include "db/model/misusecategory.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>

namespace cac {

QString CategoryRule::title() const
{
    return tr("Grave misuse");
}

bool CategoryRule::isGrave(const QString &category)
{
    return category == u"self_or_acquaintance" || category == u"unauthorized_disclosure" || category == u"dmv_unauthorized" ||
            category == u"immigration_enforcement";
}

void CategoryRule::evaluate(const AgencyHistory &h, int year, const ReviewSettings &s, QList<ReviewFlag> &flags) const
{
    const MisuseReport *r = h.report(year);
    if (!r || !r->filed.value_or(false))
        return;
    const QStringList &codes = MisuseCategory::codes();
    // One flag for the report, however many grave kinds it names: the weight says "look at what
    // was done", and the sentence says what.
    QStringList grave;
    int graveCount = 0;
    for (int c = 0; c < codes.size(); ++c) {
        const int n = r->categories[c].value_or(0);
        if (n > 0 && isGrave(codes.at(c))) {
            grave << QStringLiteral("%1 (%2)").arg(MisuseCategory::label(codes.at(c)), number(n));
            graveCount += n;
        }
    }
    if (graveCount > 0)
        flags.append({code(),
                      DisplayText::plural<CategoryRule>(QT_TR_NOOP("%1 violation of grave kinds: %2"),
                                                        QT_TR_NOOP("%1 violations of grave kinds: %2"), graveCount)
                              .arg(number(graveCount), grave.join(QStringLiteral(", "))),
                      s.value("w_grave")});
    const int criminal = r->outcomes[5].value_or(0); // criminal_charges
    if (criminal > 0)
        flags.append({code(), tr("Misuse that led to criminal charges (%1)").arg(number(criminal)), s.value("w_criminal")});
    const int licensing = r->categories[codes.indexOf(QStringLiteral("licensing_employment"))].value_or(0);
    if (licensing > 0 && r->violations && 2 * licensing >= r->violations->low)
        flags.append({code(),
                      tr("%1 of %2 violations were licensing or employment checks: a process error, "
                         "not misuse for personal ends")
                              .arg(number(licensing), violations(*r->violations)),
                      s.value("w_process")});
}

} // namespace cac
