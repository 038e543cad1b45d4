#pragma once

#include "app/review/agencyhistory.h"

#include <QVariantMap>

namespace cac {

// What an agency's own record says, for letters to state only what is so. Sections and values
// under "record" (its filed reports up to the letter's year) and "last_filing":
//   record.any / record.none                     some filed report on record, or none
//   record.investigations_any / _none            some investigation reported, or filed reports
//                                                that report none (zero or not given)
//   record.investigations, record.violations     "4 misuse investigations", "15 to 25 violations"
//   record.immigration_any, record.immigration   violations for immigration enforcement
//   record.first_year                            the first year of those reports
//   last_filing.dated / undated / none, last_filing.date, last_filing.year
namespace RecordFacts {
void addTo(QVariantMap &context, const AgencyHistory &history, int year);
}

} // namespace cac
