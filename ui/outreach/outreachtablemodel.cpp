#include "outreachtablemodel.h"

#include "app/format/displaytext.h"
#include "ui/alertcolour.h"

#include <QBrush>
#include <QColor>
#include <QDate>

namespace cac {

namespace {
const QString &Unknown = DisplayText::Unknown;
QString orUnknown(const QString &s)
{
    return s.isEmpty() ? Unknown : s;
}
} // namespace

OutreachTableModel::OutreachTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutreachTableModel::setEntries(QList<OutreachEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int OutreachTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutreachTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutreachTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const OutreachEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Why)
        return e.reasons.join(u'\n');
    if (role == Qt::ToolTipRole) // the whole text of a column a narrow window elides
        return data(index, Qt::DisplayRole);
    if (role == Qt::ForegroundRole && index.column() == FollowUp && e.nextFollowUp() && *e.nextFollowUp() <= QDate::currentDate())
        return QBrush(AlertColour::of(QPalette())); // due today or overdue
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Agency:
        return QStringLiteral("%1 (%2)").arg(e.agency.name, e.agency.ori);
    case County:
        return orUnknown(e.agency.county);
    case Contact:
        return e.contact.name.isEmpty()    ? tr("no contact on record")
                : e.contact.role.isEmpty() ? e.contact.name
                                           : QStringLiteral("%1, %2").arg(e.contact.name, e.contact.role);
    case Phone:
        return orUnknown(e.contact.phone);
    case Email:
        return orUnknown(e.contact.email);
    case Why:
        return e.reasons.join(QStringLiteral("; "));
    case YearsNotFiled:
        return e.filed ? QVariant() : QVariant(e.yearsNotFiled);
    case LastCall:
        return e.lastCall ? QStringLiteral("%1 %2").arg(e.lastCall->calledAt.toString(QStringLiteral("yyyy-MM-dd")),
                                                        OutreachCall::outcomeLabel(e.lastCall->outcome))
                          : tr("not called");
    case FollowUp:
        return e.nextFollowUp() ? e.nextFollowUp()->toString(Qt::ISODate) : QString();
    case AssignedTo:
        return e.assignedTo;
    }
    return QVariant();
}

QVariant OutreachTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Two lines where a header would be wider than its column's values.
    const QString headers[] = {tr("Agency"), tr("County"),           tr("Contact"),   tr("Phone"),         tr("Email"),
                               tr("Why"),    tr("Years not\nfiled"), tr("Last call"), tr("Follow\nup on"), tr("Assigned\nto")};
    return section < ColumnCount ? headers[section] : QVariant();
}

} // namespace cac
