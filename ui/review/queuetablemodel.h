#pragma once

#include "app/review/queueentry.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace cac {

// The review queue of a year: priority, agency, reasons, suggested sanction, reviewed.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Priority, Ori, Agency, Kind, County, Reasons, Sanction, Reviewed, ColumnCount };
    enum Role { RulesRole = Qt::UserRole + 1, KindRole, CountyRole, ReviewedRole, SortRole };

    explicit QueueTableModel(QObject *parent = nullptr);
    void setEntries(QList<QueueEntry> entries);
    // One agency's entry again after a decision or an edit: replaced, added (newly flagged) or
    // removed (none: no longer in the queue); the other rows stay as they are.
    void updateAgency(qint64 agencyId, const std::optional<QueueEntry> &entry);
    const QueueEntry &entry(int row) const { return m_entries.at(row); }
    int indexOfAgency(qint64 agencyId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QueueEntry> m_entries;
};

} // namespace cac
