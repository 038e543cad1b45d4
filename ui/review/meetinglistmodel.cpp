#include "ui/review/meetinglistmodel.h"

namespace cac {

MeetingListModel::MeetingListModel(QObject *parent) : QAbstractListModel(parent) {}

void MeetingListModel::setMeetings(QList<MeetingStore::Meeting> meetings)
{
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

int MeetingListModel::rowOf(qint64 meetingId) const
{
    for (int row = 0; row < m_meetings.size(); ++row) {
        if (m_meetings.at(row).id == meetingId)
            return row;
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingStore::Meeting &m = m_meetings.at(index.row());
    if (role == Qt::DisplayRole) {
        const QString when = m.chair.isEmpty() ? m.heldOn.toString(Qt::ISODate)
                                               : tr("%1, chair %2").arg(m.heldOn.toString(Qt::ISODate), m.chair);
        return QStringLiteral("%1\n%2").arg(when, m.title);
    }
    if (role == Qt::ToolTipRole && !m.place.isEmpty())
        return tr("%1, at %2").arg(m.title, m.place);
    return {};
}

} // namespace cac
