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

bool AgencyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(AgencyTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}
