#include "reviewwrites.h"

#include "db/model/osuser.h"
#include "db/stores/review/reviewstore.h"
#include "db/stores/review/settingstore.h"

#include <QCoreApplication>

namespace cac {

ReviewWrites::ReviewWrites(QSqlDatabase db) : m_db(db) {}

Status ReviewWrites::markReviewed(qint64 agencyId, int year, bool reviewed)
{
    return ReviewStore(m_db).markReviewed(agencyId, year, reviewed, OsUser::name());
}

Status ReviewWrites::overrideSanction(qint64 agencyId, int year, SanctionStep::Level suggested, SanctionStep::Level chosen,
                                      const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("ReviewWrites", "An override needs a reason."));
    return ReviewStore(m_db).setOverride({agencyId, year, SanctionStep::code(suggested), SanctionStep::code(chosen),
                                          reason.trimmed(), QDate::currentDate(), OsUser::name()});
}

Status ReviewWrites::clearOverride(qint64 agencyId, int year)
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
    return QCoreApplication::translate("ReviewWrites", "A meeting needs a date and a title.");
}
} // namespace

Result<qint64> ReviewWrites::addMeeting(const MeetingStore::Meeting &meeting)
{
    if (!isComplete(meeting))
        return Result<qint64>::failure(incomplete());
    return MeetingStore(m_db).add(meeting);
}

Status ReviewWrites::updateMeeting(const MeetingStore::Meeting &meeting)
{
    if (!isComplete(meeting))
        return Status::failure(incomplete());
    return MeetingStore(m_db).update(meeting);
}

Status ReviewWrites::removeMeeting(qint64 meetingId)
{
    return MeetingStore(m_db).remove(meetingId);
}

Status ReviewWrites::addToAgenda(qint64 meetingId, qint64 agencyId)
{
    return MeetingStore(m_db).addToAgenda(meetingId, agencyId);
}

Status ReviewWrites::removeFromAgenda(qint64 meetingId, qint64 agencyId)
{
    return MeetingStore(m_db).removeFromAgenda(meetingId, agencyId);
}

Status ReviewWrites::moveOnAgenda(qint64 meetingId, qint64 agencyId, int step)
{
    return MeetingStore(m_db).moveOnAgenda(meetingId, agencyId, step);
}

Status ReviewWrites::saveSettings(const ReviewSettings &settings)
{
    if (!m_db.transaction())
        return Status::failure(QCoreApplication::translate("ReviewWrites", "Cannot save the settings."));
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
        return Status::failure(QCoreApplication::translate("ReviewWrites", "Cannot save the settings."));
    }
    return Status::success();
}

} // namespace cac
