#include "agencyfilterproxy.h"

#include "agencytablemodel.h"

#include "app/textfolding.h"

AgencyFilterProxy::AgencyFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AgencyTableModel::SortRole);
}

void AgencyFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = TextFolding::fold(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void AgencyFilterProxy::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void AgencyFilterProxy::setCounty(const QString &county)
{
    m_county = county;
    invalidateRowsFilter();
}

void AgencyFilterProxy::setFiling(int filing)
{
    m_filing = filing;
    invalidateRowsFilter();
}

bool AgencyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && index.data(AgencyTableModel::KindRole).toString() != m_kind)
        return false;
    if (!m_county.isEmpty() && index.data(AgencyTableModel::CountyRole).toString() != m_county)
        return false;
    if (m_filing >= 0 && index.data(AgencyTableModel::FilingRole).toInt() != m_filing)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(AgencyTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}
