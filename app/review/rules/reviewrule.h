#pragma once

#include "app/review/agencyhistory.h"
#include "app/review/reviewflag.h"
#include "app/review/reviewsettings.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace cac {

// One rule of the review queue: reads an agency's history for the year under review and says,
// in sentences, why the committee should look at it. Each rule is small and tested on its own.
class ReviewRule
{
public:
    virtual ~ReviewRule() = default;
    virtual QString code() const = 0;
    virtual QString title() const = 0;
    // Reads the reporting year's report and, of the years before, only what AgencyHistory
    // answers (first year, last filed year, earlier maximum, the median of three, the run of
    // zero investigations): a queue reads one report an agency (HistoryScan).
    virtual void evaluate(const AgencyHistory &history, int year, const ReviewSettings &settings,
                          QList<ReviewFlag> &flags) const = 0;

protected:
    // Sentences are English for a California committee: "2,400", "15–25".
    static QString number(qint64 n) { return QLocale(QLocale::English, QLocale::UnitedStates).toString(n); }
    static QString violations(const ViolationRange &v)
    {
        return v.isRange() ? number(v.low) + QStringLiteral("–") + number(v.high) : number(v.low);
    }
    // "1 violation", "15–25 violations".
    static QString violationsPhrase(const ViolationRange &v)
    {
        return v.high == 1 && v.low == 1 ? QStringLiteral("1 violation") : violations(v) + QStringLiteral(" violations");
    }
};

} // namespace cac
