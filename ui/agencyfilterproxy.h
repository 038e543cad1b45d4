#pragma once

#include <QSortFilterProxyModel>

namespace cac {

// Filters the agency list as the reviewer types: every word must appear in the name, ORI or
// county, case and accents ignored. Works on an AgencyTableModel only, reading its rows directly.
class AgencyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AgencyFilterProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    // Empty: any kind or county; -1: any filing status, else an AgencyOverview::Filing.
    void setKind(const QString &kind);
    void setCounty(const QString &county);
    void setFiling(int filing);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QString m_kind;
    QString m_county;
    int m_filing = -1;
};

} // namespace cac
