#include "agendatablemodel.h"

#include "app/format/displaytext.h"

namespace cac {

AgendaTableModel::AgendaTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgendaTableModel::setItems(QList<MeetingAgenda::Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int AgendaTableModel::rowOfAgency(qint64 agencyId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).agency.id == agencyId)
            return row;
    }
    return -1;
}

int AgendaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::ToolTipRole) // the whole text of a column a narrow window elides
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::TextAlignmentRole)
        return {};
    const MeetingAgenda::Item &item = m_items.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Position || index.column() == Priority;
        return int((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    switch (index.column()) {
    case Position:
        return index.row() + 1;
    case Ori:
        return item.agency.ori;
    case Agency:
        return item.agency.name;
    case County:
        return DisplayText::orUnknown(item.agency.county);
    case Priority:
        return item.entry ? QVariant(item.entry->score) : QVariant(DisplayText::Unknown);
    case Sanction:
        return MeetingAgenda::sanctionToDiscuss(item);
    case Reviewed:
        return item.entry && item.entry->reviewed ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("#");
    case Ori:
        return tr("ORI");
    case Agency:
        return tr("Agency");
    case County:
        return tr("County");
    case Priority:
        return tr("Priority");
    case Sanction:
        return tr("Sanction to discuss");
    case Reviewed:
        return tr("Reviewed");
    default:
        return {};
    }
}

} // namespace cac
