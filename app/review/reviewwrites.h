#pragma once

#include "reviewsettings.h"
#include "sanctionstep.h"

#include "db/stores/review/meetingstore.h"
#include "db/status.h"

#include <QSqlDatabase>

namespace cac {

// The writes behind a reviewer's decisions: mark an agency reviewed, override the suggested
// sanction with a reason, keep meetings and their agendas, change the rules' settings. Each is
// one write, audit-logged with the OS user. The window decides through ReviewDecisions, which
// makes each decision undoable and ends in one of these writes.
class ReviewWrites
{
public:
    explicit ReviewWrites(QSqlDatabase db);

    Status markReviewed(qint64 agencyId, int year, bool reviewed);
    Status overrideSanction(qint64 agencyId, int year, SanctionStep::Level suggested, SanctionStep::Level chosen,
                            const QString &reason);
    Status clearOverride(qint64 agencyId, int year);
    Result<qint64> addMeeting(const MeetingStore::Meeting &meeting);
    Status updateMeeting(const MeetingStore::Meeting &meeting);
    Status removeMeeting(qint64 meetingId);
    Status addToAgenda(qint64 meetingId, qint64 agencyId);
    Status removeFromAgenda(qint64 meetingId, qint64 agencyId);
    Status moveOnAgenda(qint64 meetingId, qint64 agencyId, int step);
    Status saveSettings(const ReviewSettings &settings);

private:
    QSqlDatabase m_db;
};

} // namespace cac
