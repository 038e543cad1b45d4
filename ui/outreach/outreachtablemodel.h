#pragma once

#include "app/outreach/outreachentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace cac {

// The outreach list: agency, contact, why, years not filed, last call, next follow-up, assignee.
class OutreachTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Agency, County, Contact, Phone, Email, Why, YearsNotFiled, LastCall, FollowUp, AssignedTo, ColumnCount };

    explicit OutreachTableModel(QObject *parent = nullptr);
    void setEntries(QList<OutreachEntry> entries);
    const OutreachEntry &entry(int row) const { return m_entries.at(row); }
    const QList<OutreachEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutreachEntry> m_entries;
};

} // namespace cac
