#pragma once

#include "app/review/meetingagenda.h"

#include <QAbstractTableModel>
#include <QList>

namespace cac {

// A meeting's agenda, in order: each agency with its priority and suggested sanction for the
// review year, or "not flagged".
class AgendaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Position, Ori, Agency, County, Priority, Sanction, Reviewed, ColumnCount };

    explicit AgendaTableModel(QObject *parent = nullptr);
    void setItems(QList<MeetingAgenda::Item> items);
    const QList<MeetingAgenda::Item> &items() const { return m_items; }
    int rowOfAgency(qint64 agencyId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MeetingAgenda::Item> m_items;
};

} // namespace cac
