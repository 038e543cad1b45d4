#include "agencyfilterproxy.h"

#include "agencytablemodel.h"

#include "app/documents/textfolding.h"

namespace cac {

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
    // One layout change rather than row removals range by range: typing the first letter over
    // 20,000 agencies removes thousands of scattered ranges, each of which the view would lay out.
    invalidate();
}

bool AgencyFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return static_cast<const AgencyTableModel *>(sourceModel())->lessThan(left.row(), right.row(), left.column());
}

void AgencyFilterProxy::setKind(const QString &kind)
{
    m_kind = kind;
    invalidate();
}

void AgencyFilterProxy::setCounty(const QString &county)
{
    m_county = county;
    invalidate();
}

void AgencyFilterProxy::setFiling(int filing)
{
    m_filing = filing;
    invalidate();
}

bool AgencyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const auto *model = static_cast<const AgencyTableModel *>(sourceModel());
    const AgencyOverview &agency = model->agencyAt(sourceRow);
    if (!m_kind.isEmpty() && agency.kind != m_kind)
        return false;
    if (!m_county.isEmpty() && agency.county != m_county)
        return false;
    if (m_filing >= 0 && int(agency.filing) != m_filing)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString &text = model->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace cac
