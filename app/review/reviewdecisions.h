#pragma once

#include "reviewsettings.h"
#include "sanctionstep.h"

#include "db/stores/meetingstore.h"
#include "db/result.h"

#include <QString>

class ReviewDocument;

// What a reviewer decides in the review queue and the meetings, each undoable from the Edit
// menu: a reviewed mark, an override of the suggested sanction, a meeting added, corrected or
// deleted, an agency put on or taken off an agenda or moved on it, the rules' settings. Each
// returns why it could not be made, or an empty string.
class ReviewDecisions
{
public:
    explicit ReviewDecisions(ReviewDocument &document);

    QString markReviewed(qint64 agencyId, int year, bool reviewed);
    QString overrideSanction(qint64 agencyId, int year, SanctionStep::Level suggested, SanctionStep::Level chosen,
                             const QString &reason);
    Result<qint64> addMeeting(const MeetingStore::Meeting &meeting);
    QString updateMeeting(const MeetingStore::Meeting &meeting);
    QString removeMeeting(qint64 meetingId); // undone with its agenda
    QString addToAgenda(qint64 meetingId, qint64 agencyId);
    QString removeFromAgenda(qint64 meetingId, qint64 agencyId);
    QString moveOnAgenda(qint64 meetingId, qint64 agencyId, int step);
    QString saveSettings(const ReviewSettings &settings);

private:
    ReviewDocument &m_document;
};
