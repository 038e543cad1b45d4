#pragma once

#include "db/model/contactrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace cac {

class ReviewDocument;

// An agency's contacts: name, role, phone, email, each editable through the document.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Phone, Email, ColumnCount };

    explicit ContactTableModel(QObject *parent = nullptr);
    void setDocument(ReviewDocument *document) { m_document = document; }
    void setContacts(QList<ContactRecord> contacts);
    qint64 contactId(int row) const { return m_contacts.at(row).id; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &field, const QString &value, const QString &reason);

private:
    QList<ContactRecord> m_contacts;
    ReviewDocument *m_document = nullptr;
};

} // namespace cac
