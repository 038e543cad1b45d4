#include "importchangemodel.h"

#include "app/format/displaytext.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace cac {

ImportChangeModel::ImportChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportChangeModel::setChanges(const QList<ReportChange> &changes)
{
    beginResetModel();
    m_rows.clear();
    for (const ReportChange &change : changes) {
        for (const FieldChange &field : change.fields) {
            QString correction;
            for (const HandCorrection &c : change.corrections) {
                if (c.field != field.field)
                    continue;
                const QDateTime at = QDateTime::fromString(c.at, Qt::ISODateWithMs);
                correction =
                        tr("corrected by hand by %1, %2")
                                .arg(c.osUser, at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : c.at);
            }
            m_rows.append({change.ori, change.year, field, correction});
        }
    }
    endResetModel();
}

int ImportChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == Qt::FontRole && index.column() == Correction && !row.correction.isEmpty()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Ori:
        return row.ori;
    case Year:
        return row.year;
    case Figure:
        return row.field.field;
    case Before:
        return DisplayText::orUnknown(row.field.before);
    case After:
        return DisplayText::orUnknown(row.field.after);
    case Correction:
        return row.correction;
    default:
        return QVariant();
    }
}

QVariant ImportChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    const QString headers[] = {tr("ORI"), tr("Year"), tr("Figure"), tr("Now"), tr("After the import"), tr("Replaces")};
    return section < ColumnCount ? headers[section] : QString();
}

} // namespace cac
