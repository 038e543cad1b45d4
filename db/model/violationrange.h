#pragma once

#include <QLocale>
#include <QString>

namespace cac {

// A count of violations as agencies report it: one number (low == high) or a range ("15-25").
struct ViolationRange
{
    int low = 0;
    int high = 0;

    bool isRange() const { return low != high; }
    // "15–25" (en dash) or "6,412": how the screen shows it, grouped as the user's locale does.
    QString toDisplayString() const
    {
        const QLocale locale;
        return isRange() ? QStringLiteral("%1–%2").arg(locale.toString(low), locale.toString(high)) : locale.toString(low);
    }
    // "15-25" or "38": how the CSV format writes it.
    QString toCsvString() const { return isRange() ? QStringLiteral("%1-%2").arg(low).arg(high) : QString::number(low); }
    friend bool operator==(const ViolationRange &, const ViolationRange &) = default;
};

} // namespace cac
