#pragma once

#include "db/import/columnmapping.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace cac {

// The columns of an import file, one per row: its letter, its header, its first value, and the
// field it will be read as, which the user may change (Qt::EditRole takes a ReportColumns id or
// ColumnMapping::Ignored). A column whose header names no field but whose values are all ORIs
// or all years is offered as that field, marked as guessed from its values.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Letter, Header, FirstValue, Field, ColumnCount };

    explicit ColumnMappingModel(QObject *parent = nullptr);
    // The file's headers and first rows, and the choices in force (the user's and remembered).
    void setColumns(const QStringList &headers, const QList<QStringList> &rows, const ColumnMapping &mapping);
    // Guesses from the values that the user has not confirmed or changed.
    ColumnMapping guessesFromValues() const { return m_guessed; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The user chose a field for a header (or Ignored).
    void fieldChosen(const QString &header, int field);

private:
    QStringList m_headers;
    QStringList m_firstValues;
    QList<int> m_fields;
    QList<bool> m_fromValues;
    ColumnMapping m_guessed;
};

} // namespace cac
