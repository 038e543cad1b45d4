#pragma once

#include "agencyhistory.h"
#include "reviewflag.h"
#include "reviewsettings.h"
#include "sanctionstep.h"

namespace cac {

// Suggests the next sanction for an agency from its filing and its recorded warnings and
// sanctions, and says why. Not filing is what the committee sanctions: after no warning, a
// letter of censure; after a warning given long enough before the deadline (a year, by
// default), suspension; after a suspension, removal. A violation for immigration enforcement
// breaks the PPP and calls for at least censure. A reviewer may override, with a reason.
namespace SanctionLadder {
SanctionStep suggest(const AgencyHistory &history, int year, const QList<ReviewFlag> &flags, const ReviewSettings &settings);
}

} // namespace cac
