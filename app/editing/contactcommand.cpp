#include "contactcommand.h"

#include "reviewdocument.h"

#include "db/stores/records/contactstore.h"
#include "db/engine/database.h"

#include <QCoreApplication>

namespace cac {

ContactCommand::ContactCommand(ReviewDocument *document, Kind kind, ContactRecord contact, const QString &text)
    : RecordCommand(document, contact.agencyId, text), m_kind(kind), m_contact(std::move(contact))
{
}

Status ContactCommand::insert()
{
    const Result<qint64> id = ContactStore(document()->database().connection()).add(m_contact);
    if (!id.ok())
        return Status::failure(id.error());
    m_contact.id = id.value(); // a new contact gets its id the first time, and keeps it after
    return Status::success();
}

Status ContactCommand::remove()
{
    const Result<bool> removed = ContactStore(document()->database().connection()).removeIfUnchanged(m_contact);
    if (!removed.ok())
        return Status::failure(removed.error());
    if (!removed.value())
        return Status::failure(QCoreApplication::translate("ContactCommand",
                                                           "\"%1\" was not done: the contact %2 was changed or "
                                                           "removed since, by another window or program.")
                                       .arg(text(), m_contact.name));
    return Status::success();
}

Status ContactCommand::apply()
{
    return m_kind == Kind::Add ? insert() : remove();
}

Status ContactCommand::revert()
{
    return m_kind == Kind::Add ? remove() : insert();
}

} // namespace cac
