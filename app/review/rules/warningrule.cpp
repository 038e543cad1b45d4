#include "app/review/rules/warningrule.h"

#include "app/format/displaytext.h"

#include "db/model/sanctionkind.h"

#include <QCoreApplication>

namespace cac {

QString WarningRule::title() const
{
    return QCoreApplication::translate("WarningRule", "Not filing after a warning");
}

void WarningRule::evaluate(const AgencyHistory &h, int year, const ReviewSettings &s, QList<ReviewFlag> &flags) const
{
    if (!h.isDue(year) || h.filed(year))
        return;
    const QDate due = s.deadline(year);
    const SanctionRecord *latest = nullptr;
    for (const SanctionRecord &w : h.sanctions) {
        if (w.issuedOn <= due)
            latest = &w;
    }
    if (!latest)
        return;
    const QString what = latest->kind == SanctionKind::Warning
            ? QCoreApplication::translate("WarningRule", "the warning")
            : QCoreApplication::translate("WarningRule", "the %1").arg(latest->kind);
    flags.append({code(),
                  QCoreApplication::translate("WarningRule", "Did not file for %1, after %2 of %3")
                          .arg(year)
                          .arg(what, DisplayText::longDate(latest->issuedOn)),
                  s.value("w_after_warning")});
}

} // namespace cac
