#include "queuefilterproxy.h"

#include "queuetablemodel.h"

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
