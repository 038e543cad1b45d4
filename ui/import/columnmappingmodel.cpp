#include "columnmappingmodel.h"

#include "db/import/importissue.h"

namespace cac {

ColumnMappingModel::ColumnMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

void ColumnMappingModel::setColumns(const QStringList &headers, const QList<QStringList> &rows, const ColumnMapping &mapping)
{
    beginResetModel();
    m_headers = headers;
    m_firstValues.clear();
    m_fields.clear();
    m_fromValues.clear();
    m_guessed = ColumnMapping();
    for (int i = 0; i < headers.size(); ++i) {
        QStringList values;
        for (const QStringList &row : rows)
            values << row.value(i);
        m_firstValues << (values.isEmpty() ? QString() : values.first());
        int field = headers.at(i).trimmed().isEmpty() ? ColumnMapping::Unmapped : mapping.fieldFor(headers.at(i));
        const bool guess =
                field == ColumnMapping::Unmapped && !headers.at(i).trimmed().isEmpty() && !mapping.hasChoiceFor(headers.at(i));
        if (guess && (field = ColumnMapping::fieldByContent(values)) != ColumnMapping::Unmapped)
            m_guessed.choose(headers.at(i), field);
        m_fields << field;
        m_fromValues << (guess && field != ColumnMapping::Unmapped);
    }
    endResetModel();
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int row = index.row();
    if (role == Qt::EditRole && index.column() == Field)
        return m_fields.at(row);
    if (role == Qt::ToolTipRole && index.column() == Field && m_fromValues.at(row))
        return tr("Guessed from the column's values; choose another field if it is not right.");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Letter:
        return ImportIssue::columnLetters(row);
    case Header:
        return m_headers.at(row);
    case FirstValue:
        return m_firstValues.at(row);
    case Field:
        return m_fromValues.at(row) ? tr("%1 (guessed from the values)").arg(ColumnMapping::fieldName(m_fields.at(row)))
                                    : ColumnMapping::fieldName(m_fields.at(row));
    }
    return QVariant();
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QVariant();
    switch (section) {
    case Letter:
        return tr("Column");
    case Header:
        return tr("Header in the file");
    case FirstValue:
        return tr("First value");
    case Field:
        return tr("Read as (double-click to change)");
    }
    return QVariant();
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Field && !m_headers.at(index.row()).trimmed().isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Field)
        return false;
    const int field = value.toInt();
    m_fields[index.row()] = field;
    m_fromValues[index.row()] = false;
    emit dataChanged(index, index);
    emit fieldChosen(m_headers.at(index.row()), field);
    return true;
}

} // namespace cac
