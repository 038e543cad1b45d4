#include "app/review/rules/filingrule.h"

#include "app/format/displaytext.h"

#include <QCoreApplication>

namespace cac {

QString FilingRule::title() const
{
    return tr("Filing");
}

void FilingRule::evaluate(const AgencyHistory &h, int year, const ReviewSettings &s, QList<ReviewFlag> &flags) const
{
    if (!h.isDue(year))
        return;
    if (!h.filed(year)) {
        flags.append({code(), tr("Did not file for %1").arg(year), s.value("w_not_filed")});
        const int streak = h.yearsNotFiled(year);
        if (streak >= s.value("streak_years"))
            flags.append({code(),
                          DisplayText::plural<FilingRule>(QT_TR_NOOP("Did not file for %1 year in a row (%2–%3)"),
                                                          QT_TR_NOOP("Did not file for %1 years in a row (%2–%3)"), streak)
                                  .arg(streak)
                                  .arg(year - streak + 1)
                                  .arg(year),
                          s.value("w_streak")});
        return;
    }
    const MisuseReport *r = h.report(year);
    const QDate due = s.deadline(year);
    if (r->filedDate && r->filedDate->daysTo(due) < -s.value("late_days")) {
        flags.append(
                {code(),
                 DisplayText::plural<FilingRule>(QT_TR_NOOP("Filed the %1 report late: on %2, %3 day after the deadline of %4"),
                                                 QT_TR_NOOP("Filed the %1 report late: on %2, %3 days after the deadline of %4"),
                                                 due.daysTo(*r->filedDate))
                         .arg(year)
                         .arg(DisplayText::longDate(*r->filedDate))
                         .arg(due.daysTo(*r->filedDate))
                         .arg(DisplayText::longDate(due)),
                 s.value("w_late")});
    }
}

} // namespace cac
