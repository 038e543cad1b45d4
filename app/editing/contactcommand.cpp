#include "contactcommand.h"

#include "reviewdocument.h"

ContactCommand::ContactCommand(ReviewDocument *document, Kind kind, ContactRecord contact, const QString &text)
    : QUndoCommand(text), m_document(document), m_kind(kind), m_contact(std::move(contact))
{
}

void ContactCommand::apply(bool add)
{
    const Status status = add ? m_document->insertContact(m_contact)
                              : m_document->deleteContact(m_contact.id, m_contact.agencyId);
    if (!status.ok()) {
        setObsolete(true);
        emit m_document->editFailed(status.error());
    }
}

void ContactCommand::undo()
{
    apply(m_kind == Kind::Remove);
}

void ContactCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    apply(m_kind == Kind::Add);
}
