#pragma once

#include "db/model/agencyrecord.h"
#include "db/model/contactrecord.h"
#include "db/model/outreachcall.h"

#include <QStringList>

#include <optional>

namespace cac {

// One agency on the outreach list of a year: who to call, why, and what the last call gave.
struct OutreachEntry
{
    AgencyRecord agency;
    ContactRecord contact; // the first contact on record; empty name when none
    QStringList reasons;   // "Has not filed the 2025 report", "Filed without individuals", ...
    bool filed = false;
    int yearsNotFiled = 0; // consecutive, up to the year
    double priority = 0;   // the review queue's score for the year
    int calls = 0;
    std::optional<OutreachCall> lastCall;
    QString assignedTo;

    std::optional<QDate> nextFollowUp() const { return lastCall ? lastCall->nextFollowUp : std::nullopt; }
};

} // namespace cac
