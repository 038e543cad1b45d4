#include "queuefilterproxy.h"

#include "queuetablemodel.h"

namespace cac {

QueueFilterProxy::QueueFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QueueTableModel::SortRole);
}

void QueueFilterProxy::setRule(const QString &rule)
{
    m_rule = rule;
    invalidateRowsFilter();
}

void QueueFilterProxy::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void QueueFilterProxy::setCounty(const QString &county)
{
    m_county = county;
    invalidateRowsFilter();
}

void QueueFilterProxy::setHideReviewed(bool hide)
{
    m_hideReviewed = hide;
    invalidateRowsFilter();
}

bool QueueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_rule.isEmpty() && !index.data(QueueTableModel::RulesRole).toStringList().contains(m_rule))
        return false;
    if (!m_kind.isEmpty() && index.data(QueueTableModel::KindRole).toString() != m_kind)
        return false;
    if (!m_county.isEmpty() && index.data(QueueTableModel::CountyRole).toString() != m_county)
        return false;
    return !(m_hideReviewed && index.data(QueueTableModel::ReviewedRole).toBool());
}

bool QueueFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (QVariant::compare(a, b) != QPartialOrdering::Equivalent)
        return QSortFilterProxyModel::lessThan(left, right);
    const QString leftOri = left.siblingAtColumn(QueueTableModel::Ori).data().toString();
    const QString rightOri = right.siblingAtColumn(QueueTableModel::Ori).data().toString();
    // Reversed for a descending sort, so that ties read A to Z both ways.
    return sortOrder() == Qt::AscendingOrder ? leftOri < rightOri : leftOri > rightOri;
}

} // namespace cac
