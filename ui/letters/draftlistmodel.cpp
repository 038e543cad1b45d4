#include "draftlistmodel.h"

#include "app/format/displaytext.h"

namespace cac {

DraftListModel::DraftListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DraftListModel::setDrafts(QList<DraftStore::Draft> drafts)
{
    beginResetModel();
    m_drafts = std::move(drafts);
    endResetModel();
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return QVariant();
    const DraftStore::Draft &d = m_drafts.at(index.row());
    switch (index.column()) {
    case 0:
        return d.title;
    case 1:
        return d.year;
    case 2:
        return d.status;
    case 3:
        return DisplayText::localTime(d.updatedAt);
    }
    return QVariant();
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString headers[] = {tr("Letter"), tr("Year"), tr("Status"), tr("Last saved")};
    return section < 4 ? headers[section] : QVariant();
}

} // namespace cac
