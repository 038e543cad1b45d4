#pragma once

#include "app/metrics/agencyoverview.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace cac {

// The agency list: one row per agency for the selected reporting year. Unknown figures show "—".
class AgencyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ori, Name, Kind, County, ParentOrg, Filed, YearsNotFiled, Investigations, Violations, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SearchTextRole, AgencyIdRole, KindRole, CountyRole, FilingRole };

    explicit AgencyTableModel(QObject *parent = nullptr);

    void setAgencies(QList<AgencyOverview> agencies, int year);
    // One agency's row again, after a change to it (a new agency is added at the end); the
    // other rows, the selection and the scroll position stay as they are.
    void updateAgency(const AgencyOverview &agency);
    int year() const { return m_year; }
    // The counties of the agencies listed, sorted, for the county filter.
    QStringList counties() const;
    // For the proxy, without a QVariant per call: filtering and sorting 20,000 rows per
    // keystroke must stay well under a frame.
    const AgencyOverview &agencyAt(int row) const { return m_agencies.at(row); }
    const QString &searchTextAt(int row) const { return m_searchText.at(row); }
    bool lessThan(int leftRow, int rightRow, int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void fold(qsizetype row);
    QVariant display(const AgencyOverview &a, int column) const;
    QVariant sortValue(const AgencyOverview &a, int column) const;

    QList<AgencyOverview> m_agencies;
    QList<QString> m_searchText;              // folded name, ORI and county, made once per load
    QList<std::array<QString, 5>> m_sortText; // folded ORI, name, kind, county, parent
    int m_year = 0;
};

} // namespace cac
