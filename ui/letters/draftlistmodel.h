#pragma once

#include "db/stores/letters/draftstore.h"

#include <QAbstractTableModel>

namespace cac {

// An agency's letters: title, year, status, last saved.
class DraftListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DraftListModel(QObject *parent = nullptr);
    void setDrafts(QList<DraftStore::Draft> drafts);
    qint64 draftId(int row) const { return m_drafts.at(row).id; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DraftStore::Draft> m_drafts;
};

} // namespace cac
