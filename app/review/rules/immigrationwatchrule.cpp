#include "app/review/rules/immigrationwatchrule.h"

#include "db/model/misusecategory.h"
#include "app/format/displaytext.h"

#include <QCoreApplication>

namespace cac {

QString ImmigrationWatchRule::title() const
{
    return tr("Immigration-enforcement watch");
}

void ImmigrationWatchRule::evaluate(const AgencyHistory &h, int year, const ReviewSettings &s, QList<ReviewFlag> &flags) const
{
    if (!h.isWatched() || !h.isDue(year))
        return;
    const QString who = h.agency.parentOrg.contains(QLatin1StringView("Homeland Security"), Qt::CaseInsensitive)
            ? tr("Immigration-enforcement watch (%1)").arg(h.agency.parentOrg)
            : tr("Immigration-enforcement watch (marked by a reviewer)");
    const double weight = s.value("w_watch");
    if (!h.filed(year)) {
        flags.append({code(), tr("%1: did not file for %2").arg(who).arg(year), weight});
        return;
    }
    const MisuseReport *r = h.report(year);
    if (r->investigations == 0)
        flags.append({code(), tr("%1: opened no misuse investigation in %2").arg(who).arg(year), weight});
    const int immigration = int(MisuseCategory::codes().indexOf(QStringLiteral("immigration_enforcement")));
    if (r->categories[immigration].value_or(0) > 0)
        flags.append({code(),
                      DisplayText::plural<ImmigrationWatchRule>(QT_TR_NOOP("%1: %2 violation for immigration enforcement in %3"),
                                                                QT_TR_NOOP("%1: %2 violations for immigration enforcement in %3"),
                                                                *r->categories[immigration])
                              .arg(who, number(*r->categories[immigration]))
                              .arg(year),
                      weight});
}

} // namespace cac
