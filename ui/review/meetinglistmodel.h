#pragma once

#include "db/stores/review/meetingstore.h"

#include <QAbstractListModel>
#include <QList>

namespace cac {

// The meetings, latest first, as the store gives them: each shown as its date (and chair) over
// its title.
class MeetingListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit MeetingListModel(QObject *parent = nullptr);
    void setMeetings(QList<MeetingStore::Meeting> meetings);
    const MeetingStore::Meeting &meeting(int row) const { return m_meetings.at(row); }
    // The row of the meeting with this id; -1 if none.
    int rowOf(qint64 meetingId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<MeetingStore::Meeting> m_meetings;
};

} // namespace cac
