#pragma once

#include "db/model/contactrecord.h"
#include "db/result.h"
#include "db/status.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace cac {

// Reads, adds and removes an agency's contacts. Changes to a contact's fields go through
// RowWriter like any other field.
class ContactStore
{
public:
    explicit ContactStore(QSqlDatabase db);
    Result<QList<ContactRecord>> forAgency(qint64 agencyId) const;
    Result<std::optional<ContactRecord>> find(qint64 id) const; // no value: no such contact
    // Each agency's first contact (the one recorded first), by agency id.
    Result<QHash<qint64, ContactRecord>> firstByAgency() const;
    // Adds the contact with the id it gives (0: a new id); returns the id.
    Result<qint64> add(const ContactRecord &contact);
    // Removes the contact only if it still reads as `contact`: true when removed, false when it
    // was changed or is gone (someone else's change is never thrown away).
    Result<bool> removeIfUnchanged(const ContactRecord &contact);

private:
    QSqlDatabase m_db;
};

} // namespace cac
