#pragma once

#include "db/import/reportchange.h"

#include <QAbstractTableModel>
#include <QList>

namespace cac {

// What an import changes in reports already in the database, one row per figure: agency, year,
// figure, before, after, and whether it replaces a correction made by hand since the report's
// last import. Unknown reads "—".
class ImportChangeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ori, Year, Figure, Before, After, Correction, ColumnCount };
    explicit ImportChangeModel(QObject *parent = nullptr);
    void setChanges(const QList<ReportChange> &changes);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString ori;
        int year = 0;
        FieldChange field;
        QString correction; // "by alice at 2026-11-02 10:14", or empty
    };
    QList<Row> m_rows;
};

} // namespace cac
