#pragma once

#include "reviewflag.h"
#include "sanctionstep.h"

#include "db/model/agencyrecord.h"
#include "db/model/sanctionoverride.h"

#include <QList>

#include <optional>

namespace cac {

// One agency in the review queue of a year: its flags, their sum, and the suggested sanction.
struct QueueEntry
{
    AgencyRecord agency;
    QList<ReviewFlag> flags;
    double score = 0; // the sum of the flags' weights
    SanctionStep suggestion;
    std::optional<SanctionOverride> override;
    bool reviewed = false;

    // "30 (did not file) + 25 (after a warning) = 55": the arithmetic, for the profile.
    QString arithmetic() const;
    // The sanction to act on: the committee's override where there is one, else the suggestion.
    // The one home of that choice (letters, the queue, the agenda).
    QString chosenSanction() const;
    // Flagged: its reasons weigh something. An entry of weight 0 carries notes only (a licensing
    // check counted as misuse, say) and is listed, but not counted as flagged.
    bool isFlagged() const { return score > 0; }
};

} // namespace cac
