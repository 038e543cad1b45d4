#include "app/review/rules/recordrule.h"

#include <QCoreApplication>

#include <algorithm>

namespace cac {

QString RecordRule::title() const
{
    return tr("Record or jump");
}

void RecordRule::evaluate(const AgencyHistory &h, int year, const ReviewSettings &s, QList<ReviewFlag> &flags) const
{
    const MisuseReport *current = h.report(year);
    if (!current || !current->filed.value_or(false) || !current->violations)
        return;
    const int now = current->violations->low; // a range counts at its low end: never overstated
    const std::optional<std::pair<int, int>> top = h.earlierMaximum(year);
    const int earlierMax = top ? top->first : -1;
    const int maxYear = top ? top->second : 0;
    const std::optional<int> median = h.medianOfThreeBefore(year);
    // A record needs some size: one violation after years of none is not news.
    if (earlierMax >= 0 && now > earlierMax && now >= s.value("jump_minimum"))
        flags.append({code(),
                      tr("%1 in %2, above its earlier maximum of %3 (%4)")
                              .arg(violationsPhrase(*current->violations))
                              .arg(year)
                              .arg(number(earlierMax))
                              .arg(maxYear),
                      s.value("w_record")});
    if (median) {
        if (now >= s.value("jump_factor") * qMax(*median, 1) && now - *median >= s.value("jump_minimum"))
            flags.append({code(),
                          tr("%1 in %2, against a median of %3 in the three years before")
                                  .arg(violationsPhrase(*current->violations))
                                  .arg(year)
                                  .arg(number(*median)),
                          s.value("w_jump")});
    }
}

} // namespace cac
