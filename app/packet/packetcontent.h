#pragma once

#include "app/metrics/agencyprofile.h"
#include "db/model/yearsummary.h"
#include "app/review/meetingagenda.h"
#include "db/model/outreachcall.h"
#include "db/stores/letters/draftstore.h"
#include "db/stores/review/meetingstore.h"

#include <QList>

#include <optional>

namespace cac {

// What a meeting packet holds, read from the database in one go before anything is laid out.
struct PacketContent
{
    struct Agency
    {
        MeetingAgenda::Item item;               // the agency and its place in the review queue
        AgencyProfile profile;                  // its record, contacts and sanctions
        QList<OutreachCall> calls;              // outreach calls about the reporting year
        std::optional<DraftStore::Draft> draft; // its latest letter draft (not withdrawn)
        std::optional<DraftStore::Version> draftText;
        ChartData againstPeers; // its violations against the median of its peers
    };

    MeetingStore::Meeting meeting;
    int year = 0;
    bool demo = false;
    QString source; // the database's file name
    std::optional<YearSummary> statewide;
    std::optional<YearSummary> statewideBefore; // the year before, for comparison
    QList<ChartData> statewideCharts;           // compliance, activity, categories
    QList<Agency> agencies;                     // in agenda order
};

} // namespace cac
