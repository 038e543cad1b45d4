#include "queuetablemodel.h"

#include "app/format/displaytext.h"

#include "db/model/agencykind.h"

#include <QStringList>

namespace cac {

QueueTableModel::QueueTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void QueueTableModel::setEntries(QList<QueueEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void QueueTableModel::updateAgency(qint64 agencyId, const std::optional<QueueEntry> &entry)
{
    const int row = indexOfAgency(agencyId);
    if (row >= 0 && entry) {
        m_entries[row] = *entry;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    } else if (entry) {
        const int end = int(m_entries.size());
        beginInsertRows(QModelIndex(), end, end);
        m_entries.append(*entry);
        endInsertRows();
    }
}

int QueueTableModel::indexOfAgency(qint64 agencyId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).agency.id == agencyId)
            return i;
    }
    return -1;
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const QueueEntry &e = m_entries.at(index.row());
    QStringList sentences;
    QStringList rules;
    for (const ReviewFlag &f : e.flags) {
        sentences << f.sentence;
        rules << f.rule;
    }
    switch (role) {
    case RulesRole:
        return rules;
    case KindRole:
        return e.agency.kind;
    case CountyRole:
        return e.agency.county;
    case ReviewedRole:
        return e.reviewed;
    case SortRole:
        if (index.column() == Priority)
            return e.score;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        // The reasons one a line; any other cell's whole text, which a narrow column elides.
        return index.column() == Reasons ? QVariant(sentences.join(u'\n')) : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == Priority ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (index.column()) {
    case Priority:
        return e.score;
    case Ori:
        return e.agency.ori;
    case Agency:
        return e.agency.name;
    case Kind:
        return e.agency.kind.isEmpty() ? DisplayText::Unknown : AgencyKind::label(e.agency.kind);
    case County:
        return DisplayText::orUnknown(e.agency.county);
    case Reasons:
        return sentences.join(QStringLiteral("; "));
    case Sanction:
        if (e.override)
            return tr("%1 (overridden)").arg(SanctionStep::label(SanctionStep::fromCode(e.override->chosen)));
        return SanctionStep::label(e.suggestion.level);
    case Reviewed:
        return e.reviewed ? tr("reviewed") : QString();
    }
    return QVariant();
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Priority:
        return tr("Priority");
    case Ori:
        return tr("ORI");
    case Agency:
        return tr("Agency");
    case Kind:
        return tr("Kind");
    case County:
        return tr("County");
    case Reasons:
        return tr("Why");
    case Sanction:
        return tr("Suggested sanction");
    case Reviewed:
        return tr("Reviewed");
    }
    return QVariant();
}

} // namespace cac
