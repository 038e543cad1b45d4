#pragma once

#include "reviewsettings.h"
#include "sanctionstep.h"

#include "db/stores/review/meetingstore.h"
#include "db/result.h"

#include <QString>

namespace cac {

class ReviewDocument;

// What a reviewer decides in the review queue and the meetings, each undoable from the Edit
// menu: a reviewed mark, an override of the suggested sanction, a meeting added, corrected or
// deleted, an agency put on or taken off an agenda or moved on it, the rules' settings. Each
// returns success, or a failure saying why it could not be made.
class ReviewDecisions
{
public:
    explicit ReviewDecisions(ReviewDocument &document);

    Status markReviewed(qint64 agencyId, int year, bool reviewed);
    Status overrideSanction(qint64 agencyId, int year, SanctionStep::Level suggested, SanctionStep::Level chosen,
                            const QString &reason);
    Result<qint64> addMeeting(const MeetingStore::Meeting &meeting);
    Status updateMeeting(const MeetingStore::Meeting &meeting);
    Status removeMeeting(qint64 meetingId); // undone with its agenda
    Status addToAgenda(qint64 meetingId, qint64 agencyId);
    Status removeFromAgenda(qint64 meetingId, qint64 agencyId);
    Status moveOnAgenda(qint64 meetingId, qint64 agencyId, int step);
    Status saveSettings(const ReviewSettings &settings);

private:
    ReviewDocument &m_document;
};

} // namespace cac
