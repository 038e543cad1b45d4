#include "reviewactions.h"

#include "db/model/osuser.h"
#include "db/stores/reviewstore.h"
#include "db/stores/settingstore.h"

#include <QCoreApplication>

ReviewActions::ReviewActions(QSqlDatabase db) : m_db(db) {}

Status ReviewActions::markReviewed(qint64 agencyId, int year, bool reviewed)
{
    return ReviewStore(m_db).markReviewed(agencyId, year, reviewed, OsUser::name());
}

Status ReviewActions::overrideSanction(qint64 agencyId, int year, SanctionStep::Level suggested,
                                       SanctionStep::Level chosen, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("ReviewActions", "An override needs a reason."));
    return ReviewStore(m_db).setOverride({agencyId, year, SanctionStep::code(suggested), SanctionStep::code(chosen),
                                          reason.trimmed(), QDate::currentDate(), OsUser::name()});
}

Status ReviewActions::clearOverride(qint64 agencyId, int year)
{
    return ReviewStore(m_db).clearOverride(agencyId, year);
}

namespace {
bool isComplete(const MeetingStore::Meeting &meeting)
{
    return meeting.heldOn.isValid() && !meeting.title.trimmed().isEmpty();
}
QString incomplete()
{
    return QCoreApplication::translate("ReviewActions", "A meeting needs a date and a title.");
}
} // namespace

Result<qint64> ReviewActions::addMeeting(const MeetingStore::Meeting &meeting)
{
    if (!isComplete(meeting))
        return Result<qint64>::failure(incomplete());
    return MeetingStore(m_db).add(meeting);
}

Status ReviewActions::updateMeeting(const MeetingStore::Meeting &meeting)
{
    if (!isComplete(meeting))
        return Status::failure(incomplete());
    return MeetingStore(m_db).update(meeting);
}

Status ReviewActions::removeMeeting(qint64 meetingId)
{
    return MeetingStore(m_db).remove(meetingId);
}

Status ReviewActions::addToAgenda(qint64 meetingId, qint64 agencyId)
{
    return MeetingStore(m_db).addToAgenda(meetingId, agencyId);
}

Status ReviewActions::removeFromAgenda(qint64 meetingId, qint64 agencyId)
{
    return MeetingStore(m_db).removeFromAgenda(meetingId, agencyId);
}

Status ReviewActions::moveOnAgenda(qint64 meetingId, qint64 agencyId, int step)
{
    return MeetingStore(m_db).moveOnAgenda(meetingId, agencyId, step);
}

Status ReviewActions::saveSettings(const ReviewSettings &settings)
{
    if (!m_db.transaction())
        return Status::failure(QCoreApplication::translate("ReviewActions", "Cannot save the settings."));
    SettingStore store(m_db);
    for (auto it = settings.stored().cbegin(); it != settings.stored().cend(); ++it) {
        const Status status = store.set(it.key(), it.value());
        if (!status.ok()) {
            m_db.rollback();
            return status;
        }
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return Status::failure(QCoreApplication::translate("ReviewActions", "Cannot save the settings."));
    }
    return Status::success();
}
