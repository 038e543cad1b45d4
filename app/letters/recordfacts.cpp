#include "recordfacts.h"

#include "app/format/displaytext.h"
#include "db/model/misusecategory.h"

#include <QCoreApplication>
#include <QLocale>

namespace cac {

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);

QString counted(qint64 n, const char *one, const char *many)
{
    return QCoreApplication::translate("RecordFacts", n == 1 ? one : many).arg(english.toString(n));
}

} // namespace

void RecordFacts::addTo(QVariantMap &context, const AgencyHistory &history, int year)
{
    const qsizetype immigration = MisuseCategory::codes().indexOf(QStringLiteral("immigration_enforcement"));
    qint64 investigations = 0;
    qint64 violationsLow = 0;
    qint64 violationsHigh = 0;
    qint64 immigrationViolations = 0;
    int filed = 0;
    int firstYear = 0;
    const MisuseReport *last = nullptr;
    for (const MisuseReport &r : history.reports) {
        if (r.year > year || !r.filed.value_or(false))
            continue;
        ++filed;
        firstYear = firstYear == 0 ? r.year : std::min(firstYear, r.year);
        if (!last || r.year > last->year)
            last = &r;
        investigations += r.investigations.value_or(0);
        if (r.violations) {
            violationsLow += r.violations->low;
            violationsHigh += r.violations->high;
        }
        if (immigration >= 0)
            immigrationViolations += r.categories.at(size_t(immigration)).value_or(0);
    }
    const QString violations = violationsLow == violationsHigh
            ? counted(violationsLow, "%1 violation", "%1 violations")
            : QCoreApplication::translate("RecordFacts", "%1 to %2 violations")
                      .arg(english.toString(violationsLow), english.toString(violationsHigh));
    context.insert(QStringLiteral("record"),
                   QVariantMap{{QStringLiteral("any"), filed > 0},
                               {QStringLiteral("none"), filed == 0},
                               {QStringLiteral("investigations_any"), investigations > 0},
                               {QStringLiteral("investigations_none"), filed > 0 && investigations == 0},
                               {QStringLiteral("investigations"),
                                counted(investigations, "%1 misuse investigation", "%1 misuse investigations")},
                               {QStringLiteral("violations"), violations},
                               {QStringLiteral("immigration_any"), immigrationViolations > 0},
                               {QStringLiteral("immigration"), english.toString(immigrationViolations)},
                               {QStringLiteral("first_year"), firstYear > 0 ? QString::number(firstYear) : QString()}});
    const bool dated = last && last->filedDate;
    context.insert(QStringLiteral("last_filing"),
                   QVariantMap{{QStringLiteral("dated"), dated},
                               {QStringLiteral("undated"), last && !dated},
                               {QStringLiteral("none"), !last},
                               {QStringLiteral("date"), dated ? DisplayText::longDate(*last->filedDate) : QString()},
                               {QStringLiteral("year"), last ? QString::number(last->year) : QString()}});
}

} // namespace cac
