#pragma once

#include <QSortFilterProxyModel>

namespace cac {

// Filters the review queue by rule, kind and county, and hides reviewed agencies on request.
class QueueFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterProxy(QObject *parent = nullptr);
    void setRule(const QString &rule);
    void setKind(const QString &kind);
    void setCounty(const QString &county);
    void setHideReviewed(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Rows of equal value keep one order, by ORI, whichever way the column sorts: clicking
    // by position after a reload picks the agency it picked before.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_rule;
    QString m_kind;
    QString m_county;
    bool m_hideReviewed = false;
};

} // namespace cac
