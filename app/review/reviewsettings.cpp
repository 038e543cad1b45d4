#include "reviewsettings.h"

#include <QCoreApplication>

namespace cac {

const QList<ReviewSettings::Entry> &ReviewSettings::entries()
{
    static const QList<Entry> list = {
            {"deadline_month", QT_TRANSLATE_NOOP("ReviewSettings", "Reports due by: month of the next year"), 4, false},
            {"deadline_day", QT_TRANSLATE_NOOP("ReviewSettings", "Reports due by: day of that month"), 30, false},
            {"late_days", QT_TRANSLATE_NOOP("ReviewSettings", "Days past the deadline before a report counts as late"), 30,
             false},
            {"streak_years", QT_TRANSLATE_NOOP("ReviewSettings", "Years in a row not filed that make a streak"), 2, false},
            {"warning_lead_months",
             QT_TRANSLATE_NOOP("ReviewSettings", "Months of warning before the deadline that point to suspension"), 12, false},
            {"large_sworn", QT_TRANSLATE_NOOP("ReviewSettings", "Sworn staff that make an agency large"), 1000, false},
            {"zero_years", QT_TRANSLATE_NOOP("ReviewSettings", "Years of zero investigations that flag a large agency"), 3,
             false},
            {"jump_factor", QT_TRANSLATE_NOOP("ReviewSettings", "Violations against the 3-year median that make a jump (times)"),
             3, false},
            {"jump_minimum", QT_TRANSLATE_NOOP("ReviewSettings", "Smallest rise over the median that counts as a jump"), 5,
             false},
            {"per_person", QT_TRANSLATE_NOOP("ReviewSettings", "Violations per person that count as concentrated"), 10, false},
            {"w_not_filed", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: did not file"), 30, true},
            {"w_streak", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: did not file several years in a row"), 15, true},
            {"w_late", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: filed late"), 10, true},
            {"w_after_warning", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: did not file after a warning"), 25, true},
            {"w_watch", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: immigration-enforcement watch finding"), 20, true},
            {"w_large_zero", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: large agency, zero investigations"), 20, true},
            {"w_record", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: violations above the agency's own record"), 15, true},
            {"w_jump", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: jump against the 3-year median"), 10, true},
            {"w_concentrated", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: many violations per person"), 25, true},
            {"w_grave", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: grave categories present"), 20, true},
            {"w_criminal", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: led to criminal charges"), 20, true},
            {"w_process", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: mostly process errors (licensing, employment)"), 0, true},
            {"w_inconsistent", QT_TRANSLATE_NOOP("ReviewSettings", "Weight: figures that do not add up"), 10, true},
    };
    return list;
}

double ReviewSettings::value(const char *key) const
{
    const auto stored = m_stored.constFind(QString::fromLatin1(key));
    if (stored != m_stored.constEnd())
        return stored.value();
    for (const Entry &e : entries()) {
        if (qstrcmp(e.key, key) == 0)
            return e.defaultValue;
    }
    Q_ASSERT_X(false, "ReviewSettings::value", key);
    return 0;
}

QDate ReviewSettings::deadline(int year) const
{
    const int month = qBound(1, int(value("deadline_month")), 12);
    const QDate first(year + 1, month, 1);
    return first.addDays(qBound(1, int(value("deadline_day")), first.daysInMonth()) - 1);
}

} // namespace cac
