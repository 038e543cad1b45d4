#include "ui/audit/auditlogmodel.h"

#include "app/audit/auditentrytext.h"
#include "app/format/displaytext.h"

namespace cac {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setEntries(QList<AuditLogStore::Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditLogStore::Entry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (index.column() == When)
            return e.at; // as the file keeps it, in UTC
        if (index.column() == Changes)
            return AuditEntryText::details(e);
        if (index.column() == Who && !e.dbRole.isEmpty())
            return tr("Database role %1; OS user %2").arg(e.dbRole, DisplayText::orUnknown(e.osUser));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return DisplayText::localTime(e.at);
    case Who:
        return AuditEntryText::who(e);
    case Agency:
        // Blank, not unknown, for a row of no agency (a template, a review rule).
        return e.agencyOri.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(e.agencyOri, e.agencyName);
    case Record:
        return AuditEntryText::recordKind(e.tableName);
    case Action:
        return AuditEntryText::action(e.action);
    case Changes:
        return AuditEntryText::summary(e);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Agency:
        return tr("Agency");
    case Record:
        return tr("Record");
    case Action:
        return tr("Action");
    case Changes:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace cac
