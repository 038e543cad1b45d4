#include "agencytablemodel.h"

#include "app/format/displaytext.h"
#include "app/documents/textfolding.h"
#include "db/model/agencykind.h"

#include <QLocale>

#include <algorithm>

namespace cac {

namespace {
const QString &Unknown = DisplayText::Unknown;
}

AgencyTableModel::AgencyTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgencyTableModel::setAgencies(QList<AgencyOverview> agencies, int year)
{
    beginResetModel();
    m_agencies = std::move(agencies);
    m_year = year;
    m_searchText.resize(m_agencies.size());
    m_sortText.resize(m_agencies.size());
    for (qsizetype row = 0; row < m_agencies.size(); ++row)
        fold(row);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Filed, Filed);
}

void AgencyTableModel::fold(qsizetype row)
{
    const AgencyOverview &a = m_agencies.at(row);
    m_searchText[row] = TextFolding::fold(a.name + u'\n' + a.ori + u'\n' + a.county);
    m_sortText[row] = {a.ori, TextFolding::fold(a.name), TextFolding::fold(AgencyKind::label(a.kind)),
                       TextFolding::fold(a.county), TextFolding::fold(a.parentOrg)};
}

void AgencyTableModel::updateAgency(const AgencyOverview &agency)
{
    const auto found = std::find_if(m_agencies.cbegin(), m_agencies.cend(),
                                    [&agency](const AgencyOverview &a) { return a.id == agency.id; });
    const int row = int(found - m_agencies.cbegin());
    if (found == m_agencies.cend()) {
        beginInsertRows(QModelIndex(), row, row);
        m_agencies.append(agency);
        m_searchText.append(QString());
        m_sortText.append(std::array<QString, 5>());
        fold(row);
        endInsertRows();
        return;
    }
    m_agencies[row] = agency;
    fold(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QStringList AgencyTableModel::counties() const
{
    QStringList list;
    for (const AgencyOverview &a : m_agencies) {
        if (!a.county.isEmpty())
            list << a.county;
    }
    list.removeDuplicates();
    list.sort(Qt::CaseInsensitive);
    return list;
}

int AgencyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agencies.size());
}

int AgencyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgencyTableModel::display(const AgencyOverview &a, int column) const
{
    switch (column) {
    case Ori:
        return a.ori;
    case Name:
        return a.name;
    case Kind:
        return a.kind.isEmpty() ? Unknown : AgencyKind::label(a.kind);
    case County:
        return a.county.isEmpty() ? Unknown : a.county;
    case ParentOrg:
        return a.parentOrg;
    case Filed:
        return a.filing == AgencyOverview::Filing::Filed       ? tr("yes")
                : a.filing == AgencyOverview::Filing::NotFiled ? tr("no")
                                                               : tr("not due");
    case YearsNotFiled:
        return a.filing == AgencyOverview::Filing::NotFiled ? QVariant(a.yearsNotFiled) : QVariant();
    case Investigations:
    case Violations: {
        if (!a.latestYear)
            return QVariant();
        QString value = column == Investigations
                ? (a.latestInvestigations ? QLocale().toString(*a.latestInvestigations) : Unknown)
                : (a.latestViolations ? a.latestViolations->toDisplayString() : Unknown);
        // An older report says so, lest a 2014 figure pass for this year's.
        if (*a.latestYear != m_year)
            value += tr(" (%1)").arg(*a.latestYear);
        return value;
    }
    }
    return QVariant();
}

QVariant AgencyTableModel::sortValue(const AgencyOverview &a, int column) const
{
    switch (column) {
    case Filed:
        return int(a.filing);
    case YearsNotFiled:
        return a.filing == AgencyOverview::Filing::NotFiled ? a.yearsNotFiled : -1;
    case Investigations:
        return a.latestInvestigations ? *a.latestInvestigations : -1;
    case Violations:
        return a.latestViolations ? a.latestViolations->high : -1;
    default:
        return display(a, column).toString().toCaseFolded();
    }
}

bool AgencyTableModel::lessThan(int leftRow, int rightRow, int column) const
{
    if (column <= ParentOrg)
        return m_sortText.at(leftRow)[column] < m_sortText.at(rightRow)[column];
    const AgencyOverview &l = m_agencies.at(leftRow);
    const AgencyOverview &r = m_agencies.at(rightRow);
    return sortValue(l, column).toInt() < sortValue(r, column).toInt();
}

QVariant AgencyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const AgencyOverview &a = m_agencies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case SortRole:
        return sortValue(a, index.column());
    case SearchTextRole:
        return m_searchText.at(index.row());
    case AgencyIdRole:
        return a.id;
    case KindRole:
        return a.kind;
    case CountyRole:
        return a.county;
    case FilingRole:
        return int(a.filing);
    case Qt::TextAlignmentRole:
        if (index.column() >= YearsNotFiled)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Investigations || index.column() == Violations)
            return a.latestYear ? tr("From the report for %1").arg(*a.latestYear) : tr("No filed report");
        return QVariant();
    }
    return QVariant();
}

QVariant AgencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && (section == Investigations || section == Violations))
        return tr("From the latest filed report up to the reporting year");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ori:
        return tr("ORI");
    case Name:
        return tr("Agency");
    case Kind:
        return tr("Kind");
    case County:
        return tr("County");
    case ParentOrg:
        return tr("Parent organisation");
    case Filed:
        return tr("Filed %1").arg(m_year);
    case YearsNotFiled:
        return tr("Years not filed");
    case Investigations:
        return tr("Investigations");
    case Violations:
        return tr("Violations");
    }
    return QVariant();
}

} // namespace cac
