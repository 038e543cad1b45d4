#pragma once

#include "db/stores/auditlogstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace cac {

// Audit-log entries as rows, newest first, as the store gives them: when (local time), who, the
// agency (in the whole file's log), what kind of record, what happened, and the values changed.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Agency, Record, Action, Changes, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);
    void setEntries(QList<AuditLogStore::Entry> entries);
    const AuditLogStore::Entry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditLogStore::Entry> m_entries;
};

} // namespace cac
