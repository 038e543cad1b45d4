#include "contacttablemodel.h"

#include "app/format/displaytext.h"
#include "app/editing/reviewdocument.h"

namespace cac {

namespace {
const char *const fields[] = {"name", "role", "phone", "email"};
}

ContactTableModel::ContactTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ContactTableModel::setContacts(QList<ContactRecord> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return QVariant();
    const ContactRecord &c = m_contacts.at(index.row());
    const QString values[] = {c.name, c.role, c.phone, c.email};
    const QString &v = values[index.column()];
    return role == Qt::DisplayRole ? DisplayText::orUnknown(v) : v;
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    }
    return QVariant();
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ContactTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString field = QString::fromLatin1(fields[index.column()]);
    const Status refused =
            m_document->editContact(m_contacts.at(index.row()).id, field, value.toString(), data(index, Qt::EditRole).toString());
    if (!refused.ok()) {
        emit editRefused(headerData(index.column(), Qt::Horizontal).toString(), value.toString(), refused.error());
        return false;
    }
    return true;
}

} // namespace cac
